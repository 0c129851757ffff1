// datapackage.json: the Frictionless Data Package v2 descriptor of exports/ — every CSV table with its
// fields, primary and foreign keys; the source texts that travel as resources; every source named with
// where to get it and its SHA-256. Keys the v2 profiles do not define are namespaced (`icr:`), as the
// standard recommends for custom properties.
import { collections } from "../../src/shared/collections.js";
import type { SeedFile } from "../../src/dataset/seeds.js";
import { EVIDENCE_FIELDS } from "./evidence.js";
import type { FieldType } from "./formats.js";
import type { SourceTerms } from "./sources.js";
import { KEY_COLUMNS, type Table } from "./tables.js";

export const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableResource {
  name: string;
  type: "table";
  path: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  description?: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[]; missingValues: [""] };
}

const field = (name: string, type: FieldType, description: string | undefined, required = false, values?: readonly string[]): Field => ({
  name,
  type,
  ...(description ? { description } : {}),
  ...(required || values ? { constraints: { ...(required ? { required: true } : {}), ...(values ? { enum: values } : {}) } } : {}),
});

/** A CSV file of exports/ as a Data Package table resource. */
const csvResource = (name: string, path: string, description: string | undefined, schema: TableResource["schema"]): TableResource => ({
  name, type: "table", path, format: "csv", mediatype: "text/csv", encoding: "utf-8", ...(description ? { description } : {}), schema,
});

/** The columns the export adds to the articles table: which outlet each article is from. */
export const ARTICLE_OUTLET_FIELDS: Field[] = [
  field("outlet", "string", "The article's outlet: the organization its text names as publisher, else as licensor, else the outlet supplied with the document."),
  field("outlet_organization", "string", "The outlet's organization record, when it has one."),
  field("outlet_source", "string", "Where the outlet comes from: the text's publisher or licensor attribution, or the supplied document metadata.", false, ["publisher", "licensor", "supplied"]),
];

/** A table as a Data Package resource: its CSV, fields, keys and the references that hold. */
export function tableResource(table: Table): TableResource {
  const stated = table.stated
    ? [
        field("article", "string", "The article whose text states the value: a value stated by several articles has a row for each.", true),
        field("outlet", "string", "That article's outlet (as articles.outlet), when it has one."),
        field("code_point_start", "integer", "Where the passage that states it (its evidence quote) starts in the article's text, in Unicode code points from 0.", true),
        field("code_point_end", "integer", "Where that passage ends (exclusive), in code points.", true),
      ]
    : [];
  const keys = table.parent
    ? [
        field(KEY_COLUMNS[0]!, "string", `Id of the ${collections[table.collection].singular} record the row belongs to.`, true),
        field(KEY_COLUMNS[1]!, "string", "JSON pointer of the parent row's object in the record (empty: the record itself)."),
        field(KEY_COLUMNS[2]!, "integer", "Position of the row in its array, from 0.", true),
        field(KEY_COLUMNS[3]!, "string", "JSON pointer of the row's value in the record.", true),
      ]
    : [];
  const fields = [
    ...keys,
    ...stated,
    ...table.columns.map((c) => field(c.name, c.type, c.description, table.parent === undefined && c.name === "id", c.enum)),
    ...(table.name === "articles" ? ARTICLE_OUTLET_FIELDS : []),
  ];
  const foreignKeys: ForeignKey[] = [];
  if (table.parent) {
    foreignKeys.push(
      table.parent === table.collection
        ? { fields: ["record_id"], reference: { resource: table.parent, fields: ["id"] } }
        : { fields: ["record_id", "parent_pointer"], reference: { resource: table.parent, fields: ["record_id", "pointer"] } },
    );
  }
  if (table.stated) foreignKeys.push({ fields: ["article"], reference: { resource: "articles", fields: ["id"] } });
  // A record's own id is typed as an id of its collection: not a reference.
  for (const c of table.columns) if (c.references && !(table.parent === undefined && c.name === "id")) foreignKeys.push({ fields: [c.name], reference: { resource: c.references, fields: ["id"] } });
  if (table.name === "articles") foreignKeys.push({ fields: ["outlet_organization"], reference: { resource: "organizations", fields: ["id"] } });
  return csvResource(table.name, `csv/${table.name}.csv`, table.description, {
    fields,
    primaryKey: !table.parent ? ["id"] : table.stated ? ["record_id", "pointer", "article"] : ["record_id", "pointer"],
    ...(foreignKeys.length ? { foreignKeys } : {}),
    missingValues: [""],
  });
}

export function evidenceResource(): TableResource {
  return csvResource("evidence", "evidence.csv", "One row per evidence item: the value it supports and where its quote sits in the article's text.", {
    fields: EVIDENCE_FIELDS.map(([name, type, description]) =>
      field(name, type, description, ["collection", "record_id", "evidence_pointer", "article", "seed", "quote"].includes(name) || type === "integer" || type === "boolean"),
    ),
    primaryKey: ["collection", "record_id", "evidence_pointer"],
    foreignKeys: [{ fields: ["article"], reference: { resource: "articles", fields: ["id"] } }],
    missingValues: [""],
  });
}

const sha256 = (seed: SeedFile) => `sha256:${seed.sha256}`;

/** The licence of a text as a Data Package licence: the one its text states, or a statement that none is. */
const licenceOf = (terms: SourceTerms) =>
  terms.spdx ? { name: terms.spdx, path: terms.licenseUrl!, title: terms.rights } : { name: "no-licence-stated", title: terms.rights };

/** Where a travelling text sits in exports/. */
export const seedPath = (seed: SeedFile) => `seeds/${seed.name}`;

/** A text whose licence lets it travel, as a resource of its own. */
export function seedResource(seed: SeedFile, terms: SourceTerms) {
  return {
    name: `seed-${seed.name.replace(/\.txt$/, "").toLowerCase()}`,
    path: seedPath(seed),
    format: "txt",
    mediatype: "text/plain",
    encoding: "utf-8",
    title: terms.attribution,
    description: `The source text of article ${terms.article}, byte for byte (the evidence offsets count in it). ${terms.rights}`,
    bytes: seed.bytes.length,
    hash: sha256(seed),
    licenses: [licenceOf(terms)],
    ...(terms.url ? { sources: [{ title: "Retrieved from (supplied with the text)", path: terms.url }] } : {}),
  };
}

/** Every source text, shipped or not: its title, where to get it, its file name, size and SHA-256, its licence. */
export function sourceEntry(seed: SeedFile, terms: SourceTerms) {
  return {
    title: terms.attribution,
    ...(terms.url ? { path: terms.url } : {}),
    "icr:article": terms.article,
    "icr:seed": seed.name,
    "icr:bytes": seed.bytes.length,
    "icr:hash": sha256(seed),
    "icr:license": licenceOf(terms),
    "icr:included": terms.travels ? seedPath(seed) : null,
  };
}

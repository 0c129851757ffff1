// schema.org JSON-LD (dataset.jsonld): a node per record, typed by its collection, and a Claim per value
// an article states (every object with `asStated`), with `appearance` for the articles that state it;
// a quote's reports are Quotations too, with the speaker as creator. The context is inline, so it
// expands with no network. Everything is derived from the schema-marked references and `asStated`
// values, so a new collection or field is exported with no change here: a collection missing from
// TYPES is a schema.org Thing, a reference missing from LINKS is a property of the dataset's own vocabulary.
import { collections, type CollectionName } from "../../src/shared/collections.js";
import { referencesIn } from "../../src/shared/schema-lookup.js";
import { walkObjects } from "../../src/shared/walk.js";
import { fieldSteps, valueAt } from "../../src/shared/pointer.js";
import { resolvesOnly, statingArticles } from "../../src/shared/stating.js";
import { VOCAB, recordIri, seedIri, valueIri } from "./linked-data.js";
import type { SourceTerms } from "./sources.js";

/** The one place that maps the dataset onto schema.org: collection → type. */
export const TYPES: Partial<Record<string, string>> = {
  articles: "NewsArticle",
  people: "Person",
  organizations: "Organization",
  places: "Place",
  events: "Event",
  quotes: "Quotation",
  agreements: "CreativeWork",
};
export const DEFAULT_TYPE = "Thing";

/** Reference path (property names, array items skipped, joined by `.`) → schema.org property. */
export const LINKS: Partial<Record<string, string>> = {
  speaker: "creator",
  speakers: "creator",
  parentOrganization: "parentOrganization",
  parentPlace: "containedInPlace",
  partOfEvent: "superEvent",
  partOfAgreement: "isPartOf",
  "places.place": "location",
  "participants.person": "attendee",
  "participants.organization": "attendee",
  "people.person": "mentions",
};

/** Objects with `asStated` in these (collection, property path) are also schema.org Quotations. */
export const QUOTATIONS: Partial<Record<string, readonly string[]>> = { quotes: ["variants"] };

export const JSONLD_CONTEXT = { "@vocab": "http://schema.org/", icr: VOCAB, id: "@id", type: "@type" } as const;

const link = (iri: string) => ({ id: iri });

type Node = Record<string, unknown>;

function recordName(record: Node): string | undefined {
  for (const v of [record.name, (record.title as { asStated?: unknown } | undefined)?.asStated, record.summary]) if (typeof v === "string") return v;
  return undefined;
}

/** The nodes of one record: the record, and a Claim per value it states. Written one record at a time. */
export function jsonldNodes(collection: CollectionName, record: Node, terms: ReadonlyMap<string, SourceTerms>): Node[] {
  const id = record.id as string;
  const iri = recordIri(collection, id);
  const node: Node = { id: iri, type: TYPES[collection] ?? DEFAULT_TYPE, additionalType: link(`${VOCAB}${collections[collection].title}`), identifier: id };
  const name = recordName(record);
  if (name !== undefined) node.name = name;
  if (Array.isArray(record.nameForms)) node.alternateName = [...new Set(record.nameForms.filter((f): f is string => typeof f === "string" && f !== name))];
  // References: one property per path, each target once.
  const links = new Map<string, Set<string>>();
  const articles = new Set<string>();
  for (const ref of referencesIn(collection, record)) {
    const path = fieldSteps(ref.pointer).join(".");
    if (path.endsWith("evidence.article")) {
      // Evidence that only resolves a value does not make its article a source of it.
      if (!resolvesOnly(valueAt(record, ref.pointer.replace(/\/article$/, "")) as { resolves?: true })) articles.add(ref.id);
      continue;
    }
    const property = LINKS[path] ?? `icr:${path}`;
    if (!links.has(property)) links.set(property, new Set());
    links.get(property)!.add(recordIri(ref.collection, ref.id));
  }
  for (const [property, targets] of links) node[property] = [...targets].map(link);
  if (collection === "articles") articles.delete(id); // an article's evidence is its own text, not a work about it
  if (articles.size) node.subjectOf = [...articles].sort().map((a) => link(recordIri("articles", a)));
  if (collection === "articles") Object.assign(node, articleTerms(record, terms.get(id)));
  return [node, ...claims(collection, record, (node.creator as { id: string }[] | undefined) ?? [])];
}

function articleTerms(record: Node, source: SourceTerms | undefined): Node {
  const date = (record.publicationDate as { value?: unknown } | undefined)?.value;
  const publishers = ((record.attributions ?? []) as { organization: string; relation: string }[]).filter((a) => a.relation === "publisher");
  return {
    ...(typeof date === "string" ? { datePublished: date } : {}),
    ...(publishers.length ? { publisher: publishers.map((a) => link(recordIri("organizations", a.organization))) } : {}),
    isBasedOn: link(seedIri(record.seed as string)),
    ...(source?.licenseUrl ? { license: link(source.licenseUrl) } : {}),
    ...(source ? { creditText: source.attribution, copyrightNotice: source.rights } : {}),
  };
}

/** A Claim per stated value, appearing in the articles of its evidence (its own, or its nearest enclosing object's). */
function claims(collection: CollectionName, record: Node, creators: { id: string }[]): Node[] {
  const out: Node[] = [];
  const quotations = QUOTATIONS[collection] ?? [];
  const id = record.id as string;
  walkObjects(record, (node, pointer, evidence) => {
    if (typeof node.asStated !== "string") return;
    const quotation = quotations.includes(fieldSteps(pointer).join("."));
    out.push({
      id: valueIri(collection, id, pointer),
      type: quotation ? ["Claim", "Quotation"] : "Claim",
      text: node.asStated,
      about: link(recordIri(collection, id)),
      appearance: statingArticles(evidence).sort().map((a) => link(recordIri("articles", a))),
      ...(quotation && creators.length ? { creator: creators } : {}),
    });
  });
  return out;
}

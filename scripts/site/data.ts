// What the site knows of a data directory, read once through the project's one reader (readDataset):
// every record with whether it matches its schema, what each is called, each article's label (outlet,
// title, date), where every evidence quote sits in its seed, the references between records, and the
// differences between sources, ranked. Everything the site takes from src/disagreements.ts passes
// through `differencesOf`, so a change of that API is a change here only.
import { readDataset, type Dataset, type JsonRecord } from "../../src/dataset/read.js";
import { findDifferences, type DisagreementVersion, type VariantRelation } from "../../src/disagreements.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import type { Article, Evidence, Organization } from "../../src/generated/schema/types.js";
import { outletOf } from "../../src/relations.js";
import { collectionNames, collections, type CollectionName } from "../../src/shared/collections.js";
import { placeQuote } from "../../src/shared/locate.js";
import { perSourceFields, type PerSourceSchemaNode } from "../../src/shared/per-source.js";
import { forEachReference } from "../../src/shared/schema-lookup.js";
import { fieldSteps } from "../../src/shared/pointer.js";
import { allEvidence, isEvidence, walkObjects } from "../../src/shared/walk.js";
import { statingEvidence } from "../../src/shared/stating.js";
import { validate } from "../../src/validate-core.js";
import { formatDate, words } from "./words.js";

export type Json = Record<string, unknown>;

/** A record as the site shows it: `valid` when it matches its schema (the cross-record pages read only those). */
export interface SiteRecord {
  collection: CollectionName;
  id: string;
  /** `collection/id`, the record's key everywhere in the site. */
  key: string;
  value: JsonRecord;
  valid: boolean;
}

/** How an article is named to a reader: never by its id. */
export interface ArticleLabel {
  /** The outlet: supplied with the document, else the organization the text names as publisher or licensor. */
  outlet?: string;
  /** The supplied title, else the title the text shows, else the text's opening words (`untitled`). */
  title: string;
  untitled: boolean;
  /** ISO date: supplied publication date, else the one derived from the text. */
  date?: string;
  /** Where the document was found (supplied), when known. */
  url?: string;
}

/** One evidence quote placed in its seed (UTF-16 offsets, as the DOM counts). */
export interface Citation {
  start: number;
  end: number;
  record: SiteRecord;
}

/** One reference from a record to another, with the field it is made in (in words, for graph edges). */
export interface Reference {
  from: string;
  to: string;
  relation: string;
}

/** A difference between sources about one field of one record. */
export interface Difference {
  record: SiteRecord;
  /** Path of the field (`statedAge`, `roles/2/period`). */
  field: string;
  /**
   * `conflict`: versions that cannot both be true; `wording`: one statement reported in other words;
   * `variant`: versions that can both be true (see `relation`), listed last.
   */
  kind: "conflict" | "wording" | "variant";
  /** For a variant, what makes its versions compatible (`precision`, `part-of`, `progression`...). */
  relation?: VariantRelation;
  /** The entry property the versions differ in (`value`, `asStated`, `place`...). */
  by: string;
  versions: { value: unknown; asStated: string[]; articles: string[] }[];
}

export interface SiteData {
  dataset: Dataset;
  records: Map<CollectionName, SiteRecord[]>;
  byKey: Map<string, SiteRecord>;
  /** How many records do not match their schema (left out of the cross-record pages). */
  invalid: number;
  citations: Map<string, Citation[]>;
  references: Reference[];
  /** Keys of the records that refer to each record. */
  referredToBy: Map<string, Set<string>>;
  /** The references each record makes or receives, by its key. */
  linksOf: Map<string, Reference[]>;
  differences: Difference[];
  /** The differences about each record, by its key. */
  differencesAbout: Map<string, Difference[]>;
  /** Each article's label, by id. */
  labels: Map<string, ArticleLabel>;
}

/** Adds a value to the list of a key. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a record is called: its name, title or summary, whichever its schema has, else its id. */
export function nameOf(record: SiteRecord | undefined, data: Pick<SiteData, "labels">): string {
  if (!record) return "";
  const v = record.value;
  const label = record.collection === "articles" ? data.labels.get(record.id) : undefined;
  if (label) return labelText(label);
  const title = isObject(v.title) ? v.title.asStated : v.title;
  const name = v.name ?? title ?? v.summary;
  return typeof name === "string" && name ? name : record.id;
}

/** The label as plain text, for titles and search results: "Outlet: Title (date)". */
export function labelText(label: ArticleLabel): string {
  return `${label.outlet ? `${label.outlet}: ` : ""}${label.title}${label.date ? ` (${formatDate(label.date)})` : ""}`;
}

const OPENING_WORDS = 9;

/** The article's label, from whatever its record has; the opening words of its text when it shows no title. */
function articleLabel(record: SiteRecord, data: Pick<SiteData, "byKey" | "dataset">): ArticleLabel {
  const v = record.value as Json;
  const doc = isObject(v.document) ? v.document : {};
  const outletName = isObject(doc.outlet) && typeof doc.outlet.name === "string" ? doc.outlet.name : undefined;
  const findOrg = (id: string) => data.byKey.get(`organizations/${id}`)?.value as Organization | undefined;
  const named = outletName ?? (Array.isArray(v.attributions) ? outletOf(v as unknown as Article, findOrg)?.name : undefined);
  const statedTitle = isObject(v.title) && typeof v.title.asStated === "string" ? v.title.asStated : undefined;
  const title = typeof doc.title === "string" ? doc.title : statedTitle;
  const date = typeof doc.published === "string" ? doc.published : isObject(v.publicationDate) && typeof v.publicationDate.value === "string" ? v.publicationDate.value : undefined;
  let opening = "";
  if (!title) {
    // The opening words of the article's content: the spans it marks as not content (a "follow us" line) left out.
    let text = data.dataset.seeds.get(record.id)?.text ?? "";
    for (const n of Array.isArray(v.nonContent) ? v.nonContent.filter(isObject) : []) if (typeof n.quote === "string" && n.quote) text = text.split(n.quote).join(" ");
    const all = text.split(/\s+/).filter(Boolean);
    opening = all.slice(0, OPENING_WORDS).join(" ") + (all.length > OPENING_WORDS ? " …" : "");
  }
  return {
    outlet: named,
    title: title ?? (opening ? `“${opening}”` : "Untitled text"),
    untitled: !title,
    date,
    url: typeof doc.url === "string" ? doc.url : undefined,
  };
}

/**
 * The articles that state an entry: those of its evidence whose quote holds the entry's own words
 * (`asStated`); every article of its stating evidence when none holds them. Evidence that only resolves
 * the value (the year of a "Thursday", marked `resolves`) credits nobody.
 */
export function statingArticles(entry: Json, enclosing: readonly Evidence[] = []): string[] {
  const evidence = statingEvidence(Array.isArray(entry.evidence) ? (entry.evidence as unknown[]).filter(isEvidence) : enclosing);
  const stated = typeof entry.asStated === "string" ? entry.asStated : undefined;
  const holding = stated ? evidence.filter((e) => e.quote.includes(stated)) : [];
  return [...new Set((holding.length ? holding : evidence).map((e) => e.article))];
}

/** Where the quote of a piece of evidence starts and ends in its seed, as the checker places it. */
export function placeOf(dataset: Dataset, evidence: Evidence): { start: number; end: number } | undefined {
  const text = dataset.seeds.get(evidence.article)?.text;
  if (text === undefined) return undefined;
  const placed = placeQuote(text, evidence.quote, typeof evidence.occurrence === "number" ? evidence.occurrence : undefined);
  return placed.ok ? { start: placed.index, end: placed.index + evidence.quote.length } : undefined;
}

/** What the site says of a reference made at a JSON pointer: the fields on the way, without indices or the target's own name. */
function relationOf(pointer: string, target: CollectionName): string {
  const steps = fieldSteps(pointer);
  if (steps.length > 1 && steps[steps.length - 1] === collections[target].singular) steps.pop();
  return words(steps.join(" "));
}

/**
 * The differences between sources, from src/disagreements.ts (findDifferences): conflicts and wording
 * differences in its rank order (most contested first), then the compatible variants with their relation.
 * Each version is credited only to the articles whose own text states it.
 */
function differencesOf(records: Map<CollectionName, SiteRecord[]>, byKey: Map<string, SiteRecord>): Difference[] {
  const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;
  const found = findDifferences(defs, collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: records.get(c)!.filter((r) => r.valid).map((r) => r.value) })));
  const byOf = new Map(collectionNames.map((c) => [c, new Map(perSourceFields(defs, collections[c].title).map((f) => [f.steps.join("/"), f.mark.by]))]));
  const by = (collection: string, field: string): string => {
    const mark = byOf.get(collection as CollectionName)?.get(field.replace(/\/\d+(?=\/|$)/g, "/*"));
    return typeof mark === "string" ? mark : "value";
  };
  const versions = (list: readonly DisagreementVersion[]) => list.map((v) => ({ value: v.value, asStated: v.asStated, articles: v.articles }));
  return [
    ...found.disagreements.map((d): Difference => ({ record: byKey.get(`${d.collection}/${d.id}`)!, field: d.field, kind: d.kind, by: d.kind === "wording" ? "asStated" : by(d.collection, d.field), versions: versions(d.versions) })),
    ...found.variants.map((v): Difference => ({ record: byKey.get(`${v.collection}/${v.id}`)!, field: v.field, kind: "variant", relation: v.relation, by: by(v.collection, v.field), versions: versions(v.versions) })),
  ];
}

/** Reads a data directory and works out everything the pages need. */
export function loadSite(dir: string): SiteData {
  const dataset = readDataset(dir);
  const records = new Map<CollectionName, SiteRecord[]>();
  const byKey = new Map<string, SiteRecord>();
  let invalid = 0;
  for (const c of collectionNames) {
    const list = dataset.records[c].map((value) => {
      const record: SiteRecord = { collection: c, id: value.id, key: `${c}/${value.id}`, value, valid: validate(c, value).valid };
      if (!record.valid) invalid++;
      byKey.set(record.key, record);
      return record;
    });
    records.set(c, list);
  }
  const citations = new Map<string, Citation[]>();
  const references: Reference[] = [];
  const referredToBy = new Map<string, Set<string>>();
  for (const list of records.values()) {
    for (const record of list) {
      for (const { evidence } of allEvidence(record.value)) {
        const at = placeOf(dataset, evidence);
        if (at) push(citations, evidence.article, { ...at, record });
      }
      forEachReference(record.collection, record.value, (target, id, pointer) => {
        const to = `${target}/${id}`;
        if (to === record.key || !byKey.has(to)) return;
        references.push({ from: record.key, to, relation: relationOf(pointer(), target) });
        const set = referredToBy.get(to) ?? new Set();
        referredToBy.set(to, set.add(record.key));
      });
    }
  }
  const labels = new Map(records.get("articles")!.map((a) => [a.id, articleLabel(a, { byKey, dataset })]));
  const linksOf = new Map<string, Reference[]>();
  for (const r of references) for (const k of new Set([r.from, r.to])) push(linksOf, k, r);
  const differences = differencesOf(records, byKey);
  const differencesAbout = new Map<string, Difference[]>();
  for (const d of differences) push(differencesAbout, d.record.key, d);
  return { dataset, records, byKey, invalid, citations, references, referredToBy, linksOf, differences, differencesAbout, labels };
}

/** Every object of a record that states something (`asStated`), with the articles that state it and its field path. */
export function statementsIn(record: SiteRecord): { field: string; entry: Json; articles: string[] }[] {
  const out: { field: string; entry: Json; articles: string[] }[] = [];
  walkObjects(record.value, (node, pointer, evidence) => {
    if (typeof node.asStated !== "string" || pointer === "") return;
    out.push({ field: fieldSteps(pointer).join("/"), entry: node, articles: statingArticles(node, evidence ?? []) });
  });
  return out;
}

// Where the sources differ on a fact, a number, a list or a characterization, the records keep every
// version. This lists them: record, field, and each version with the articles that state it. Which
// fields are compared is read from the schema (`"x-perSource"`, src/per-source.ts), not kept here.
import { collections, type CollectionName } from "./shared/collections.js";
import { datasetSchema } from "./generated/schema/dataset-schema.js";
import type { ArticleId, Evidence } from "./generated/schema/types.js";
import { perSourceFields, type PerSourceSchemaNode } from "./shared/per-source.js";
import { agreements } from "./generated/records/collections/agreements.js";
import { articles } from "./generated/records/collections/articles.js";
import { events } from "./generated/records/collections/events.js";
import { organizations } from "./generated/records/collections/organizations.js";
import { people } from "./generated/records/collections/people.js";
import { places } from "./generated/records/collections/places.js";
import { quotes } from "./generated/records/collections/quotes.js";
import { situations } from "./generated/records/collections/situations.js";
import { groups } from "./generated/records/collections/groups.js";

export interface DisagreementVersion {
  /** The normalized value (a number, status, date or reference), or the words, that this version states. */
  value: unknown;
  /** The words of each source for this version. */
  asStated: string[];
  /** The articles that state it. */
  articles: ArticleId[];
  /** JSON pointers of the entries in the record. */
  pointers: string[];
}

export interface Disagreement {
  collection: CollectionName;
  id: string;
  /** The path of the array that holds the versions: `statedAge`, `descriptions`, or nested (`roles/2/period`). */
  field: string;
  /** Two or more versions, stated by two or more articles between them. */
  versions: DisagreementVersion[];
}

interface StatedEntry {
  asStated?: string;
  evidence?: Evidence[];
  [key: string]: unknown;
}

type RecordLike = { id: string; evidence?: readonly Evidence[] };

/** A version's key: primitives as they are, lists and objects by their JSON. */
const keyOf = (value: unknown): unknown => (value !== null && typeof value === "object" ? JSON.stringify(value) : value);

/**
 * The disagreements in any records under any bundled schema: for each field the schema marks as one
 * fact per source, the records whose entries state two or more versions between two or more articles.
 * disagreements() runs it on the dataset; tests run it on fixtures.
 */
export function findDisagreements(
  defs: Record<string, PerSourceSchemaNode>,
  records: { collection: string; title: string; records: readonly RecordLike[] }[],
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const { collection, title, records: list } of records) {
    const fields = perSourceFields(defs, title);
    for (const record of list) {
      for (const { steps, by } of fields) {
        const arrays: { path: string; entries: StatedEntry[]; evidence: readonly Evidence[] }[] = [];
        const walk = (value: unknown, i: number, path: string, evidence: readonly Evidence[]): void => {
          if (i === steps.length) {
            if (Array.isArray(value)) arrays.push({ path, entries: value as StatedEntry[], evidence });
            return;
          }
          if (value === null || typeof value !== "object") return;
          const step = steps[i]!;
          if (step === "*") {
            if (Array.isArray(value)) value.forEach((item, k) => walk(item, i + 1, `${path}/${k}`, evidence));
            return;
          }
          const node = value as Record<string, unknown>;
          const own = Array.isArray(node.evidence) ? (node.evidence as Evidence[]) : evidence;
          walk(node[step], i + 1, `${path}/${step}`, own);
        };
        walk(record, 0, "", record.evidence ?? []);
        for (const { path, entries, evidence: enclosing } of arrays) {
          const versions = new Map<unknown, DisagreementVersion>();
          entries.forEach((entry, i) => {
            const value = entry[by];
            if (value === undefined) return;
            const key = keyOf(value);
            // An entry without its own evidence is supported by the enclosing quotes that contain its words.
            const evidence = entry.evidence ?? enclosing.filter((e) => entry.asStated !== undefined && e.quote.includes(entry.asStated));
            const version = versions.get(key) ?? { value, asStated: [], articles: [], pointers: [] };
            versions.set(key, version);
            if (entry.asStated !== undefined && !version.asStated.includes(entry.asStated)) version.asStated.push(entry.asStated);
            for (const { article } of evidence) if (!version.articles.includes(article)) version.articles.push(article);
            version.pointers.push(`${path}/${i}`);
          });
          const articleSet = new Set([...versions.values()].flatMap((v) => v.articles));
          if (versions.size >= 2 && articleSet.size >= 2) {
            out.push({ collection: collection as CollectionName, id: record.id, field: path.slice(1), versions: [...versions.values()] });
          }
        }
      }
    }
  }
  return out.sort((a, b) => (a.collection + a.id + a.field < b.collection + b.id + b.field ? -1 : 1));
}

const datasetRecords: Record<CollectionName, readonly RecordLike[]> = { articles, people, organizations, agreements, places, quotes, events, situations, groups };

let computed: Disagreement[] | undefined;

/**
 * Every place where the sources differ: two or more versions of one marked field of one record, stated
 * by two or more articles. Sorted by collection, id and field.
 * @example disagreements().find((d) => d.id === "raul-castro" && d.field === "statedAge")
 */
export function disagreements(): readonly Disagreement[] {
  computed ??= findDisagreements(
    datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>,
    // `?? []`: a collection just registered has no accessor here until one is added; it has nothing to compare yet.
    (Object.keys(collections) as CollectionName[]).map((c) => ({ collection: c, title: collections[c].title, records: datasetRecords[c] ?? [] })),
  );
  return computed;
}

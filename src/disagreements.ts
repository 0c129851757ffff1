// Where the sources differ on a fact, a number, a list or a characterization, the records keep every
// version. This lists them: record, field, and each version with the articles that state it.
import type { CollectionName } from "./collections.js";
import type { ArticleId, Evidence } from "./generated/types.js";
import { agreements } from "./generated/collections/agreements.js";
import { organizations } from "./generated/collections/organizations.js";
import { people } from "./generated/collections/people.js";
import { places } from "./generated/collections/places.js";

/**
 * The fields whose entries are versions of one fact, one per source. Numbers, statuses and dates are
 * compared by their normalized `value`; lists, wordings and characterizations by their words.
 */
const comparedFields: { collection: CollectionName; records: readonly { id: string; evidence: Evidence[] }[]; field: string; by: "value" | "asStated" }[] = [
  { collection: "people", records: people, field: "statedAge", by: "value" },
  { collection: "people", records: people, field: "descriptions", by: "asStated" },
  { collection: "organizations", records: organizations, field: "descriptions", by: "asStated" },
  { collection: "places", records: places, field: "descriptions", by: "asStated" },
  { collection: "agreements", records: agreements, field: "statedCount", by: "value" },
  { collection: "agreements", records: agreements, field: "status", by: "value" },
  { collection: "agreements", records: agreements, field: "date", by: "value" },
  { collection: "agreements", records: agreements, field: "enumerations", by: "asStated" },
  { collection: "agreements", records: agreements, field: "wordings", by: "asStated" },
];

export interface DisagreementVersion {
  /** The normalized value (a number, status or date), or the words, that this version states. */
  value: string | number;
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
  /** The record field that holds the versions (`statedAge`, `descriptions`, `wordings`...). */
  field: string;
  /** Two or more versions, stated by two or more articles between them. */
  versions: DisagreementVersion[];
}

interface StatedEntry {
  value?: string | number;
  asStated: string;
  evidence?: Evidence[];
}

let computed: Disagreement[] | undefined;

/**
 * Every place where the sources differ: two or more versions of one field of one record, stated by two
 * or more articles. Sorted by collection, id and field.
 * @example disagreements().find((d) => d.id === "raul-castro" && d.field === "statedAge")
 */
export function disagreements(): readonly Disagreement[] {
  computed ??= comparedFields.flatMap(({ collection, records, field, by }) =>
    records.flatMap((record) => {
      const entries = ((record as unknown as Record<string, unknown>)[field] ?? []) as StatedEntry[];
      const versions = new Map<string | number, DisagreementVersion>();
      entries.forEach((entry, i) => {
        const key = by === "value" ? entry.value! : entry.asStated;
        // An entry without its own evidence is supported by the record's quotes that contain its words.
        const evidence = entry.evidence ?? record.evidence.filter((e) => e.quote.includes(entry.asStated));
        const version = versions.get(key) ?? { value: key, asStated: [], articles: [], pointers: [] };
        versions.set(key, version);
        if (!version.asStated.includes(entry.asStated)) version.asStated.push(entry.asStated);
        for (const { article } of evidence) if (!version.articles.includes(article)) version.articles.push(article);
        version.pointers.push(`/${field}/${i}`);
      });
      const articles = new Set([...versions.values()].flatMap((v) => v.articles));
      return versions.size >= 2 && articles.size >= 2 ? [{ collection, id: record.id, field, versions: [...versions.values()] }] : [];
    }),
  ).sort((a, b) => (a.collection + a.id + a.field < b.collection + b.id + b.field ? -1 : 1));
  return computed;
}

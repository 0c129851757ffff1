// The pure core of disagreements() and variants(): any records, under any bundled schema, compared field by
// field as the schema's `"x-perSource"` marks say. Conflicts and wording differences come back ranked, most
// contested first; compatible differences come back as variants, each with the relation that makes it so.
import { dayRange, type DayRange } from "../shared/dates.js";
import { perSourceFields, type PerSourceSchemaNode } from "../shared/per-source.js";
import { relate, type CompareContext, type VariantRelation } from "./relate.js";
import { arraysAt, betweenSources, keyOf, versionsOf, type DisagreementVersion } from "./versions.js";
import { wordingDifferences, type WordingVersion } from "./wording.js";

interface Located {
  /** The record's collection (`people`). */
  collection: string;
  /** The record's id. */
  id: string;
  /** The path of the array that holds the versions: `statedAge`, `signing`, or nested (`roles/2/period`). */
  field: string;
}

/** Two or more versions of one fact, stated by different articles, that cannot all be true at once. */
export interface Conflict extends Located {
  kind: "conflict";
  /** Position in the list, from 1: the most contested first. */
  rank: number;
  /** Every version of the field, compatible ones included, so that nothing is hidden. */
  versions: DisagreementVersion[];
  /** The pairs of versions (indexes into `versions`) that cannot both be true, each stated by different articles. */
  pairs: [number, number][];
}

/** The reports of one statement whose words differ (a quote's variants, one language). */
export interface WordingDifference extends Located {
  kind: "wording";
  rank: number;
  /** The language of the wordings compared. */
  language: string;
  /** Each distinct wording, with the words that differ from the others; fragments of a longer wording are left out. */
  versions: WordingVersion[];
}

/** A conflict or a wording difference: what `disagreements()` lists. */
export type Disagreement = Conflict | WordingDifference;

/** Two versions that differ but can both be true, and why. */
export interface Variant extends Located {
  relation: VariantRelation;
  /**
   * The two versions, ordered by the relation: `precision` the vaguer first; `span` the earlier day first;
   * `part-of` the larger place first; `progression` the earlier report first; `partial-list` the shorter
   * list first; `same-value` in field order.
   */
  versions: [DisagreementVersion, DisagreementVersion];
}

/** Everything the comparison found. */
export interface Differences {
  disagreements: Disagreement[];
  variants: Variant[];
}

/** Records of one collection, with the schema `$defs` title of their type. */
export interface CollectionRecords {
  collection: string;
  title: string;
  records: readonly { id: string }[];
}

/** What relate() looks up: the articles' dates and the places' parents, from the records being compared. */
function contextOf(records: readonly CollectionRecords[]): CompareContext {
  const days = new Map<string, DayRange>();
  const parents = new Map<string, string>();
  for (const { collection, records: list } of records) {
    for (const record of list as readonly Record<string, unknown>[]) {
      if (collection === "articles") {
        // The text's own publication date first; else the date supplied with the document.
        const stated = (record.publicationDate as { value?: unknown } | undefined)?.value;
        const supplied = (record.document as { published?: unknown } | undefined)?.published;
        const date = typeof stated === "string" ? stated : typeof supplied === "string" ? supplied : undefined;
        const range = date ? dayRange(date) : undefined;
        if (range) days.set(record.id as string, range);
      } else if (collection === "places" && typeof record.parentPlace === "string") {
        parents.set(record.id as string, record.parentPlace);
      }
    }
  }
  return { articleDays: (id) => days.get(id), parentPlace: (id) => parents.get(id) };
}

const STATED = (v: DisagreementVersion) => v.certainty === "stated";

/** How contested a disagreement is, for ranking: larger first, field by field. */
function weight(d: Disagreement): number[] {
  if (d.kind === "conflict") {
    const involved = new Set(d.pairs.flat());
    const versions = [...involved].map((i) => d.versions[i]!);
    // A conflict both of whose sides some source states outright weighs more than one that rests on readings.
    const outright = d.pairs.some(([i, j]) => STATED(d.versions[i]!) && STATED(d.versions[j]!));
    // One value against another (an age, a status, a day) is sharper than two accounts or lists that differ
    // somewhere inside: a reader sees at once that both cannot be true.
    const single = versions.every((v) => v.value === null || typeof v.value !== "object");
    return [1, outright ? 1 : 0, single ? 1 : 0, new Set(versions.flatMap((v) => v.articles)).size, involved.size];
  }
  const direct = d.versions.filter((v) => v.speech.includes("direct"));
  return [0, direct.length >= 2 ? 1 : 0, 0, new Set(d.versions.flatMap((v) => v.articles)).size, d.versions.length];
}

function byWeight(a: Disagreement, b: Disagreement): number {
  const wa = weight(a);
  const wb = weight(b);
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return wb[i]! - wa[i]!;
  const ka = `${a.collection}\u0000${a.id}\u0000${a.field}`;
  const kb = `${b.collection}\u0000${b.id}\u0000${b.field}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Compares every marked field of every record: the pure function behind disagreements() and variants(),
 * for fixtures, the site and `review`, which run it on the records of any data directory.
 */
export function findDifferences(defs: Record<string, PerSourceSchemaNode>, records: readonly CollectionRecords[]): Differences {
  const context = contextOf(records);
  const found: Disagreement[] = [];
  const variants: Variant[] = [];
  for (const { collection, title, records: list } of records) {
    const fields = perSourceFields(defs, title);
    for (const record of list) {
      for (const field of fields) {
        if (field.mark.compare === "wording") {
          for (const { path, entries } of arraysAt(record, field.steps)) {
            for (const { language, versions } of wordingDifferences(entries, path)) {
              found.push({ kind: "wording", rank: 0, collection, id: record.id, field: path.slice(1), language, versions });
            }
          }
          continue;
        }
        for (const { field: path, versions } of versionsOf(record, field)) {
          const pairs: [number, number][] = [];
          for (let i = 0; i < versions.length; i++) {
            for (let j = i + 1; j < versions.length; j++) {
              if (!betweenSources(versions[i]!, versions[j]!)) continue;
              const verdict = relate(field.mark, versions[i]!, versions[j]!, context);
              if (verdict.verdict === "conflict") pairs.push([i, j]);
              else if (verdict.verdict === "compatible") variants.push({ collection, id: record.id, field: path, relation: verdict.relation, versions: [verdict.first, verdict.second] });
            }
          }
          if (pairs.length) found.push({ kind: "conflict", rank: 0, collection, id: record.id, field: path, versions, pairs });
        }
      }
    }
  }
  found.sort(byWeight).forEach((d, i) => (d.rank = i + 1));
  return { disagreements: found, variants };
}

/**
 * A stable identity for a disagreement or a variant, the same across runs on two versions of a dataset:
 * what `review` compares to say which appeared or disappeared. A disagreement is its record, field and kind
 * (and language); a variant adds its relation and the two versions' values.
 */
export function differenceKey(d: Disagreement | Variant): string {
  const where = `${d.collection}/${d.id} ${d.field}`;
  if ("relation" in d) return `variant ${where} ${d.relation} ${d.versions.map((v) => keyOf(v.value) + (v.extent ? `|${v.extent}` : "")).join(" ~ ")}`;
  return `${d.kind} ${where}${d.kind === "wording" ? ` ${d.language}` : ""}`;
}

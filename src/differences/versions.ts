// The versions of one marked field of one record: its entries grouped by the value they state, each
// version with the words, the articles that state it (stating evidence only) and the entries it holds.
import type { Evidence } from "../generated/schema/types.js";
import type { PerSourceField, PerSourceMark } from "../shared/per-source.js";
import { statingArticles } from "../shared/stating.js";

/** How directly the texts support a version: the most direct of its entries (`stated` when an entry says nothing). */
export type VersionCertainty = "stated" | "interpretation" | "ambiguous";

/** One version of a fact: a value, with every source that states it. */
export interface DisagreementVersion {
  /** The normalized value (a number, status, date, place id, list...) this version states; for a wording, the words. */
  value: unknown;
  /** For a date: how the date bounds the event (`on`, `during`, `start`, `end`); absent elsewhere. */
  extent?: string;
  /** The words of each source for this version. */
  asStated: string[];
  /** The articles whose own text states it: evidence that only resolves the value credits no article. */
  articles: string[];
  /** JSON pointers of the entries in the record. */
  pointers: string[];
  /** The most direct certainty among its entries. */
  certainty: VersionCertainty;
}

interface StatedEntry {
  asStated?: unknown;
  certainty?: unknown;
  evidence?: Evidence[];
  [key: string]: unknown;
}

/** A marked array found in a record: where it is and the versions its entries state. */
export interface FieldVersions {
  /** The array's path in the record, without the leading slash (`statedAge`, `roles/2/period`). */
  field: string;
  versions: DisagreementVersion[];
}

const CERTAINTY_ORDER: readonly VersionCertainty[] = ["stated", "interpretation", "ambiguous"];

/** An entry's certainty: `stated` when it gives none (or none the schema knows). */
export const certaintyOf = (value: unknown): VersionCertainty => (CERTAINTY_ORDER.includes(value as VersionCertainty) ? (value as VersionCertainty) : "stated");

/** The more direct of two certainties (`stated` before `interpretation` before `ambiguous`). */
export const moreDirect = (a: VersionCertainty, b: VersionCertainty): VersionCertainty => (CERTAINTY_ORDER.indexOf(a) <= CERTAINTY_ORDER.indexOf(b) ? a : b);

/** A value's identity: primitives as they are, lists and objects by their JSON with keys sorted. */
export function keyOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The value an entry states under a mark: one property, or an object of several. */
function valueOf(entry: StatedEntry, by: PerSourceMark["by"]): unknown {
  if (typeof by === "string") return entry[by];
  const picked = Object.fromEntries(by.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
  return Object.keys(picked).length ? picked : undefined;
}

/** Every array at the marked path of a record (its JSON pointer), with the evidence of the nearest enclosing object. */
export function arraysAt(record: unknown, steps: readonly string[]): { path: string; entries: StatedEntry[]; enclosing: Evidence[] }[] {
  const found: { path: string; entries: StatedEntry[]; enclosing: Evidence[] }[] = [];
  const walk = (value: unknown, i: number, path: string, evidence: Evidence[]): void => {
    if (i === steps.length) {
      if (Array.isArray(value)) found.push({ path, entries: value as StatedEntry[], enclosing: evidence });
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
  const root = record as { evidence?: Evidence[] };
  walk(record, 0, "", Array.isArray(root?.evidence) ? root.evidence : []);
  return found;
}

/** The versions of each array a marked field holds in one record. */
export function versionsOf(record: unknown, { steps, mark }: PerSourceField): FieldVersions[] {
  return arraysAt(record, steps).map(({ path, entries, enclosing }) => {
    const versions = new Map<string, DisagreementVersion>();
    entries.forEach((entry, i) => {
      if (entry === null || typeof entry !== "object") return;
      const value = valueOf(entry, mark.by);
      if (value === undefined) return;
      // A date is a different claim when it bounds the event differently (`on` the 14th, or `during` it).
      const extent = mark.compare === "date" ? (typeof entry.extent === "string" ? entry.extent : "on") : undefined;
      const key = keyOf(value) + (extent ? `|${extent}` : "");
      const asStated = typeof entry.asStated === "string" ? entry.asStated : undefined;
      // An entry without its own evidence is supported by the enclosing quotes that contain its words.
      const evidence = Array.isArray(entry.evidence) ? entry.evidence : enclosing.filter((e) => asStated !== undefined && e.quote.includes(asStated));
      const certainty = certaintyOf(entry.certainty);
      const version = versions.get(key) ?? { value, ...(extent ? { extent } : {}), asStated: [], articles: [], pointers: [], certainty };
      versions.set(key, version);
      if (asStated !== undefined && !version.asStated.includes(asStated)) version.asStated.push(asStated);
      for (const article of statingArticles(evidence)) if (!version.articles.includes(article)) version.articles.push(article);
      version.pointers.push(`${path}/${i}`);
      version.certainty = moreDirect(version.certainty, certainty);
    });
    return { field: path.slice(1), versions: [...versions.values()] };
  });
}

/** Whether two versions are stated by two different articles: only then is their difference one between sources. */
export const betweenSources = (a: DisagreementVersion, b: DisagreementVersion): boolean => a.articles.some((x) => b.articles.some((y) => x !== y));

// Whether two versions of a fact can both be true of the same thing at the same time, by the way the
// schema's mark says the field compares. When they can, the relation that makes them compatible.
import { covers, dayRange, whollyBefore, type DayRange } from "../shared/dates.js";
import type { PerSourceMark } from "../shared/per-source.js";
import { keyOf, type DisagreementVersion } from "./versions.js";

/**
 * What makes two different versions compatible:
 * `precision` one is more precise than the other (`2023-06` and `2023-06-15`; `more than 60` and `62`);
 * `span` two days of an event that lasted over both;
 * `part-of` a place inside the other (by the places' `parentPlace`);
 * `progression` a later status reported by a later article (`planned`, then `held`);
 * `same-value` the same thing in other words;
 * `partial-list` a list beside a longer one, or lists that add names without contradicting each other.
 */
export type VariantRelation = "precision" | "span" | "part-of" | "progression" | "same-value" | "partial-list";

/** The outcome of comparing two versions; `first` and `second` order a compatible pair (see `Variant.versions`). */
export type Verdict = { verdict: "same" } | { verdict: "conflict" } | { verdict: "compatible"; relation: VariantRelation; first: DisagreementVersion; second: DisagreementVersion };

/** What the comparison may look up in the rest of the records. */
export interface CompareContext {
  /** The days an article is dated to (its publication date, else the supplied one); undefined when unknown. */
  articleDays(article: string): DayRange | undefined;
  /** A place's parent place, by the place records. */
  parentPlace(place: string): string | undefined;
}

const same = { verdict: "same" } as const;
const conflict = { verdict: "conflict" } as const;
const compatible = (relation: VariantRelation, first: DisagreementVersion, second: DisagreementVersion): Verdict => ({ verdict: "compatible", relation, first, second });

/** Compares two versions of one field under its mark. */
export function relate(mark: PerSourceMark, a: DisagreementVersion, b: DisagreementVersion, context: CompareContext): Verdict {
  if (keyOf(a.value) === keyOf(b.value) && a.extent === b.extent) return same;
  switch (mark.compare) {
    case "equal":
      return conflict;
    case "words":
    case "wording": // quotes are compared in wording.ts
      return compatible("same-value", a, b);
    case "quantity":
      return relateQuantities(a, b);
    case "date":
      return relateDates(a, b);
    case "place":
      return relatePlaces(a, b, context);
    case "progression":
      return relateStatuses(mark.transitions ?? {}, a, b, context);
    case "set":
      return relateSets(a, b);
    case "roles":
      return relateRoles(mark.role ?? "part", a, b);
  }
}

// --- quantities: each qualifier allows a range of numbers; overlapping ranges are compatible ---

interface Bound {
  value: number;
  open: boolean;
}
interface Interval {
  low?: Bound;
  high?: Bound;
}
interface Quantity {
  value?: unknown;
  unit?: unknown;
  qualifier?: unknown;
  per?: unknown;
}

function intervalOf(q: Quantity): Interval | undefined {
  if (typeof q.value !== "number") return undefined;
  const v = q.value;
  switch (q.qualifier ?? "exact") {
    case "at-least":
      return { low: { value: v, open: false } };
    case "more-than":
      return { low: { value: v, open: true } };
    case "at-most":
      return { high: { value: v, open: false } };
    case "less-than":
      return { high: { value: v, open: true } };
    default: // `exact`, and `about`, which is compared as its number: how far "about" reaches is not the dataset's to say
      return { low: { value: v, open: false }, high: { value: v, open: false } };
  }
}

/** Whether a value above `low` can be below `high`. */
function meets(low: Bound | undefined, high: Bound | undefined): boolean {
  if (!low || !high) return true;
  return low.value < high.value || (low.value === high.value && !low.open && !high.open);
}

const narrower = (a: Interval, b: Interval): boolean =>
  (a.low?.value ?? -Infinity) >= (b.low?.value ?? -Infinity) && (a.high?.value ?? Infinity) <= (b.high?.value ?? Infinity);

function relateQuantities(a: DisagreementVersion, b: DisagreementVersion): Verdict {
  const qa = (a.value ?? {}) as Quantity;
  const qb = (b.value ?? {}) as Quantity;
  const ia = intervalOf(qa);
  const ib = intervalOf(qb);
  if (!ia || !ib || qa.unit !== qb.unit || qa.per !== qb.per) return conflict;
  if (!meets(ia.low, ib.high) || !meets(ib.low, ia.high)) return conflict;
  return narrower(ia, ib) ? compatible("precision", b, a) : compatible("precision", a, b);
}

// --- dates: each version bounds the event's first day S and last day E; compatible when some S ≤ E meets both ---

interface Bounds {
  sLow: number;
  sHigh: number;
  eLow: number;
  eHigh: number;
}

function constrain(bounds: Bounds, range: DayRange, extent: string | undefined): void {
  switch (extent) {
    case "during": // under way on some day of the range
      bounds.sHigh = Math.min(bounds.sHigh, range.last);
      bounds.eLow = Math.max(bounds.eLow, range.first);
      return;
    case "start":
      bounds.sLow = Math.max(bounds.sLow, range.first);
      bounds.sHigh = Math.min(bounds.sHigh, range.last);
      return;
    case "end":
      bounds.eLow = Math.max(bounds.eLow, range.first);
      bounds.eHigh = Math.min(bounds.eHigh, range.last);
      return;
    default: // `on`: the whole event falls within the range
      bounds.sLow = Math.max(bounds.sLow, range.first);
      bounds.eHigh = Math.min(bounds.eHigh, range.last);
  }
}

const EXTENT_STRENGTH: Record<string, number> = { on: 3, start: 2, end: 2, during: 1 };

function relateDates(a: DisagreementVersion, b: DisagreementVersion): Verdict {
  const ra = typeof a.value === "string" ? dayRange(a.value) : undefined;
  const rb = typeof b.value === "string" ? dayRange(b.value) : undefined;
  if (!ra || !rb) return conflict;
  const bounds: Bounds = { sLow: -Infinity, sHigh: Infinity, eLow: -Infinity, eHigh: Infinity };
  constrain(bounds, ra, a.extent);
  constrain(bounds, rb, b.extent);
  const possible = bounds.sLow <= bounds.sHigh && bounds.eLow <= bounds.eHigh && bounds.sLow <= bounds.eHigh;
  if (!possible) return conflict;
  if (covers(ra, rb) || covers(rb, ra)) {
    // The vaguer first: the wider range, or for the same range the weaker extent (`during` before `on`).
    const aFirst = ra.last - ra.first !== rb.last - rb.first ? ra.last - ra.first > rb.last - rb.first : (EXTENT_STRENGTH[a.extent ?? "on"] ?? 0) <= (EXTENT_STRENGTH[b.extent ?? "on"] ?? 0);
    return aFirst ? compatible("precision", a, b) : compatible("precision", b, a);
  }
  return whollyBefore(ra, rb) ? compatible("span", a, b) : compatible("span", b, a);
}

// --- places: the same place, or one inside the other ---

function ancestors(place: string, context: CompareContext): string[] {
  const chain: string[] = [];
  for (let p = context.parentPlace(place); p !== undefined && !chain.includes(p) && chain.length < 64; p = context.parentPlace(p)) chain.push(p);
  return chain;
}

function relatePlaces(a: DisagreementVersion, b: DisagreementVersion, context: CompareContext): Verdict {
  if (typeof a.value !== "string" || typeof b.value !== "string") return conflict;
  if (ancestors(b.value, context).includes(a.value)) return compatible("part-of", a, b);
  if (ancestors(a.value, context).includes(b.value)) return compatible("part-of", b, a);
  return conflict;
}

// --- statuses: a later article may report a status the earlier one's can move on to ---

function reaches(transitions: Record<string, string[]>, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    for (const next of transitions[queue.shift()!] ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) seen.add(next), queue.push(next);
    }
  }
  return false;
}

function relateStatuses(transitions: Record<string, string[]>, a: DisagreementVersion, b: DisagreementVersion, context: CompareContext): Verdict {
  if (typeof a.value !== "string" || typeof b.value !== "string") return conflict;
  // Every pair of articles on the two sides must be a progression: the earlier one's status moving on to the later one's.
  let aEarlier = 0;
  let bEarlier = 0;
  for (const x of a.articles) {
    for (const y of b.articles) {
      if (x === y) continue;
      const dx = context.articleDays(x);
      const dy = context.articleDays(y);
      if (dx && dy && whollyBefore(dx, dy) && reaches(transitions, a.value, b.value)) aEarlier++;
      else if (dx && dy && whollyBefore(dy, dx) && reaches(transitions, b.value, a.value)) bEarlier++;
      else return conflict;
    }
  }
  if (aEarlier && !bEarlier) return compatible("progression", a, b);
  if (bEarlier && !aEarlier) return compatible("progression", b, a);
  return conflict;
}

// --- lists ---

function relateSets(a: DisagreementVersion, b: DisagreementVersion): Verdict {
  const sa = new Set((Array.isArray(a.value) ? a.value : [a.value]).map(keyOf));
  const sb = new Set((Array.isArray(b.value) ? b.value : [b.value]).map(keyOf));
  const aInB = [...sa].every((x) => sb.has(x));
  const bInA = [...sb].every((x) => sa.has(x));
  if (aInB && bInA) return same;
  if (aInB) return compatible("partial-list", a, b);
  if (bInA) return compatible("partial-list", b, a);
  return conflict;
}

function partsOf(value: unknown, role: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const item of Array.isArray(value) ? value : []) {
    if (item === null || typeof item !== "object") continue;
    const { [role]: part, ...who } = item as Record<string, unknown>;
    parts.set(keyOf(who), keyOf(part));
  }
  return parts;
}

function relateRoles(role: string, a: DisagreementVersion, b: DisagreementVersion): Verdict {
  const pa = partsOf(a.value, role);
  const pb = partsOf(b.value, role);
  for (const [who, part] of pa) if (pb.has(who) && pb.get(who) !== part) return conflict;
  // The shorter list first: it is the partial one (or, when each adds names, the one that names fewer).
  return pa.size <= pb.size ? compatible("partial-list", a, b) : compatible("partial-list", b, a);
}

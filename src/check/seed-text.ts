// Finding quotes in a seed: exactly, and — to help a contributor whose quote misses — loosely,
// ignoring only whitespace, quote style and dash style, so the message can show the exact text.
import { occurrencesIn } from "../shared/locate.js";
import { firstOccurrences, type SearchSteps } from "./substrings.js";

/** How a character is folded for the loose match; characters not listed stand for themselves. */
function fold(ch: string): string {
  if (/\s/u.test(ch)) return " ";
  if ("\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\"".includes(ch)) return '"';
  if ("\u2018\u2019\u201A\u201B\u2032'`".includes(ch)) return "'";
  if ("\u2010\u2011\u2012\u2013\u2014\u2212-".includes(ch)) return "-";
  return ch;
}

/** A character folded as a name is matched (suggest): loosely, and accents and case aside too. */
const foldName = (ch: string) => fold(ch).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The loose form of a text, with, for each of its characters, where it starts and ends in the original.
 * `names`: accents and case are folded too, as names are matched.
 */
export function loosen(text: string, names = false): { loose: string; starts: number[]; ends: number[] } {
  let loose = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = names ? foldName(ch) : fold(ch);
    if ((f === " " && loose.endsWith(" ")) || (f === "" && ends.length > 0)) {
      ends[ends.length - 1] = i + ch.length; // a run of whitespace folds into one space
    } else {
      loose += f;
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  return { loose, starts, ends };
}

export type Difference = "whitespace" | "quote style" | "dash style" | "Unicode normalization";

export interface NearMiss {
  /** The exact text of the source that the quote was meant to copy. */
  exact: string;
  differences: Difference[];
}

/** How many quotes' occurrences a seed remembers: enough for one record's evidence in the common case. */
const RECENT_QUOTES = 16;

export class SeedText {
  private loosened: ReturnType<typeof loosen> | undefined;
  // Four rules ask where the same quote occurs, one after the other (quote-in-seed, quote-placement,
  // non-content, captions): the seed is searched once for them all. Small and emptied when full, so memory
  // does not grow with the records checked.
  private readonly recent = new Map<string, readonly number[]>();
  constructor(readonly text: string) {}

  includes(quote: string): boolean {
    return this.text.includes(quote);
  }

  /** Every offset where the quote occurs exactly, in order. The array is shared: do not change it. */
  occurrences(quote: string): readonly number[] {
    let found = this.recent.get(quote);
    if (found === undefined) {
      found = occurrencesIn(this.text, quote);
      if (this.recent.size >= RECENT_QUOTES) this.recent.clear();
      this.recent.set(quote, found);
    }
    return found;
  }

  /** The source text a quote matches when whitespace, quote and dash style and normalization are ignored. */
  nearMiss(quote: string): NearMiss | undefined {
    this.loosened ??= loosen(this.text);
    const { loose, starts, ends } = this.loosened;
    const needle = loosen(quote.normalize("NFC").trim()).loose;
    if (needle.length === 0) return undefined;
    const at = loose.indexOf(needle);
    if (at === -1) return undefined;
    const exact = this.text.slice(starts[at], ends[at + needle.length - 1]);
    return { exact, differences: classify(quote, exact) };
  }

  /**
   * For each quote, whether any of the texts holds it loosely (as `nearMiss` would find it), in one pass
   * over the texts: quote by quote, text by text, is quadratic on a hostile record. Only the quotes for
   * which this is true need `nearMisses`.
   */
  static nearMissFound(texts: readonly SeedText[], quotes: readonly string[], steps?: SearchSteps): boolean[] {
    // The usual case, every string found exactly: nothing to look for, so no text is loosened.
    if (quotes.every((quote) => quote === "")) return quotes.map(() => false);
    const needles = quotes.map((quote) => loosen(quote.normalize("NFC").trim()).loose);
    const found = firstOccurrences(needles, texts.map((t) => (t.loosened ??= loosen(t.text)).loose), steps);
    return needles.map((needle, i) => needle.length > 0 && found[i] !== undefined);
  }

  /** Every distinct source text the quote matches loosely (as `nearMiss`), in the order they occur. */
  nearMisses(quote: string, steps?: SearchSteps): NearMiss[] {
    this.loosened ??= loosen(this.text);
    const { loose, starts, ends } = this.loosened;
    const needle = loosen(quote.normalize("NFC").trim()).loose;
    const found = new Map<string, NearMiss>();
    if (needle.length === 0) return [];
    if (steps) steps.taken += loose.length; // one pass of indexOf over the loose text
    for (let at = loose.indexOf(needle); at !== -1; at = loose.indexOf(needle, at + 1)) {
      const exact = this.text.slice(starts[at], ends[at + needle.length - 1]);
      if (!found.has(exact)) found.set(exact, { exact, differences: classify(quote, exact) });
    }
    return [...found.values()];
  }

  /** The longest start of the quote that occurs in the source, and what the source has after it. */
  longestMatchingStart(quote: string): { matched: string; sourceContinues: string } {
    let lo = 0;
    let hi = quote.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.text.includes(quote.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    const matched = quote.slice(0, lo);
    const at = lo > 0 ? this.text.indexOf(matched) + lo : -1;
    return { matched, sourceContinues: at >= 0 ? this.text.slice(at, at + 30) : "" };
  }
}

function classify(quote: string, exact: string): Difference[] {
  const found = new Set<Difference>();
  if (quote.normalize("NFC") !== quote) found.add("Unicode normalization");
  const a = [...quote.normalize("NFC")];
  const b = [...exact];
  const strip = (chars: string[]) => chars.filter((c) => !/\s/u.test(c));
  if (a.filter((c) => /\s/u.test(c)).join() !== b.filter((c) => /\s/u.test(c)).join() || quote !== quote.trim()) found.add("whitespace");
  const sa = strip(a);
  const sb = strip(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const f = fold(sa[i]!);
    if (f === '"' || f === "'") found.add("quote style");
    else if (f === "-") found.add("dash style");
  }
  if (found.size === 0) found.add("whitespace");
  return [...found];
}

/** A string as JSON, with invisible and space-like characters escaped so the reader can see them. */
export function showExact(text: string): string {
  return JSON.stringify(text).replace(/[\u00A0\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A line of a file as it is, between ‹ and ›, so indentation shows: nothing is escaped but what a
 * terminal would hide or act on (control characters, invisible and space-like characters).
 */
export function showLine(line: string, max = 100): string {
  const shown = line.length > max ? `${line.slice(0, max)}…` : line;
  const safe = shown.replace(/[\u0000-\u001F\u007F-\u009F\u00A0\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g, (c) => (c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  return `‹${safe}›`;
}

/**
 * What a verbatim string (an `asStated`, a name form) that is not in its passages exactly matches in
 * them loosely: the distinct exact texts, across every passage. One means `fix` can copy it; more means
 * the contributor must choose.
 */
export function looseMatchesIn(passages: readonly (string | SeedText)[], verbatim: string, steps?: SearchSteps): NearMiss[] {
  const found = new Map<string, NearMiss>();
  for (const passage of passages) for (const near of (typeof passage === "string" ? new SeedText(passage) : passage).nearMisses(verbatim, steps)) if (!found.has(near.exact)) found.set(near.exact, near);
  return [...found.values()];
}

/**
 * The message for a verbatim string that its passages hold only loosely: with one match, the exact
 * text to copy (`fix` copies it); with several, each of them, for the contributor to choose. Undefined
 * when nothing matches, even loosely (then the string itself is wrong, or evidence is missing).
 */
export function looseMatchFinding(subject: string, where: string, matches: readonly NearMiss[]): { message: string; hint: string } | undefined {
  if (matches.length === 0) return undefined;
  if (matches.length === 1) {
    return {
      message: `${subject} is not in ${where} exactly: it differs only in ${matches[0]!.differences.join(" and ")}. The quote has: ${showExact(matches[0]!.exact)}`,
      hint: "replace it with the quote's exact text (`iran-cuba-relations fix` does it for you)",
    };
  }
  return {
    message: `${subject} is not in ${where} exactly: it differs only in whitespace, quote or dash style from ${matches.length} different passages: ${matches.map((m) => showExact(m.exact)).join(", ")}`,
    hint: "replace it with the passage you mean, copied exactly (fix cannot choose between them)",
  };
}

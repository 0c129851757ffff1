// Where an evidence quote sits in its seed: the checker, the build (positions in dist/data) and the
// exports all place a quote the same way — its only occurrence, or the one its `occurrence` states.

/** Every UTF-16 offset where the quote starts in the text (overlapping starts included). */
export function occurrencesIn(text: string, quote: string): number[] {
  const out: number[] = [];
  if (quote === "") return out; // "" occurs everywhere; indexOf would never return -1
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

export type Placement =
  | { ok: true; index: number; occurrences: number; occurrence: number }
  | { ok: false; problem: "missing" | "ambiguous" | "no-such-occurrence" | "needless-occurrence"; occurrences: number };

/**
 * The UTF-16 offset of the quote's occurrence: its only one, or the stated `occurrence` (from 1) when it
 * occurs more than once. Anything else is a problem, never a guess.
 */
export function placeQuote(text: string, quote: string, occurrence: number | undefined): Placement {
  return placeAmong(occurrencesIn(text, quote), occurrence);
}

/** `placeQuote` given every offset where the quote occurs (`occurrencesIn`). */
export function placeAmong(found: readonly number[], occurrence: number | undefined): Placement {
  const n = found.length;
  if (n === 0) return { ok: false, problem: "missing", occurrences: 0 };
  if (occurrence === undefined) return n === 1 ? { ok: true, index: found[0]!, occurrences: 1, occurrence: 1 } : { ok: false, problem: "ambiguous", occurrences: n };
  if (n === 1) return { ok: false, problem: "needless-occurrence", occurrences: 1 };
  if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > n) return { ok: false, problem: "no-such-occurrence", occurrences: n };
  return { ok: true, index: found[occurrence - 1]!, occurrences: n, occurrence };
}

/** Code point and UTF-8 byte offsets of every UTF-16 offset of a text, computed once (linear). */
export class Offsets {
  readonly codePoints: Int32Array;
  readonly bytes: Int32Array;
  constructor(readonly text: string) {
    const n = text.length;
    this.codePoints = new Int32Array(n + 1);
    this.bytes = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const lowOfPair = c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
      this.codePoints[i + 1] = this.codePoints[i]! + (lowOfPair ? 0 : 1);
      // A surrogate pair is 4 bytes: 2 counted at each half.
      this.bytes[i + 1] = this.bytes[i]! + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3);
    }
  }
}

/** 1-based line of a UTF-16 offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

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

/** How many UTF-16 units apart Offsets keeps exact counts: memory per text is 1/8 of a byte per unit. */
const CHECKPOINT = 64;

/**
 * Code point and UTF-8 byte offsets of UTF-16 offsets of a text: exact counts kept at every 64th unit and
 * counted on from there, so a thousand texts cost kilobytes, not the 8 bytes per character of full tables.
 */
export class Offsets {
  private readonly codePointsAt: Int32Array;
  private readonly bytesAt: Int32Array;
  constructor(readonly text: string) {
    const checkpoints = Math.floor(text.length / CHECKPOINT) + 1;
    this.codePointsAt = new Int32Array(checkpoints);
    this.bytesAt = new Int32Array(checkpoints);
    let codePoints = 0;
    let bytes = 0;
    for (let k = 1; k < checkpoints; k++) {
      [codePoints, bytes] = this.countOn((k - 1) * CHECKPOINT, k * CHECKPOINT, codePoints, bytes);
      this.codePointsAt[k] = codePoints;
      this.bytesAt[k] = bytes;
    }
  }

  /** The code point and byte offsets of the UTF-16 offset `index` (0 ≤ index ≤ text.length). */
  at(index: number): { codePoint: number; byte: number } {
    const k = Math.floor(index / CHECKPOINT);
    const [codePoint, byte] = this.countOn(k * CHECKPOINT, index, this.codePointsAt[k]!, this.bytesAt[k]!);
    return { codePoint, byte };
  }

  private countOn(from: number, to: number, codePoints: number, bytes: number): [number, number] {
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const lowOfPair = c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
      if (!lowOfPair) codePoints++;
      // A surrogate pair is 4 bytes: 2 counted at each half.
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    }
    return [codePoints, bytes];
  }
}

/** 1-based line of a UTF-16 offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

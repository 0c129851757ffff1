// Word differences between two direct quotes of one statement: words compared without punctuation or
// case, so only different words show (a comma or a curly quote is not a difference). Statements are
// short, so the longest common subsequence in O(n·m) (src/differences/wording.ts) is fine.
import { lcsTable } from "../../src/differences/wording.js";
import { html, type Html } from "./html.js";

const tokens = (s: string) => s.split(/\s+/).filter(Boolean);
const norm = (w: string) => w.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The words of a wording, without punctuation or case: two wordings with the same are the same words. */
export const wordsOf = (s: string): string[] => tokens(s).map(norm).filter(Boolean);

/** How much of the longer wording the two share, from 0 to 1: a short fragment of a long quote shares little. */
export function overlap(base: string, other: string): number {
  const [a, b] = [wordsOf(base), wordsOf(other)];
  if (!a.length || !b.length) return 0;
  return lcsTable(a, b)[0]![0]! / Math.max(a.length, b.length);
}

/**
 * `other` with the words it adds marked <ins> and the words of `base` it lacks marked <del>; punctuation
 * and case differences are shown as `other` writes them, unmarked.
 */
export function wordDiff(base: string, other: string): Html {
  const [ta, tb] = [tokens(base).filter((w) => norm(w)), tokens(other).filter((w) => norm(w))];
  const [a, b] = [ta.map(norm), tb.map(norm)];
  const t = lcsTable(a, b);
  const out: Html[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { out.push(html`${tb[j]} `); i++; j++; }
    else if (j < b.length && (i >= a.length || t[i]![j + 1]! >= t[i + 1]![j]!)) out.push(html`<ins>${tb[j++]}</ins> `);
    else out.push(html`<del>${ta[i++]}</del> `);
  }
  return html`${out}`;
}

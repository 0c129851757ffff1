// Word-level difference of two wordings (longest common subsequence of words): <del> for words only
// the base has, <ins> for words only the other has. Statements are short, so O(n·m) is fine.
import { esc } from "./escape.js";

export function wordDiff(base: string, other: string): string {
  const a = base.split(/(\s+)/).filter((w) => w.trim());
  const b = other.split(/(\s+)/).filter((w) => w.trim());
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { out.push(esc(a[i]!)); i++; j++; }
    else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`<ins>${esc(b[j++]!)}</ins>`);
    else out.push(`<del>${esc(a[i++]!)}</del>`);
  }
  return out.join(" ");
}

// The smallest sentence of a text that encloses a span: what a proposed evidence quotes. A sentence ends at
// a line break, or at `.`, `!`, `?` or `…` (with any closing quotes and brackets) followed by white space,
// unless the word before the full stop is an abbreviation (U.S., Mr.), which English writes the same in
// every text.

const CLOSERS = /["'”’»)\]]/u;
const ABBREVIATION = /(?:^|[^\p{L}])(?:(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$/u;

/** Whether the text ends a sentence just before `at` (at white space or the text's end). */
function endsBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && CLOSERS.test(text[i]!)) i--;
  const c = text[i];
  if (c === "!" || c === "?" || c === "…") return true;
  return c === "." && !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i));
}

/** [start, end) of the sentence that holds text[from, to), trimmed of white space, inside `within`'s bounds. */
export function enclosingSentence(text: string, from: number, to: number, within: { start: number; end: number } = { start: 0, end: text.length }): { start: number; end: number } {
  let start = from;
  while (start > within.start && text[start - 1] !== "\n" && !(/\s/u.test(text[start - 1]!) && endsBefore(text, start - 1))) start--;
  let end = to;
  while (end < within.end && text[end] !== "\n" && !(/\s/u.test(text[end]!) && endsBefore(text, end))) end++;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

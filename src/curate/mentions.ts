// Where a text names records: every occurrence of every name form, folded as names are matched (white
// space, quote and dash style, accents and case aside; src/check/seed-text.ts), as a whole word, outside
// the spans left out. An acronym (a form with no lower-case letter: "US") matches only in capitals, or
// "us" would name the United States.
import { loosen } from "../check/seed-text.js";
import { Occurrences } from "../check/substrings.js";

export interface NamedBy {
  /** The record the form names, as the caller keys it. */
  owner: string;
  form: string;
}

export interface Mention extends NamedBy {
  start: number;
  end: number;
  /** The words as the text writes them. */
  words: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every mention in the text of the forms, longest first where they overlap: a mention inside a longer one
 * ("Castro" inside "Raul Castro") is left out, since the longer names what the text means there.
 */
export function findMentions(text: string, forms: readonly NamedBy[], excluded: (start: number, end: number) => boolean): Mention[] {
  const { loose, starts, ends } = loosen(text, true);
  const needles = forms.map((f) => loosen(f.form, true).loose.trim());
  const found: Mention[] = [];
  new Occurrences(needles).forEach(loose, (n, at) => {
    const after = at + needles[n]!.length;
    if (WORD_CHAR.test(loose[at - 1] ?? "") || WORD_CHAR.test(loose[after] ?? "")) return;
    const start = starts[at]!;
    const end = ends[after - 1]!;
    const words = text.slice(start, end);
    const form = forms[n]!.form;
    if (!/\p{Ll}/u.test(form) && words !== words.toUpperCase()) return;
    if (!excluded(start, end)) found.push({ ...forms[n]!, start, end, words });
  });
  const inside = (m: Mention) => found.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
  return found.filter((m) => !inside(m)).sort((a, b) => a.start - b.start || a.owner.localeCompare(b.owner));
}

// Where a text names records: every occurrence of every name form, folded as names are matched (white
// space, quote and dash style, accents and case aside; src/check/seed-text.ts), as a whole word, outside
// the spans left out. An acronym (a form with no lower-case letter: "US") matches only in capitals, or
// "us" would name the United States. A name of two words or more also ends where a lower-case letter meets
// a capital: texts taken from web pages run a heading into the next ("Iran PressIran News"). A one-word
// name does not, or "IranWire" and "PressTV" would name Iran and TV.
import { loosen } from "../check/seed-text.js";
import { Occurrences } from "../check/substrings.js";

export interface NamedBy {
  /** The record the form names, as `collection/id`. */
  owner: string;
  form: string;
  /** Set when the form describes the record rather than naming it. */
  description?: true;
}

export interface Mention extends NamedBy {
  start: number;
  end: number;
  /** The words as the text writes them. */
  words: string;
  /** Set when the words refer back to an earlier mention ("this centre"): that mention's words. */
  refersBack?: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether a lower-case letter ends just before `at` and a capital starts there. */
const caseEdge = (text: string, at: number) => /\p{Ll}/u.test(text[at - 1] ?? "") && /\p{Lu}/u.test(text[at] ?? "");

/**
 * Every mention in the text of the forms, in text order. A mention inside a longer one of the same
 * collection ("Castro" inside "Fidel Castro") is left out, since the longer names what the text means there.
 */
export function findMentions(text: string, forms: readonly NamedBy[], excluded: (start: number, end: number) => boolean): Mention[] {
  const { loose, starts, ends } = loosen(text, true);
  const needles = forms.map((f) => loosen(f.form, true).loose.trim());
  const found: Mention[] = [];
  new Occurrences(needles).forEach(loose, (n, at) => {
    const after = at + needles[n]!.length;
    const start = starts[at]!;
    const end = ends[after - 1]!;
    const edge = (i: number) => needles[n]!.includes(" ") && caseEdge(text, i);
    if ((WORD_CHAR.test(loose[at - 1] ?? "") && !edge(start)) || (WORD_CHAR.test(loose[after] ?? "") && !edge(end))) return;
    const words = text.slice(start, end);
    const form = forms[n]!.form;
    if (!/\p{Ll}/u.test(form) && words !== words.toUpperCase()) return;
    if (!excluded(start, end)) found.push({ ...forms[n]!, start, end, words });
  });
  // A longer mention hides the shorter ones inside it of the same collection ("Castro" in "Fidel Castro"),
  // not another's ("Nicaragua" in "parliament in Nicaragua" still names the country); a description never
  // hides a name ("embargo imposed by the United States" names the US).
  const collection = (m: Mention) => m.owner.slice(0, m.owner.indexOf("/"));
  const hides = (o: Mention, m: Mention) => o !== m && collection(o) === collection(m) && (m.description || !o.description) && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
  const inside = (m: Mention) => found.some((o) => hides(o, m));
  return found.filter((m) => !inside(m)).sort((a, b) => a.start - b.start || a.owner.localeCompare(b.owner));
}

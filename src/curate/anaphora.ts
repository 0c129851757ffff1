// Where a text refers back to a record it has named, by "the", "this" or "that" (Persian "این", "آن") and
// the head noun of one of the record's names: "this centre" after "Havana Genetic Engineering Centre",
// "این مرکز" after "مرکز مهندسی ژنتیک هاوانا". The record meant is taken to be the nearest one named
// before with that head, the usual first guess in resolving such references: a reading for a reviewer to
// judge, never a name form.
import { loosen } from "../check/seed-text.js";
import type { Mention } from "./mentions.js";

const REFERENCE = /(?<![\p{L}\p{M}\p{N}])(?:the|this|that|این|آن)\s+([\p{L}\p{M}\u200c]+)(?![\p{L}\p{M}\p{N}])/giu;
const PREPOSITIONS = new Set(["of", "on", "for", "in", "at", "to", "with", "between", "from", "against"]);
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const fold = (word: string) => loosen(word, true).loose;

/**
 * The head noun of a name of two words or more, folded: in a right-to-left script the first word (Persian
 * puts the modifiers after the noun), else the last word before any preposition ("Government of Iran",
 * "Joint Commission on Cooperation", "Iranian government"). A one-word name has no common noun to refer
 * back by.
 */
export function headOf(form: string): string | undefined {
  const words = form.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  if (RIGHT_TO_LEFT.test(form)) return fold(words[0]!);
  const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  return fold(words[(preposition === -1 ? words.length : preposition) - 1]!);
}

/**
 * Each reference back in the text, as a mention of the record it is read as, with `refersBack` set to the
 * words of the mention it follows. The head is written in lower case (or in a script without case): "the
 * Cuban leader" starts with an adjective, not a head. A reference inside a mention, or excluded, is none.
 */
export function findReferencesBack(text: string, mentions: readonly Mention[], headsOf: (owner: string) => ReadonlySet<string>, excluded: (start: number, end: number) => boolean): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const head = match[1]!;
    const start = match.index;
    const end = start + match[0].length;
    if (/\p{Lu}/u.test(head) || excluded(start, end) || mentions.some((m) => m.start < end && start < m.end)) continue;
    const key = fold(head);
    const antecedent = mentions.findLast((m) => m.end <= start && headsOf(m.owner).has(key));
    if (antecedent) found.push({ owner: antecedent.owner, form: head, start, end, words: text.slice(start, end), refersBack: antecedent.words });
  }
  return found;
}

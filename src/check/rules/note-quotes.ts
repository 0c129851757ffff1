import type { Rule } from "../rule.js";
import { allEvidence } from "../../shared/walk.js";
import { notesOf } from "../../shared/notes.js";
import { showExact } from "../seed-text.js";

/** Whether a note names an article by its seed's number ("seed 001", "(002)"): the seed's name starts with it. */
function seedNamed(note: string, seed: string | undefined): boolean {
  const number = /^([0-9]+)_/.exec(seed ?? "")?.[1];
  return number !== undefined && new RegExp(`(?<![0-9.,])${number}(?![0-9])`).test(note);
}

/** The words a note puts in double quotation marks, each run between ellipses on its own. */
export function quotedWords(note: string): string[] {
  return [...note.matchAll(/"([^"\n]+)"|“([^”\n]+)”/gu)].flatMap((m) => (m[1] ?? m[2]!).split(/\s*(?:…|\.\.\.)\s*/u).filter((w) => w.trim() !== ""));
}

/**
 * A note that says what a text says cannot invent it: words a curator's note puts in double quotation
 * marks occur in one of the articles the record cites or the note names (by id, or by its seed's number:
 * "seed 001"; an article's own notes: its own text), exactly or as the near-miss rules fold (white space,
 * quote and dash style). A translation is given without quotation marks, beside the words it renders.
 */
export const noteQuotes: Rule = {
  name: "note-quotes",
  description: "words in double quotation marks in a note occur in an article the record cites or the note names",
  checkRecord(record, context) {
    const { seedText, report } = context;
    let cited: Set<string> | undefined; // gathered for the first note that quotes: most quote nothing
    for (const { note, pointer } of notesOf(record.collection, record.value)) {
      const quoted = quotedWords(note);
      if (quoted.length === 0) continue;
      if (!cited) {
        cited = new Set<string>(allEvidence(record.value).map(({ evidence }) => evidence.article));
        if (record.collection === "articles") cited.add(record.name);
      }
      // A note may compare with an article it names, by id or by its seed's number ("seed 001").
      const named = [...context.ids.articles].filter((id) => note.includes(id) || seedNamed(note, context.articles.get(id)?.seed));
      const articles = new Set([...cited, ...named]);
      const seeds = [...articles].map((id) => seedText(id));
      // An article or seed that cannot be read is another rule's report; the note is judged once it can be.
      if (seeds.length === 0 || seeds.some((seed) => seed === undefined)) continue;
      for (const words of quoted) {
        if (seeds.some((seed) => seed!.includes(words) || seed!.nearMiss(words))) continue;
        report(record, {
          pointer,
          message: `the note quotes ${showExact(words)}, which no article this record cites (or the note names) says (${[...articles].sort().join(", ")})`,
          hint: "quote the text's own words exactly (copy them from the seed), or drop the quotation marks; put field names and values in backticks",
        });
      }
    }
  },
};

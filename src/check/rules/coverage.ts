import type { Rule } from "../rule.js";
import { LineIndex } from "../json-positions.js";
import { blank, NameForms, uncoveredNames } from "../name-coverage.js";

interface NonName {
  word: string;
  index: number;
}

/** The well-shaped acknowledgements of an article record (`nonNames`), whatever else is wrong with it. */
function nonNamesOf(value: unknown): NonName[] {
  const list = (value as { nonNames?: unknown } | null)?.nonNames;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: { word?: unknown } | null, index) => (typeof item?.word === "string" && item.word !== "" ? [{ word: item.word, index }] : []));
}

/**
 * Advice for a reviewer, per article: each capitalized name or phrase of the text's content (its
 * non-content spans left out) that no record's name form covers is likely an entity without a record.
 * Capitals that mark no name need nothing (weekdays, months, AM/PM, a sentence's first function word, a
 * headline's words the text also writes in lower case); any other word that names no entity is
 * acknowledged in the article's own `nonNames`, and an acknowledgement the text does not need is pointed
 * out. Warnings: a reviewer judges them, and they never fail the check.
 */
export const coverage: Rule<string[]> = {
  name: "coverage",
  description: "advice: every capitalized name in an article's content is a record's name form, or acknowledged in the article's nonNames",
  start: () => [],
  checkRecord(record, _context, forms) {
    const nameForms = (record.value as { nameForms?: unknown } | null)?.nameForms;
    if (Array.isArray(nameForms)) for (const form of nameForms) if (typeof form === "string") forms.push(form);
  },
  checkDirectory(_listing, { articles, seeds, seedText, report }, forms) {
    const index = new NameForms(forms);
    for (const [id, article] of articles) {
      const seed = seedText(id);
      const file = article.seed === undefined ? undefined : seeds.get(article.seed);
      if (!seed || !file) continue; // seed-integrity reports it
      const nonNames = nonNamesOf(article.record.value);
      const text = blank(seed.text, article.nonContent.map((span) => span.quote));
      const { uncovered, used, words } = uncoveredNames(text, index, new Set(nonNames.map((n) => n.word)));
      let lines: LineIndex | undefined; // made for the first warning: most texts have none
      for (const { phrase, offset, count } of uncovered) {
        report(file, {
          ...(lines ??= new LineIndex(seed.text)).position(offset),
          severity: "warning",
          message: `no record's name form covers "${phrase}" (article "${id}"${count > 1 ? `, ${count} times; the first here` : ""})`,
          hint: `if it names a person, organization, place, event or situation, add a record for it (or this name form, with evidence, to its record); if it names no entity, acknowledge its words in the "nonNames" of ${article.record.file}`,
        });
      }
      const seen = new Set<string>();
      for (const { word, index: i } of nonNames) {
        const message = seen.has(word)
          ? `"${word}" is acknowledged twice in nonNames`
          : !words.has(word)
            ? `"${word}" is acknowledged in nonNames, but the article's content has no such capitalized word`
            : !used.has(word)
              ? `"${word}" is acknowledged in nonNames, but no occurrence needs it: a record's name form covers it, or the check knows it as a common word where it stands`
              : undefined;
        seen.add(word);
        if (message) report(article.record, { pointer: `/nonNames/${i}/word`, severity: "warning", message, hint: "remove it from nonNames" });
      }
    }
  },
};

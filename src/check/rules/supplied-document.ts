import type { Rule } from "../rule.js";
import { showExact } from "../seed-text.js";

/** Whether date `a` is before date `b` at the precision both give (`2023-06` is not before `2023-06-15`). */
export function dateBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * What the contributor supplied with a document (`document`: URL, outlet, dates, title) stays apart from
 * what the text states: a supplied title the text contains belongs in the traced `title`, and a text is
 * not retrieved before it is published.
 */
export const suppliedDocument: Rule = {
  name: "supplied-document",
  description: "an article's supplied document metadata is consistent: retrieved not before published, and a supplied title the text contains is recorded as the traced title",
  checkRecord(record, { seedText, report }) {
    if (record.collection !== "articles") return;
    const article = record.value as { id?: unknown; document?: { published?: unknown; retrieved?: unknown; title?: unknown } } | null;
    const document = article?.document;
    if (document === null || typeof document !== "object") return;
    const { published, retrieved, title } = document;
    if (typeof published === "string" && typeof retrieved === "string" && dateBefore(retrieved, published)) {
      report(record, {
        pointer: "/document/retrieved",
        message: `retrieved ${retrieved} is before published ${published}`,
        hint: "a text cannot be retrieved before it is published: check both dates",
      });
    }
    const seed = typeof article?.id === "string" ? seedText(article.id) : undefined;
    if (typeof title === "string" && title !== "" && seed?.includes(title)) {
      report(record, {
        pointer: "/document/title",
        message: `the text contains the supplied title ${showExact(title)}: it is a title the text states, not document metadata`,
        hint: 'move it to "title": { "asStated": ..., "evidence": [{ "article": ..., "quote": ... }] }',
      });
    }
  },
};

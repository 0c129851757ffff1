// Spans an article record marks in its seed (non-content spans, captions), located once per check and
// shared by the rules that ask where a quote falls.
import type { ArticleFacts, CheckContext } from "./rule.js";

export interface LocatedSpan<T> {
  start: number;
  end: number;
  /** What the article says of the span (its kind...). */
  item: T;
}

// Per check, per kind of span, per article: asked once for every evidence of every record, so keyed
// without building a string per question.
const located = new WeakMap<CheckContext, Map<string, Map<string, LocatedSpan<unknown>[] | undefined>>>();

/**
 * Every occurrence in its seed of each text `pick` takes from an article's facts; undefined when the
 * article, its seed or its spans are missing. Cached per check, per article and per `kind` of span.
 */
export function locatedSpans<T>(context: CheckContext, articleId: string, kind: string, pick: (article: ArticleFacts) => { text: string; item: T }[]): LocatedSpan<T>[] | undefined {
  let byKind = located.get(context);
  if (!byKind) located.set(context, (byKind = new Map()));
  let byKey = byKind.get(kind);
  if (!byKey) byKind.set(kind, (byKey = new Map()));
  const key = articleId;
  if (!byKey.has(key)) {
    const article = context.articles.get(articleId);
    const seed = context.seedText(articleId);
    const list: LocatedSpan<T>[] = [];
    if (article && seed) {
      for (const { text, item } of pick(article)) {
        for (const start of seed.occurrences(text)) list.push({ start, end: start + text.length, item });
      }
    }
    byKey.set(key, list.length ? list : undefined);
  }
  return byKey.get(key) as LocatedSpan<T>[] | undefined;
}

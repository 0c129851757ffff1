// Spans an article record marks in its seed (non-content spans, captions), located once per check and
// shared by the rules that ask where a quote falls.
import type { ArticleFacts, CheckContext } from "./rule.js";

export interface LocatedSpan<T> {
  start: number;
  end: number;
  /** What the article says of the span (its kind...). */
  item: T;
}

const located = new WeakMap<CheckContext, Map<string, LocatedSpan<unknown>[] | undefined>>();

/**
 * Every occurrence in its seed of each text `pick` takes from an article's facts; undefined when the
 * article, its seed or its spans are missing. Cached per check, per article and per `kind` of span.
 */
export function locatedSpans<T>(context: CheckContext, articleId: string, kind: string, pick: (article: ArticleFacts) => { text: string; item: T }[]): LocatedSpan<T>[] | undefined {
  let byKey = located.get(context);
  if (!byKey) located.set(context, (byKey = new Map()));
  const key = `${kind}\u0000${articleId}`;
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

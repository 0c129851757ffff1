import type { CheckContext, Rule } from "../rule.js";
import { showExact } from "../seed-text.js";
import { allEvidence } from "../../shared/walk.js";
import { locatedSpans, type LocatedSpan } from "../article-spans.js";

/**
 * No evidence comes from a span its article marks as non-content (reader comments, follow links,
 * footers...), unless the evidence says so with `nonContent: true` to state a fact about the span
 * itself. Reader comments are never evidence.
 */
export const nonContent: Rule = {
  name: "non-content",
  description: "no evidence comes from a non-content span unless marked nonContent; reader comments are never evidence",
  checkDirectory(_directory, { articles, seedText, report }) {
    for (const [name, article] of articles) {
      const seed = seedText(name);
      if (!seed) continue;
      for (const span of article.nonContent) {
        if (seed.occurrences(span.quote).length === 0) report(article.record, { pointer: `/nonContent/${span.index}/quote`, message: `non-content span not found in the seed: ${showExact(span.quote.slice(0, 60))}`, hint: "copy the span's exact text from the seed" });
      }
    }
  },
  checkRecord(record, context) {
    const { seedText, report } = context;
    for (const { evidence, pointer } of allEvidence(record.value)) {
      const list = spansOf(context, evidence.article);
      const seed = list && seedText(evidence.article);
      if (!list || !seed) continue;
      const all = seed.occurrences(evidence.quote);
      // A stated occurrence is the passage meant (quote-placement checks it); otherwise every one counts.
      const stated = typeof evidence.occurrence === "number" ? all[evidence.occurrence - 1] : undefined;
      const found = stated === undefined ? all : [stated];
      if (found.length === 0) continue; // quote-in-seed reports it
      const overlapping = found.map((start) => list.find((s) => start < s.end && s.start < start + evidence.quote.length));
      const inContent = overlapping.some((s) => s === undefined);
      const span = overlapping.find((s) => s !== undefined);
      if (span?.item === "reader-comment" && !inContent) {
        report(record, { pointer: `${pointer}/quote`, message: `quote comes from a reader comment of "${evidence.article}": reader comments are never evidence`, hint: "cite the article's own text" });
      } else if (!inContent && evidence.nonContent !== true) {
        report(record, { pointer: `${pointer}/quote`, message: `quote comes from a ${span!.item} span of "${evidence.article}", which is not article content`, hint: 'cite the article\'s own text; for a fact about the span itself (e.g. who is named as licensor), mark the evidence "nonContent": true' });
      } else if (inContent && evidence.nonContent === true) {
        report(record, { pointer: `${pointer}/nonContent`, message: `evidence is marked nonContent, but its quote is article content`, hint: 'remove "nonContent": true' });
      }
    }
  },
};

/** The non-content spans of an article, located in its seed. */
function spansOf(context: CheckContext, articleId: string): LocatedSpan<string>[] | undefined {
  return locatedSpans(context, articleId, "non-content", (a) => a.nonContent.map((span) => ({ text: span.quote, item: span.kind })));
}

import type { CheckContext, Rule } from "../rule.js";
import { allEvidence } from "../../shared/walk.js";
import { locatedSpans, type LocatedSpan } from "../article-spans.js";

/**
 * Evidence says when its words are a photo caption's (`"from": "caption"`), and the mark is honest both
 * ways: a marked quote lies inside a caption its article records, and a quote that lies only inside
 * recorded captions carries the mark. A quote that runs across a caption's edge mixes caption and prose.
 */
export const captions: Rule = {
  name: "captions",
  description: 'evidence from a recorded caption is marked "from": "caption", and marked evidence lies inside one',
  checkRecord(record, context) {
    const { seedText, report } = context;
    for (const { evidence, pointer } of allEvidence(record.value)) {
      const marked = (evidence as { from?: unknown }).from === "caption";
      const list = captionsOf(context, evidence.article);
      if (!list && !marked) continue; // most articles record no caption: nothing to place
      const seed = seedText(evidence.article);
      if (!seed) continue;
      const found = seed.occurrences(evidence.quote);
      if (found.length === 0) continue; // quote-in-seed reports it
      const where = found.map((start) => {
        const end = start + evidence.quote.length;
        if (list?.some((s) => s.start <= start && end <= s.end)) return "inside";
        return list?.some((s) => start < s.end && s.start < end) ? "across" : "outside";
      });
      if (marked && !where.includes("inside")) {
        report(record, { pointer: `${pointer}/from`, message: `evidence is marked from a caption, but its quote lies in no caption that "${evidence.article}" records`, hint: 'record the caption in the article\'s `captions`, or remove "from": "caption"' });
      } else if (!marked && !where.includes("outside")) {
        const message = where.includes("inside") ? `quote comes from a photo caption of "${evidence.article}"` : `quote runs across the edge of a photo caption of "${evidence.article}"`;
        const hint = where.includes("inside") ? 'mark the evidence "from": "caption"' : 'quote the caption and the text beside it separately, and mark the caption\'s "from": "caption"';
        report(record, { pointer: `${pointer}/quote`, message, hint });
      }
    }
  },
};

/** The recorded captions of an article, located in its seed. */
function captionsOf(context: CheckContext, articleId: string): LocatedSpan<number>[] | undefined {
  return locatedSpans(context, articleId, "caption", (a) => a.captions.map((caption) => ({ text: caption.text, item: caption.index })));
}

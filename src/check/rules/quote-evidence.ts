import type { Rule } from "../rule.js";
import { isEvidence } from "../../shared/walk.js";
import type { Evidence } from "../../generated/schema/types.js";

interface QuoteLike {
  event?: unknown;
  variants?: unknown;
  evidence?: unknown;
}

const evidenceOf = (node: { evidence?: unknown } | null | undefined): Evidence[] => (Array.isArray(node?.evidence) ? node.evidence.filter(isEvidence) : []);
const key = (e: Evidence) => `${e.article}\u0000${e.quote}`;

/**
 * A quote's evidence is its reports. One report (the same words from the same passage of the same
 * article) belongs to one quote: a second quote holding it is the same statement recorded twice. And a
 * quote tied to no event cites nothing but the passages of its variants (with an event, a passage may
 * also tie it to the occasion).
 */
export const quoteEvidence: Rule<Map<string, string>> = {
  name: "quote-evidence",
  description: "a report of a statement belongs to one quote, and a quote without an event cites only its variants' passages",
  start: () => new Map(),
  checkRecord(record, { report }, reports) {
    if (record.collection !== "quotes" || record.id === undefined) return;
    const quote = (record.value ?? {}) as QuoteLike;
    const variants = Array.isArray(quote.variants) ? (quote.variants as ({ asStated?: unknown; evidence?: unknown } | null)[]) : [];
    const passages = new Set<string>();
    variants.forEach((variant, i) => {
      const evidence = evidenceOf(variant);
      for (const e of evidence) passages.add(key(e));
      if (typeof variant?.asStated !== "string") return;
      for (const article of new Set(evidence.map((e) => e.article))) {
        const report_ = [article, variant.asStated, ...evidence.filter((e) => e.article === article).map((e) => e.quote)].join("\u0000");
        const other = reports.get(report_);
        if (other === undefined) reports.set(report_, record.id!);
        else if (other !== record.id) {
          report(record, {
            pointer: `/variants/${i}`,
            message: `this report of "${article}" (${JSON.stringify(variant.asStated)}, from the same passage) is already a variant of the quote "${other}"`,
            hint: `one statement, one quote: keep the report in "${other}" and remove this one (or merge the two quotes)`,
          });
        }
      }
    });
    if (quote.event !== undefined) return;
    evidenceOf(quote).forEach((e, i) => {
      if (passages.has(key(e))) return;
      report(record, {
        pointer: `/evidence/${i}`,
        message: "the quote is tied to no event, and this evidence is not the passage of any of its variants",
        hint: "cite only the passages that report the statement; a passage that says where or when it was said belongs with an event (set \"event\")",
      });
    });
  },
};

import type { Rule } from "../rule.js";
import { looseMatchesIn, looseMatchFinding, SeedText, showExact } from "../seed-text.js";
import { traceIndex, type StatedAt } from "../../shared/walk.js";
import type { Evidence } from "../../generated/schema/types.js";
import { firstOccurrences } from "../substrings.js";

/** Every `asStated` string occurs in a quote of the evidence beside it (or of the nearest enclosing evidence). */
export const statedInEvidence: Rule = {
  name: "stated-in-evidence",
  description: "every asStated string occurs in an evidence quote of its own object or of the nearest enclosing object with evidence",
  checkRecord(record, { report, count, searchSteps }) {
    // Grouped by the evidence list they must occur in, each group in one pass over its quotes: string by
    // string, quote by quote, is quadratic on a hostile record (thousands of variants beside thousands of quotes).
    const groups = new Map<readonly Evidence[] | undefined, StatedAt[]>();
    for (const stated of traceIndex(record.value).stated) {
      count("verbatim strings traced");
      const group = groups.get(stated.evidence);
      if (group) group.push(stated);
      else groups.set(stated.evidence, [stated]);
    }
    for (const [evidence, group] of groups) {
      const quotes = (evidence ?? []).map((e) => e.quote);
      const exact = firstOccurrences(group.map((s) => s.asStated), quotes, searchSteps);
      const missed = group.filter((_, i) => !exact[i]);
      if (missed.length === 0) continue;
      const texts = quotes.map((q) => new SeedText(q));
      const near = SeedText.nearMissFound(texts, missed.map((s) => s.asStated), searchSteps);
      missed.forEach(({ asStated: stated, pointer: at }, i) => {
        // A near miss (quote style, a dash, a space) says exactly what to change, never "add evidence".
        const loose = looseMatchFinding(showExact(stated), "its evidence", near[i] ? looseMatchesIn(texts, stated, searchSteps) : []);
        report(record, {
          pointer: at,
          ...(loose ?? {
            message: `${showExact(stated)} does not occur in any evidence quote of this object or the objects around it`,
            hint: "asStated is copied exactly from the text; add evidence whose quote contains it",
          }),
        });
      });
    }
  },
};

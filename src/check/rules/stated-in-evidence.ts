import type { Rule } from "../rule.js";
import { looseMatchesIn, looseMatchFinding, showExact } from "../seed-text.js";
import { traceIndex } from "../../walk.js";

/** Every `asStated` string occurs in a quote of the evidence beside it (or of the nearest enclosing evidence). */
export const statedInEvidence: Rule = {
  name: "stated-in-evidence",
  description: "every asStated string occurs in an evidence quote of its own object or of the nearest enclosing object with evidence",
  checkRecord(record, { report, count }) {
    for (const { asStated: stated, pointer: at, evidence } of traceIndex(record.value).stated) {
      count("verbatim strings traced");
      if (evidence?.some((e) => e.quote.includes(stated))) continue;
      // A near miss (quote style, a dash, a space) says exactly what to change, never "add evidence".
      const loose = looseMatchFinding(showExact(stated), "its evidence", looseMatchesIn((evidence ?? []).map((e) => e.quote), stated));
      report(record, {
        pointer: at,
        ...(loose ?? {
          message: `${showExact(stated)} does not occur in any evidence quote of this object or the objects around it`,
          hint: "asStated is copied exactly from the text; add evidence whose quote contains it",
        }),
      });
    }
  },
};

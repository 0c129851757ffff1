import type { Rule } from "../rule.js";
import { SeedText, showExact } from "../seed-text.js";
import { walkObjects } from "../../walk.js";

/** Every `asStated` string occurs in a quote of the evidence beside it (or of the nearest enclosing evidence). */
export const statedInEvidence: Rule = {
  name: "stated-in-evidence",
  description: "every asStated string occurs in an evidence quote of its own object or of the nearest enclosing object with evidence",
  run({ valid, report, count }) {
    for (const record of valid()) {
      walkObjects(record.value, (node, pointer, evidence) => {
        if (typeof node.asStated !== "string") return;
        count("verbatim strings traced");
        const stated = node.asStated;
        const quotes = (evidence ?? []).map((e) => e.quote);
        if (quotes.some((q) => q.includes(stated))) return;
        const near = quotes.map((q) => new SeedText(q).nearMiss(stated)).find((n) => n !== undefined);
        report(record, {
          pointer: `${pointer}/asStated`,
          message: near
            ? `${showExact(stated)} is not in its evidence exactly: it differs only in ${near.differences.join(" and ")}. The quote has: ${showExact(near.exact)}`
            : `${showExact(stated)} does not occur in any evidence quote of this object or the objects around it`,
          hint: "asStated is copied exactly from the text; add evidence whose quote contains it",
        });
      });
    }
  },
};

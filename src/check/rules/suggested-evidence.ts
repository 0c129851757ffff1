import type { Rule } from "../rule.js";
import { allEvidence } from "../../shared/walk.js";

/**
 * Evidence that `suggest --write` added is marked `"suggested": true` until a person has read the passage
 * and judged that it is evidence of the record: nothing unreviewed passes silently. A warning, so that a
 * contributor can check and commit work in progress; review lists the marks still present.
 */
export const suggestedEvidence: Rule = {
  name: "suggested-evidence",
  description: "advice: evidence marked suggested has not yet been judged by a person",
  checkRecord(record, { report }) {
    for (const { evidence, pointer } of allEvidence(record.value)) {
      if (evidence.suggested !== true) continue;
      report(record, {
        pointer: `${pointer}/suggested`,
        severity: "warning",
        message: `evidence from "${evidence.article}" was proposed by suggest and not yet judged by a person`,
        hint: 'read the passage: if it is evidence of this record, remove "suggested": true; if not, remove the evidence',
      });
    }
  },
};

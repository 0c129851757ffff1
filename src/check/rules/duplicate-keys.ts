import type { Rule } from "../rule.js";
import { isCanonical } from "../canonical.js";

/** No JSON object repeats a key: JSON.parse would silently keep the last value and lose the others. */
export const duplicateKeys: Rule = {
  name: "duplicate-keys",
  description: "no JSON object has the same key twice",
  checkRecord(record, { report }) {
    if (record.problem) return;
    // A canonically formatted file cannot hide a duplicate: re-serializing would have dropped it.
    if (record.schemaValid && isCanonical(record)) return;
    for (const issue of record.positions().issues) {
      if (issue.kind === "duplicate-key") report(record, { message: issue.message, offset: issue.offset, hint: "keep one of the two" });
    }
  },
};

import validators from "../../generated/schema/validators.cjs";
import { explain } from "../../shared/explain.js";
import type { Rule } from "../rule.js";

/** Every record validates against its collection's JSON Schema (ajv, strict, all errors). */
export const schema: Rule = {
  name: "schema",
  description: "every record validates against the JSON Schema of its collection",
  checkRecord(record, { report }) {
    if (record.problem) return;
    const validate = validators[record.collection];
    if (validate(record.value)) {
      record.schemaValid = true;
      return;
    }
    const errors = validate.errors ?? [];
    for (const error of errors) {
      const finding = explain(record.collection, record.value, error, errors);
      if (finding) report(record, finding);
    }
  },
};

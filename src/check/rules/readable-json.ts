import type { Rule } from "../rule.js";

/** Every record file is a regular, UTF-8, well-formed JSON file of sane size, without BOM. */
export const readableJson: Rule = {
  name: "readable-json",
  description: "every record file is a regular UTF-8 JSON file (no BOM, no comments, no trailing commas) under the size limit",
  run({ dataset, report }) {
    for (const { file, message, hint } of dataset.strayFiles) report(file, { message: `${file.split("/").pop()} ${message}`, hint });
    for (const record of dataset.records) {
      const problem = record.problem;
      if (!problem) continue;
      const message = problem.kind === "file" ? `${record.name}.json ${problem.message}` : problem.message;
      report(record, { message, hint: problem.hint, offset: problem.offset });
    }
  },
};

import type { Rule } from "../rule.js";

/** Every record file is a regular, UTF-8, well-formed JSON file of sane size, without BOM. */
export const readableJson: Rule = {
  name: "readable-json",
  description: "every record file is a regular UTF-8 JSON file (no BOM, comments, trailing commas or lone surrogates) under the size limit",
  checkRecord(record, { report }) {
    const problem = record.problem;
    if (!problem) {
      if (!record.surrogateEscape) return;
      for (const issue of record.positions().issues) {
        if (issue.kind === "lone-surrogate") report(record, { message: issue.message, offset: issue.offset, hint: "write the character itself, or a complete surrogate pair" });
      }
      return;
    }
    const message = problem.kind === "file" ? `${record.name}.json ${problem.message}` : problem.message;
    report(record, { message, hint: problem.hint, offset: problem.offset });
  },
  checkDirectory(listing, { report }) {
    for (const { file, message, hint } of listing.strayFiles) report(file, { message: `${file.split("/").pop()} ${message}`, hint });
  },
};

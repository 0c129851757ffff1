import type { Rule } from "../rule.js";
import { canonicalText, isCanonical } from "../canonical.js";
import { showLine } from "../seed-text.js";

/** Files are in the one canonical formatting, so formatting never shows up in review. */
export const canonicalFormat: Rule = {
  name: "canonical-format",
  description: "every record file is in canonical formatting (schema key order, 2-space indent, final newline)",
  checkRecord(record, { report }) {
    if (record.problem || isCanonical(record)) return;
    // duplicate-keys says it; too deep to format, the schema rule says it.
    if (record.positions().issues.some((i) => i.kind === "duplicate-key" || i.kind === "too-deep")) return;
    const want = canonicalText(record.collection, record.value).split("\n");
    const have = record.text.split("\n");
    let line = 0;
    while (line < want.length && want[line] === have[line]) line++;
    const shown = (lines: string[]) => (line < lines.length ? showLine(lines[line]!) : "the end of the file");
    // A missing final newline leaves the last line the same: say what is missing rather than show equal lines.
    const message = line === want.length - 1 && have.length === want.length - 1
      ? "no newline at the end of the file"
      : `not in canonical formatting from this line on: found ${shown(have)}, expected ${shown(want)}`;
    report(record, { offset: undefined, line: line + 1, message, hint: "run `npm run fix` to rewrite the file" });
  },
};

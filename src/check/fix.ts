// Rewrites record files into canonical formatting. It never changes meaning: files that do not
// parse, or that hide a duplicate key, are left alone for the contributor to decide.
import { writeFileSync } from "node:fs";
import { canonicalText, isCanonical } from "./canonical.js";
import { loadDataset } from "./dataset.js";

export interface FixResult {
  rewritten: string[];
  /** Files fix would not touch, and why. */
  skipped: { file: string; reason: string }[];
}

export function fixDirectory(dir: string, options: { cwd?: string } = {}): FixResult {
  const dataset = loadDataset(dir, options.cwd);
  const result: FixResult = { rewritten: [], skipped: [] };
  for (const record of dataset.records) {
    if (record.problem) {
      result.skipped.push({ file: record.file, reason: record.problem.message });
      continue;
    }
    if (isCanonical(record)) continue;
    const issue = record.positions().issues[0];
    if (issue) {
      result.skipped.push({ file: record.file, reason: issue.message });
      continue;
    }
    writeFileSync(`${dataset.dir}/${record.collection}/${record.name}.json`, canonicalText(record.collection, record.value));
    result.rewritten.push(record.file);
  }
  return result;
}

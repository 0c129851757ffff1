// Runs every rule over a data directory and collects placed diagnostics and a summary of what was checked.
import type { Article } from "../generated/types.js";
import { collectionNames, type CollectionName } from "../collections.js";
import type { Diagnostic, Finding } from "./diagnostic.js";
import { loadDataset, RecordFile, type Dataset, type SeedFile } from "./dataset.js";
import type { Rule, RuleContext } from "./rule.js";
import { rules as allRules } from "./rules/index.js";
import { SeedText } from "./seed-text.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Records per collection, seeds, and what the rules counted as checked. */
  summary: { records: Record<CollectionName, number>; seeds: number; counts: Record<string, number> };
  dataset: Dataset;
}

function place(file: RecordFile | SeedFile | string, rule: string, finding: Finding): Diagnostic {
  const path = typeof file === "string" ? file : file.file;
  let line = finding.line ?? 1;
  let column = 1;
  if (file instanceof RecordFile && file.text) {
    if (finding.offset !== undefined) ({ line, column } = file.position(finding.offset));
    else if (finding.pointer !== undefined) ({ line, column } = file.locate(finding.pointer, finding.atKey));
  }
  const diagnostic: Diagnostic = { file: path, line, column, severity: finding.severity ?? "error", rule, message: finding.message };
  if (finding.pointer !== undefined) diagnostic.pointer = finding.pointer;
  if (finding.hint !== undefined) diagnostic.hint = finding.hint;
  return diagnostic;
}

export function runRules(dataset: Dataset, rules: readonly Rule[] = allRules): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const counts: Record<string, number> = {};
  const byId = Object.fromEntries(collectionNames.map((c) => [c, new Map<string, RecordFile>()])) as RuleContext["byId"];
  let valid: RecordFile[] | undefined;
  const seedTexts = new Map<string, SeedText | undefined>();
  let current = "";
  const context: RuleContext = {
    dataset,
    byId,
    valid: () => (valid ??= dataset.records.filter((r) => r.schemaValid)),
    seedText(articleId) {
      if (!seedTexts.has(articleId)) {
        const article = byId.articles.get(articleId)?.value as Article | undefined;
        const seed = article && dataset.seeds.get(article.seed);
        seedTexts.set(articleId, seed && !seed.problem && seed.sha256 === article.sha256 ? new SeedText(seed.text) : undefined);
      }
      return seedTexts.get(articleId);
    },
    report: (file, finding) => diagnostics.push(place(file, current, finding)),
    count: (what, n = 1) => void (counts[what] = (counts[what] ?? 0) + n),
  };
  for (const rule of rules) {
    current = rule.name;
    rule.run(context);
    if (rule.name === "schema") {
      for (const record of context.valid()) {
        const map = byId[record.collection];
        if (record.id !== undefined && !map.has(record.id)) map.set(record.id, record);
      }
    }
  }
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const records = Object.fromEntries(collectionNames.map((c) => [c, dataset.records.filter((r) => r.collection === c).length])) as CheckResult["summary"]["records"];
  return { diagnostics, summary: { records, seeds: dataset.seeds.size, counts }, dataset };
}

/** Checks a data directory: every rule, every file. */
export function checkDirectory(dir: string, options: { cwd?: string } = {}): CheckResult {
  return runRules(loadDataset(dir, options.cwd));
}

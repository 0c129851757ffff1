// Runs every rule over a data directory, on one thread. Records are checked one at a time and let go:
// each is read, parsed, put through every per-record rule, and dropped, so memory holds the directory's
// facts (ids, articles, seeds) and what the rules gather, never all records at once. The rules that span
// files run once at the end.
import { collectionNames, type CollectionName } from "../shared/collections.js";
import type { Diagnostic, Finding } from "./diagnostic.js";
import { listDataset, type Listing } from "../dataset/listing.js";
import { loadRecord, RecordFile } from "../dataset/record-file.js";
import { loadSeeds, type SeedFile } from "../dataset/seeds.js";
import { recordFiles } from "../dataset/read.js";
import type { AnyRule, ArticleFacts, CheckContext } from "./rule.js";
import { rules as allRules } from "./rules/index.js";
import { SeedText } from "./seed-text.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Records per collection, and seeds, as listed. */
  summary: { records: Record<CollectionName, number>; seeds: number };
  /** What the rules counted as checked (`evidence quotes traced`...). */
  counts: Record<string, number>;
}

function place(file: RecordFile | SeedFile | string, rule: string, finding: Finding): Diagnostic {
  let line = finding.line ?? 1;
  let column = finding.column ?? 1;
  if (file instanceof RecordFile && file.text) {
    if (finding.offset !== undefined) ({ line, column } = file.position(finding.offset));
    else if (finding.pointer !== undefined) ({ line, column } = file.locate(finding.pointer, finding.atKey));
  }
  const diagnostic: Diagnostic = { file: typeof file === "string" ? file : file.file, line, column, severity: finding.severity ?? "error", rule, message: finding.message };
  if (finding.pointer !== undefined) diagnostic.pointer = finding.pointer;
  if (finding.hint !== undefined) diagnostic.hint = finding.hint;
  return diagnostic;
}

/** What can be used of an article record whatever its schema errors: each fact only where it is well-formed. */
function articleFacts(record: RecordFile): ArticleFacts {
  const value = (record.value ?? {}) as { seed?: unknown; sha256?: unknown; nonContent?: unknown; captions?: unknown };
  const nonContent: ArticleFacts["nonContent"] = [];
  (Array.isArray(value.nonContent) ? (value.nonContent as unknown[]) : []).forEach((span, index) => {
    const { quote, kind } = (span ?? {}) as { quote?: unknown; kind?: unknown };
    if (typeof quote === "string" && quote !== "" && typeof kind === "string") nonContent.push({ quote, kind, index });
  });
  const captions: ArticleFacts["captions"] = [];
  (Array.isArray(value.captions) ? (value.captions as unknown[]) : []).forEach((caption, index) => {
    const { asStated } = (caption ?? {}) as { asStated?: unknown };
    if (typeof asStated === "string" && asStated !== "") captions.push({ text: asStated, index });
  });
  return {
    record,
    seed: typeof value.seed === "string" ? value.seed : undefined,
    sha256: typeof value.sha256 === "string" && /^[0-9a-f]{64}$/.test(value.sha256) ? value.sha256 : undefined,
    nonContent,
    captions,
  };
}

/**
 * The context every rule reads, gathered before any record is checked: ids from the listing, seeds read
 * and hashed once, and the articles (a few files), valid or not.
 */
function contextFor(listing: Listing, rules: readonly AnyRule[], diagnostics: Diagnostic[], counts: Record<string, number>) {
  const ids = Object.fromEntries(collectionNames.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const entry of listing.records) ids[entry.collection].add(entry.name);
  const articles = new Map<string, ArticleFacts>();
  let articleWithoutSeed = false;
  for (const entry of listing.records) {
    if (entry.collection !== "articles") continue;
    const record = loadRecord(listing, entry);
    const facts = record.problem || record.value === null || typeof record.value !== "object" ? undefined : articleFacts(record);
    if (facts) articles.set(entry.name, facts);
    if (!facts?.seed) articleWithoutSeed = true;
  }
  const seeds = loadSeeds(listing);
  const seedTexts = new Map<string, SeedText | undefined>();
  const running = { rule: rules[0]?.name ?? "" };
  const context: CheckContext = {
    ids,
    articles,
    articleWithoutSeed,
    seeds,
    seedText(articleId) {
      if (!seedTexts.has(articleId)) {
        const article = articles.get(articleId);
        const seed = article?.seed === undefined ? undefined : seeds.get(article.seed);
        seedTexts.set(articleId, seed && !seed.problem && article!.sha256 !== undefined && seed.sha256 === article!.sha256 ? new SeedText(seed.text) : undefined);
      }
      return seedTexts.get(articleId);
    },
    report: (file, finding) => void diagnostics.push(place(file, running.rule, finding)),
    count: (what, n = 1) => void (counts[what] = (counts[what] ?? 0) + n),
  };
  return { context, running };
}

/** Checks a data directory: every rule, every file. Diagnostics come sorted by file, line and column. */
export function checkDirectory(dir: string, options: { cwd?: string; rules?: readonly AnyRule[] } = {}): CheckResult {
  const rules = options.rules ?? allRules;
  const listing = listDataset(dir, options.cwd);
  const diagnostics: Diagnostic[] = [];
  const counts: Record<string, number> = {};
  const { context, running } = contextFor(listing, rules, diagnostics, counts);
  const states = rules.map((rule) => rule.start?.());
  for (const record of recordFiles(listing)) {
    rules.forEach((rule, i) => {
      running.rule = rule.name;
      rule.checkRecord?.(record, context, states[i]);
    });
  }
  rules.forEach((rule, i) => {
    running.rule = rule.name;
    rule.checkDirectory?.(listing, context, states[i]);
  });
  // Stable: findings on one line keep the order of the rules that made them.
  const ruleOrder = new Map(rules.map((r, i) => [r.name, i]));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!));
  const records = Object.fromEntries(collectionNames.map((c) => [c, 0])) as CheckResult["summary"]["records"];
  for (const entry of listing.records) records[entry.collection]++;
  return { diagnostics, summary: { records, seeds: listing.seeds.length }, counts };
}

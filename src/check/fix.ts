// Rewrites record files into canonical formatting, and replaces a quote that misses its seed only by
// whitespace, quote or dash style with the seed's exact text. It never changes meaning: files that do
// not parse, or that hide a duplicate key, are left alone for the contributor to decide.
import { writeFileSync } from "node:fs";
import type { Article, Evidence } from "../generated/types.js";
import { allEvidence } from "../walk.js";
import { canonicalText, isCanonical } from "./canonical.js";
import { loadDataset } from "./dataset.js";
import { SeedText } from "./seed-text.js";

export interface FixResult {
  rewritten: string[];
  /** Quotes replaced by the seed's exact text: file, pointer, before and after. */
  quotes: { file: string; pointer: string; from: string; to: string }[];
  /** Files fix would not touch, and why. */
  skipped: { file: string; reason: string }[];
}

export function fixDirectory(dir: string, options: { cwd?: string } = {}): FixResult {
  const dataset = loadDataset(dir, options.cwd);
  const result: FixResult = { rewritten: [], quotes: [], skipped: [] };
  const seeds = new Map<string, SeedText>();
  for (const record of dataset.records) {
    const article = record.collection === "articles" ? (record.value as Article | undefined) : undefined;
    const seed = article && typeof article.seed === "string" ? dataset.seeds.get(article.seed) : undefined;
    if (article && seed && !seed.problem && seed.sha256 === article.sha256) seeds.set(article.id, new SeedText(seed.text));
  }
  for (const record of dataset.records) {
    if (record.problem) {
      result.skipped.push({ file: record.file, reason: record.problem.message });
      continue;
    }
    const issue = record.positions().issues[0];
    if (issue) {
      result.skipped.push({ file: record.file, reason: issue.message });
      continue;
    }
    let changed = false;
    for (const { evidence, pointer } of allEvidence(record.value)) {
      const e = evidence as Partial<Evidence>;
      const seed = typeof e.article === "string" ? seeds.get(e.article) : undefined;
      if (!seed || typeof e.quote !== "string" || seed.includes(e.quote)) continue;
      const near = seed.nearMiss(e.quote);
      if (!near) continue;
      result.quotes.push({ file: record.file, pointer: `${pointer}/quote`, from: e.quote, to: near.exact });
      e.quote = near.exact;
      changed = true;
    }
    if (!changed && isCanonical(record)) continue;
    writeFileSync(`${dataset.dir}/${record.collection}/${record.name}.json`, canonicalText(record.collection, record.value));
    result.rewritten.push(record.file);
  }
  return result;
}

// Runs every rule over a data directory. Records are checked one at a time and let go: each is read,
// parsed, put through every per-record rule, and reduced to its file and id, so memory holds the
// directory's facts (ids, articles, seeds), never all records at once. The rules that span files run
// once at the end. Split into shards, the per-record work runs on several threads (src/check/parallel.ts).
import { collectionNames, type CollectionName } from "../collections.js";
import type { Diagnostic, Finding } from "./diagnostic.js";
import { listDataset, loadRecord, loadSeeds, RecordFile, recordLocation, type Listing, type SeedFile } from "./dataset.js";
import type { ArticleFacts, CheckContext, Rule } from "./rule.js";
import { rules as allRules } from "./rules/index.js";
import { SeedText } from "./seed-text.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Records per collection and seeds: counted from the listing, so an incremental check states the same. */
  summary: { records: Record<CollectionName, number>; seeds: number };
  /**
   * What the rules counted as checked (`evidence quotes traced`...), in a full check only: an incremental
   * check (src/check/incremental.ts) does not read the records it skips, so the report leaves this out.
   */
  counts?: Record<string, number>;
}

/** What the per-record rules found in a run of records, and the ids those records declare. */
export interface ShardResult {
  diagnostics: RankedDiagnostic[];
  counts: Record<string, number>;
  /** For each record (by its place in the listing) whose declared id is not its file name: that id, or null for none. */
  idExceptions: [number, string | null][];
}

/** A diagnostic with the position of its rule, so that sorting gives one order however the work was split. */
export type RankedDiagnostic = Diagnostic & { ruleIndex: number };

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

/** Where the rules report to: placed diagnostics and counts, tagged with the rule that is running. */
class Collector {
  readonly diagnostics: RankedDiagnostic[] = [];
  readonly counts: Record<string, number> = {};
  ruleIndex = 0;
  constructor(private readonly rules: readonly Rule[]) {}
  report = (file: RecordFile | SeedFile | string, finding: Finding): void => {
    this.diagnostics.push({ ...place(file, this.rules[this.ruleIndex]!.name, finding), ruleIndex: this.ruleIndex });
  };
  count = (what: string, n = 1): void => {
    this.counts[what] = (this.counts[what] ?? 0) + n;
  };
}

export type Facts = Pick<CheckContext, "ids" | "articles" | "articleWithoutSeed" | "seeds">;

/** What can be used of an article record whatever its schema errors: each fact only where it is well-formed. */
function articleFacts(record: RecordFile): ArticleFacts {
  const value = (record.value ?? {}) as { seed?: unknown; sha256?: unknown; nonContent?: unknown; captions?: unknown };
  const spans = Array.isArray(value.nonContent) ? (value.nonContent as unknown[]) : [];
  const nonContent: ArticleFacts["nonContent"] = [];
  spans.forEach((span, index) => {
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
 * The facts every rule may need about the whole directory, gathered before any record is checked:
 * ids from the listing, seeds read and hashed once, and the articles (a few files), valid or not.
 */
export function directoryFacts(listing: Listing): Facts {
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
  return { ids, articles, articleWithoutSeed, seeds: loadSeeds(listing) };
}

function contextFor(facts: Facts, collector: Collector): CheckContext {
  const seedTexts = new Map<string, SeedText | undefined>();
  return {
    ...facts,
    seedText(articleId) {
      if (!seedTexts.has(articleId)) {
        const article = facts.articles.get(articleId);
        const seed = article?.seed === undefined ? undefined : facts.seeds.get(article.seed);
        seedTexts.set(articleId, seed && !seed.problem && article!.sha256 !== undefined && seed.sha256 === article!.sha256 ? new SeedText(seed.text) : undefined);
      }
      return seedTexts.get(articleId);
    },
    report: collector.report,
    count: collector.count,
  };
}

/** Which records a thread checks: every `shards`-th of the listing, from `shard` (so each gets its share of every collection). */
export interface Shard {
  shard: number;
  shards: number;
}

/**
 * Checks a shard of the records with every per-record rule, one record at a time, keeping nothing of
 * a record but its findings and, when it differs from the file name, its id. What it returns is small
 * enough to send between threads.
 */
export function checkShard(
  listing: Pick<Listing, "dir" | "cwd" | "records">,
  facts: Facts,
  { shard, shards }: Shard = { shard: 0, shards: 1 },
  rules: readonly Rule[] = allRules,
): ShardResult {
  const indices: number[] = [];
  for (let i = shard; i < listing.records.length; i += shards) indices.push(i);
  return checkRecords(listing, facts, indices, rules);
}

/** What the incremental checks learn of each record as it is checked: its bytes as read, and what it found. */
export interface RecordHooks {
  onBytes?: (index: number, bytes: Uint8Array) => void;
  visit?: (index: number, record: RecordFile, diagnostics: readonly RankedDiagnostic[]) => void;
}

/**
 * Checks the records at these places of the listing, in this order. `hooks.visit`, when given, sees each
 * record once checked, with the diagnostics it got (an incremental check keeps them per file);
 * `hooks.onBytes`, the bytes of each record as read (the cache hashes them).
 */
export function checkRecords(
  listing: Pick<Listing, "dir" | "cwd" | "records">,
  facts: Facts,
  indices: Iterable<number>,
  rules: readonly Rule[] = allRules,
  hooks: RecordHooks = {},
): ShardResult {
  const { visit, onBytes } = hooks;
  const collector = new Collector(rules);
  const context = contextFor(facts, collector);
  const idExceptions: ShardResult["idExceptions"] = [];
  for (const i of indices) {
    const record = loadRecord(listing, listing.records[i]!, onBytes && ((bytes) => onBytes(i, bytes)));
    const before = collector.diagnostics.length;
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index]!;
      collector.ruleIndex = index;
      rule.checkRecord?.(record, context);
    }
    if (record.id !== record.name) idExceptions.push([i, record.id ?? null]);
    visit?.(i, record, collector.diagnostics.slice(before));
  }
  return { diagnostics: collector.diagnostics, counts: collector.counts, idExceptions };
}

/** Runs the rules that span files, merges the shards' findings and sorts them into one stable order. */
export function finishCheck(
  listing: Listing,
  facts: Facts,
  shards: readonly ShardResult[],
  rules: readonly Rule[] = allRules,
): CheckResult {
  const exceptions = new Map(shards.flatMap((s) => s.idExceptions));
  const directory = {
    listing,
    idAt: (index: number) => (exceptions.has(index) ? (exceptions.get(index) ?? undefined) : listing.records[index]!.name),
    fileAt(index: number) {
      const entry = listing.records[index]!;
      const { path, file } = recordLocation(listing, entry.collection, entry.name);
      const record = new RecordFile(entry.collection, file, entry.name, path);
      record.releaseText(); // read again, from the file, only if an error must be placed in it
      record.declaredId = directory.idAt(index);
      return record;
    },
  };
  const collector = new Collector(rules);
  const context = contextFor(facts, collector);
  rules.forEach((rule, index) => {
    collector.ruleIndex = index;
    rule.checkDirectory?.(directory, context);
  });
  const ranked = [...shards.flatMap((s) => s.diagnostics), ...collector.diagnostics];
  ranked.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleIndex - b.ruleIndex));
  const diagnostics = ranked.map(({ ruleIndex: _, ...d }) => d);
  const counts: Record<string, number> = {};
  for (const found of [...shards.map((s) => s.counts), collector.counts]) for (const [what, n] of Object.entries(found)) counts[what] = (counts[what] ?? 0) + n;
  const perCollection = Object.fromEntries(collectionNames.map((c) => [c, 0])) as CheckResult["summary"]["records"];
  for (const entry of listing.records) perCollection[entry.collection]++;
  return { diagnostics, summary: { records: perCollection, seeds: listing.seeds.length }, counts };
}

/** Checks a data directory on this thread: every rule, every file. */
export function checkDirectory(dir: string, options: { cwd?: string; rules?: readonly Rule[] } = {}): CheckResult {
  const listing = listDataset(dir, options.cwd);
  const facts = directoryFacts(listing);
  return finishCheck(listing, facts, [checkShard(listing, facts, undefined, options.rules)], options.rules);
}

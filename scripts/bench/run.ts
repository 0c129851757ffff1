// `npm run bench`: at 1 000, 10 000 and 100 000 records, the whole-process wall time and peak memory
// (median of --runs repetitions) of five ways to read the same data, side by side, and of building the
// evidence explorer from it (`npm run site -- --data`, which fails the bench if any file of the site is
// over MAX_SITE_FILE), written to BENCHMARKS.md.
// `--sizes 200 --runs 1 --out FILE` makes the small smoke run that `npm test` does.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { collections, type CollectionName } from "../../src/shared/collections.js";
import { canonicalText } from "../../src/check/canonical.js";
import { generateDataset } from "./generate-dataset.js";

const root = new URL("../../", import.meta.url).pathname;
const here = new URL("./", import.meta.url).pathname;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
}

const sizes = option("sizes", "1000,10000,100000").split(",").map(Number);
const runs = Number(option("runs", "5"));
const outFile = option("out", join(root, "BENCHMARKS.md"));

interface Measure {
  seconds: number;
  peakMiB: number;
}

/** Runs a node script in a fresh process; the preload reports its peak RSS at exit. */
function measure(args: string[], cwd = root): Measure {
  const report = join(tmpdir(), `icr-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--require", join(here, "peak-rss.cjs"), ...args], {
    cwd,
    env: { ...process.env, ICR_RSS_FILE: report, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
  const peakMiB = Number(readFileSync(report, "utf8")) / 1024;
  rmSync(report, { force: true });
  return { seconds, peakMiB };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function repeat(args: string[], cwd?: string, before?: () => void): Measure {
  const all = Array.from({ length: runs }, () => {
    before?.();
    return measure(args, cwd);
  });
  return { seconds: median(all.map((m) => m.seconds)), peakMiB: median(all.map((m) => m.peakMiB)) };
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/** A copy of the built package whose dist/data holds the synthetic records: what `import` would load. */
function packageWithData(data: string, into: string): string {
  const pkg = join(into, "node_modules/iran-cuba-relations");
  mkdirSync(pkg, { recursive: true });
  cpSync(join(root, "dist"), join(pkg, "dist"), { recursive: true });
  cpSync(join(root, "package.json"), join(pkg, "package.json"));
  for (const c of Object.keys(collections) as CollectionName[]) {
    const records = readdirSync(join(data, c)).map((f) => JSON.parse(readFileSync(join(data, c, f), "utf8")));
    writeFileSync(join(pkg, "dist/data", `${c}.json`), JSON.stringify({ $comment: "synthetic", records }));
  }
  return pkg;
}

/** How many record files the incremental rows change. */
const CHANGED_FILES = 10;

/**
 * The incremental rows: the data committed to a git repository, then CHANGED_FILES people records
 * edited; `check --changed HEAD`, and `check --cache` with the cache the clean data left (put back before
 * every run, so that each run finds the same CHANGED_FILES files changed).
 */
function incremental(data: string, records: number): { changed: Measure; cache: Measure; statFloor: Measure } {
  const git = (...args: string[]) => {
    const child = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: data, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`git ${args[0]} failed: ${child.stderr}`);
  };
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "clean");
  const cache = join(data, "..", `cache-${records}.json`);
  const clean = `${cache}.clean`;
  // Files written in the last 2 s are hashed rather than trusted by their times (src/check/cache.ts): wait them out.
  spawnSync("sleep", ["2.1"]);
  measure([join(root, "dist/cli.js"), "check", data, "--cache", "--cache-location", cache]);
  cpSync(cache, clean);
  const people = readdirSync(join(data, "people")).slice(0, CHANGED_FILES);
  for (const file of people) {
    const path = join(data, "people", file);
    const person = JSON.parse(readFileSync(path, "utf8"));
    person.name = `${person.name} Jr.`;
    writeFileSync(path, canonicalText("people", person));
  }
  return {
    statFloor: repeat([join(here, "stat-floor.mjs"), data]),
    changed: repeat([join(root, "dist/cli.js"), "check", data, "--changed", "HEAD"]),
    cache: repeat([join(root, "dist/cli.js"), "check", data, "--cache", "--cache-location", cache], undefined, () => cpSync(clean, cache)),
  };
}

/** No file of the site may weigh more than this: long lists are paginated, the search index sharded. */
const MAX_SITE_FILE = 300 * 1024;

function filesIn(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesIn(path) : [{ path, bytes: statSync(path).size }];
  });
}

interface SiteRow { build: Measure; files: number; largest: { path: string; bytes: number } }

/** Builds the site of a data directory afresh each run (removing the previous one is not timed), then weighs its files. */
function siteOf(data: string, into: string): SiteRow {
  const all: Measure[] = [];
  const out = join(into, "site");
  for (let i = 0; i < runs; i++) {
    rmSync(out, { recursive: true, force: true });
    // `--import tsx` in the measured process itself: tsx's CLI would run the script in a child, unmeasured.
    all.push(measure(["--import", "tsx", join(root, "scripts/site.ts"), "--data", data, "--out", out]));
  }
  const files = filesIn(out);
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  if (largest.bytes > MAX_SITE_FILE) throw new Error(`site of ${data}: ${largest.path} weighs ${(largest.bytes / 1024).toFixed(0)} KB, over the ${MAX_SITE_FILE / 1024} KB limit (paginate it)`);
  return { build: { seconds: median(all.map((m) => m.seconds)), peakMiB: median(all.map((m) => m.peakMiB)) }, files: files.length, largest: { path: largest.path.slice(out.length + 1), bytes: largest.bytes } };
}

interface Row {
  records: number;
  seeds: number;
  dataMiB: number;
  baseline: Measure;
  check: Measure;
  checkOneThread: Measure;
  ajv: Measure;
  zod: Measure;
  importPackage: Measure;
  parseSameBytes: Measure;
  changed: Measure;
  cache: Measure;
  statFloor: Measure;
  exportAll: Measure;
  site: SiteRow;
}

const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), "icr-bench-"));
try {
  for (const records of sizes) {
    const seeds = Math.max(1, Math.round(records / 100));
    const data = join(work, `data-${records}`);
    generateDataset({ records, seeds, out: data, seed: 1 });
    const dataMiB = dirBytes(data) / 1024 / 1024;
    const consumer = join(work, `consumer-${records}`);
    const pkg = packageWithData(data, consumer);
    console.log(`${records} records, ${seeds} seeds, ${dataMiB.toFixed(1)} MiB: measuring ${runs}× each…`);
    const schemaArgs = ["-r", join(root, "schema/defs.schema.json")];
    rows.push({
      records,
      seeds,
      dataMiB,
      baseline: repeat([join(here, "baseline.mjs"), data]),
      check: repeat([join(root, "dist/cli.js"), "check", data]),
      checkOneThread: repeat([join(root, "dist/cli.js"), "check", data, "--jobs", "1"]),
      ajv: repeat([join(here, "ajv-cli-all.mjs"), data, ...schemaArgs]),
      // tsx as a loader in the measured process: its CLI would parse in a child whose memory the preload cannot see.
      zod: repeat(["--import", "tsx", join(here, "zod-parse.ts"), data]),
      importPackage: repeat([join(here, "import-package.mjs"), pkg]),
      parseSameBytes: repeat([join(here, "parse-same-bytes.mjs"), join(pkg, "dist/data")]),
      site: siteOf(data, consumer),
      // Every artefact of exports/ (CSV, Parquet, NDJSON, evidence, annotations, JSON-LD). tsx as a loader in
      // the measured process (its CLI would run the script in a child whose memory the preload cannot see).
      exportAll: repeat(["--import", "tsx", join(root, "scripts/export.ts"), "--data", data, "--out", join(work, `exports-${records}`)]),
      // Last: it edits the data.
      ...incremental(data, records),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const f = (n: number) => n.toFixed(2);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
let md = `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.ts); do not edit by hand. Whole-process wall time and peak
resident memory, median of ${runs} runs, all measured in one run on one machine, so the **ratios** are what
to compare (absolute times drift on shared machines).

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}.
Data: \`npm run bench:generate\` (scripts/bench/generate-dataset.ts), one seed per 100 records (~5 KB each).

Row 2 is the check as it runs by default (one thread per 20 000 records, at most one per core); row 2b is
the same check held to one thread with \`--jobs 1\`.

| records | seeds | data MiB | 1 baseline: read + JSON.parse | 2 check (all rules) | 2b check --jobs 1 | 3 ajv-cli validate (schema only) | 4 zod safeParse | 5a import package | 5b JSON.parse same bytes | 6 npm run export (every format) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
`;
for (const r of rows) {
  const cell = (m: Measure) => `${f(m.seconds)} s, ${m.peakMiB.toFixed(0)} MiB`;
  md += `| ${r.records} | ${r.seeds} | ${r.dataMiB.toFixed(1)} | ${cell(r.baseline)} | ${cell(r.check)} | ${cell(r.checkOneThread)} | ${cell(r.ajv)} | ${cell(r.zod)} | ${cell(r.importPackage)} | ${cell(r.parseSameBytes)} | ${cell(r.exportAll)} |\n`;
}
md += `
## Ratios against the targets

| records | check ÷ baseline (target ≤ 1.5×) | ajv-cli ÷ check (target ≥ 2.5×) | import ÷ JSON.parse (target ≤ 1.2×) | check peak ÷ data size (target ≤ 3×) | one thread: check ÷ baseline | one thread: ajv-cli ÷ check | one thread: peak ÷ data size |
| --- | --- | --- | --- | --- | --- | --- | --- |
`;
for (const r of rows) {
  md += `| ${r.records} | ${ratio(r.check.seconds, r.baseline.seconds)} | ${ratio(r.ajv.seconds, r.check.seconds)} | ${ratio(r.importPackage.seconds, r.parseSameBytes.seconds)} | ${ratio(r.check.peakMiB, r.dataMiB)} | ${ratio(r.checkOneThread.seconds, r.baseline.seconds)} | ${ratio(r.ajv.seconds, r.checkOneThread.seconds)} | ${ratio(r.checkOneThread.peakMiB, r.dataMiB)} |\n`;
}
// Which sizes meet each target in this run, judged on the ratios as printed (two decimals): the prose
// below explains the misses without restating which sizes they are, since that can change run to run.
const targets: { name: string; ratio: (r: Row) => number; atMost?: number; atLeast?: number }[] = [
  { name: "check ÷ baseline ≤ 1.5×", ratio: (r) => r.check.seconds / r.baseline.seconds, atMost: 1.5 },
  { name: "ajv-cli ÷ check ≥ 2.5×", ratio: (r) => r.ajv.seconds / r.check.seconds, atLeast: 2.5 },
  { name: "import ÷ JSON.parse ≤ 1.2×", ratio: (r) => r.importPackage.seconds / r.parseSameBytes.seconds, atMost: 1.2 },
  { name: "check peak ÷ data size ≤ 3×", ratio: (r) => r.check.peakMiB / r.dataMiB, atMost: 3 },
  { name: "one thread: peak ÷ data size ≤ 3×", ratio: (r) => r.checkOneThread.peakMiB / r.dataMiB, atMost: 3 },
  { name: "--changed ÷ check ≤ 0.1× (below)", ratio: (r) => r.changed.seconds / r.check.seconds, atMost: 0.1 },
  { name: "--cache ÷ check ≤ 0.1× (below)", ratio: (r) => r.cache.seconds / r.check.seconds, atMost: 0.1 },
];
const meets = (t: (typeof targets)[number], r: Row) => {
  const shown = Number(t.ratio(r).toFixed(2));
  return t.atMost !== undefined ? shown <= t.atMost : shown >= t.atLeast!;
};
const sizesWhere = (t: (typeof targets)[number], met: boolean) => rows.filter((r) => meets(t, r) === met).map((r) => r.records).join(", ") || "none";
md += `
Targets, size by size, in this run:

| target | met at | missed at |
| --- | --- | --- |
${targets.map((t) => `| ${t.name} | ${sizesWhere(t, true)} | ${sizesWhere(t, false)} |`).join("\n")}
`;
md += `
## The evidence explorer built from the same data

\`npm run site -- --data DIR --out DIR\` (scripts/site.ts), from an empty output folder. The bench fails if
any file of the site weighs over ${MAX_SITE_FILE / 1024} KB.

| records | site build | files written | largest file |
| --- | --- | --- | --- |
`;
for (const r of rows) md += `| ${r.records} | ${f(r.site.build.seconds)} s, ${r.site.build.peakMiB.toFixed(0)} MiB | ${r.site.files} | ${(r.site.largest.bytes / 1024).toFixed(0)} KB (${r.site.largest.path}) |\n`;
md += `
## Incremental checks: ${CHANGED_FILES} changed files

The data committed to git, then ${CHANGED_FILES} people records edited (a valid change each). \`--changed HEAD\` asks git
what differs and re-checks it and what depends on it; \`--cache\` starts each run from the cache the clean data
left, so it finds the same ${CHANGED_FILES} files changed. Both run on one thread and print the full check's report.
The last columns compare them with what noticing any edit at all costs: listing every record folder and
\`lstat\`-ing every record file, nothing read (scripts/bench/stat-floor.mjs, in a process of its own).

| records | check --changed HEAD | check --cache (warm) | --changed ÷ check (target ≤ 0.1×) | --cache ÷ check (target ≤ 0.1×) | --changed ÷ baseline | --cache ÷ baseline | list + lstat every file | list + lstat ÷ check | --changed ÷ list + lstat | --cache ÷ list + lstat |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
`;
for (const r of rows) {
  const cell = (m: Measure) => `${f(m.seconds)} s, ${m.peakMiB.toFixed(0)} MiB`;
  md += `| ${r.records} | ${cell(r.changed)} | ${cell(r.cache)} | ${ratio(r.changed.seconds, r.check.seconds)} | ${ratio(r.cache.seconds, r.check.seconds)} | ${ratio(r.changed.seconds, r.baseline.seconds)} | ${ratio(r.cache.seconds, r.baseline.seconds)} | ${cell(r.statFloor)} | ${ratio(r.statFloor.seconds, r.check.seconds)} | ${ratio(r.changed.seconds, r.statFloor.seconds)} | ${ratio(r.cache.seconds, r.statFloor.seconds)} |\n`;
}
if (rows.length > 1) {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = (a: Measure, b: Measure) => `${(b.seconds / a.seconds).toFixed(1)}×`;
  md += `
## Growth from ${first.records} to ${last.records} records (${(last.records / first.records).toFixed(0)}× the records)

| baseline | check | ajv-cli | zod | import | site build | export |
| --- | --- | --- | --- | --- | --- | --- |
| ${growth(first.baseline, last.baseline)} | ${growth(first.check, last.check)} | ${growth(first.ajv, last.ajv)} | ${growth(first.zod, last.zod)} | ${growth(first.importPackage, last.importPackage)} | ${growth(first.site.build, last.site.build)} | ${growth(first.exportAll, last.exportAll)} |

Process start-up dominates at the small size, so growth below the record ratio is expected; growth above it
would show a super-linear step.
`;
}
const notesFile = join(here, "NOTES.md");
if (existsSync(notesFile)) md += `\n${readFileSync(notesFile, "utf8")}`;
writeFileSync(outFile, md);
console.log(`wrote ${outFile}`);

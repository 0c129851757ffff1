// `npm run bench [-- --sizes 1000,10000,100000 --runs 3 --out BENCHMARKS.md]`: on synthetic data
// (generate-dataset.ts), the wall time (median of --runs) and peak memory of each step a user runs, as
// separate processes, beside the floor of reading and parsing the same files; written to BENCHMARKS.md.
// Fails if any file of the built site is over MAX_SITE_FILE.
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { collectionNames, collections } from "../../src/shared/collections.js";
import { generateDataset } from "./generate-dataset.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, runs: { type: "string", default: "3" }, out: { type: "string", default: join(root, "BENCHMARKS.md") } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
/** No file of the site may weigh more than this: long lists are paginated, the search index split. */
const MAX_SITE_FILE = 300 * 1024;
const work = mkdtempSync("/tmp/bench2-");
const loadBefore = loadavg()[1]!;

interface Measure { seconds: number; cpu: number; peakMiB: number }

/** One run of `node ARGS` in a fresh process; peak-rss.cjs, preloaded, writes its peak memory and CPU time at exit. */
function once(args: string[]): Measure {
  const report = join(work, "rss");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--require", join(here, "peak-rss.cjs"), ...args], { cwd: root, env: { ...process.env, ICR_RSS_FILE: report, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
  const [kib, micros] = readFileSync(report, "utf8").split(" ").map(Number);
  return { seconds, cpu: micros! / 1e6, peakMiB: kib! / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The median of `runs` measures (each a sequence of processes: times add up, the peak is the largest). */
function repeat(steps: () => string[][], before?: () => void): Measure {
  const all = Array.from({ length: runs }, () => {
    before?.();
    const each = steps().map(once);
    return { seconds: each.reduce((s, m) => s + m.seconds, 0), cpu: each.reduce((s, m) => s + m.cpu, 0), peakMiB: Math.max(...each.map((m) => m.peakMiB)) };
  });
  return { seconds: median(all.map((m) => m.seconds)), cpu: median(all.map((m) => m.cpu)), peakMiB: median(all.map((m) => m.peakMiB)) };
}

const filesIn = (dir: string): { path: string; bytes: number }[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => ({ path: join(e.parentPath, e.name), bytes: statSync(join(e.parentPath, e.name)).size }));

// ajv-cli as a contributor would run it: one process per collection, the collection's schema only.
const ajvCli = (data: string) =>
  collectionNames.filter((c) => readdirSync(join(data, c)).length > 0).map((c) => [join(root, "node_modules/ajv-cli/dist/index.js"), "validate", "--spec=draft2020", "--strict=true", "--strict-required=false", "--all-errors", "-c", join(here, "ajv-keywords.cjs"), "-s", join(root, `schema/${collections[c].singular}.schema.json`), "-r", join(root, "schema/defs.schema.json"), "-d", join(data, c, "*.json")]);

interface Row { records: number; dataMiB: number; floor: Measure; check: Measure; ajv: Measure; exportAll: Measure; site: Measure; largest: { path: string; bytes: number } }
const rows: Row[] = [];
try {
  for (const records of sizes) {
    const data = join(work, `data-${records}`);
    const site = join(work, `site-${records}`);
    generateDataset({ records, seeds: Math.max(1, Math.round(records / 100)), out: data, seed: 1 });
    const dataMiB = filesIn(data).reduce((s, f) => s + f.bytes, 0) / 1024 ** 2;
    console.log(`${records} records (${dataMiB.toFixed(1)} MiB): ${runs} runs of each step…`);
    const row: Row = {
      records,
      dataMiB,
      floor: repeat(() => [[join(here, "floor.mjs"), data]]),
      check: repeat(() => [[join(root, "dist/cli.js"), "check", data]]),
      ajv: repeat(() => ajvCli(data)),
      // tsx as a loader in the measured process (its CLI would run the script in a child the preload cannot see).
      exportAll: repeat(() => [["--optimize-for-size", "--import", "tsx", join(root, "scripts/export.ts"), "--data", data, "--out", join(work, `exports-${records}`)]]),
      site: repeat(() => [["--import", "tsx", join(root, "scripts/site.ts"), "--data", data, "--out", site]], () => rmSync(site, { recursive: true, force: true })),
      largest: filesIn(site).reduce((a, b) => (b.bytes > a.bytes ? b : a)),
    };
    if (row.largest.bytes > MAX_SITE_FILE) throw new Error(`${row.largest.path} weighs ${(row.largest.bytes / 1024).toFixed(0)} KB, over the ${MAX_SITE_FILE / 1024} KB cap`);
    rows.push(row);
    rmSync(data, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const steps = ["floor", "check", "ajv", "exportAll", "site"] as const;
const names = { floor: "floor", check: "check", ajv: "ajv-cli (schema only)", exportAll: "export", site: "site" };
const cell = (m: Measure) => `${m.seconds.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), ${m.peakMiB.toFixed(0)} MiB`;
const x = (n: number) => `${n.toFixed(2)}×`;
const table = (head: string[], body: string[][]) => [head, head.map(() => "---"), ...body].map((r) => `| ${r.join(" | ")} |`).join("\n");
const last = rows.at(-1)!;
const growth = (step: (typeof steps)[number]) => rows.slice(1).map((r, i) => r[step].cpu / rows[i]![step].cpu);
// Linear: the last 10× step costs at most 11× (start-up damps the earlier steps, so they say less).
const linear = (step: (typeof steps)[number]) => (growth(step).at(-1)! <= 11 ? "linear" : "faster than linear");

writeFileSync(values.out, `# Benchmarks

<!-- generated by npm run bench (scripts/bench/run.ts), do not edit -->

Each step a user runs, as its own process, on synthetic data (scripts/bench/generate-dataset.ts: every
collection but situations and groups, one ~5 KB source text per 100 records, every quote in its text;
the check passes it without a warning). Each cell: wall time, CPU time (user + system) and peak resident
memory of the process (for ajv-cli: times summed over its processes, the peak of the largest), each the
median of ${runs} runs. Ratios and growth use CPU time: it moves far less than wall time when other work
shares the machine (load average over 5 minutes: ${loadBefore.toFixed(1)} at the start, ${loadavg()[1]!.toFixed(1)} at the end).
Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}.

- **floor**: read and \`JSON.parse\` every record file, nothing else (scripts/bench/floor.mjs).
- **check**: \`node dist/cli.js check DIR\`, the built command users run (every rule, one thread).
- **ajv-cli**: \`ajv validate\` of each collection against its schema: the schema only, no other rule.
- **export**: \`node --optimize-for-size --import tsx scripts/export.ts --data DIR --out DIR\` (every format).
- **site**: \`node --import tsx scripts/site.ts --data DIR --out DIR\` into an empty folder.

${table(["records", "data MiB", ...steps.map((s) => names[s])], rows.map((r) => [String(r.records), r.dataMiB.toFixed(1), ...steps.map((s) => cell(r[s]))]))}

## Against the targets

${table(
  ["records", "check ÷ floor (≤ 2.5×)", "ajv-cli ÷ check (> 1: check ahead)", "check peak ÷ data", "export peak ÷ data (≤ 3×)", `largest site file (≤ ${MAX_SITE_FILE / 1024} KB)`],
  rows.map((r) => [String(r.records), x(r.check.cpu / r.floor.cpu), x(r.ajv.cpu / r.check.cpu), x(r.check.peakMiB / r.dataMiB), x(r.exportAll.peakMiB / r.dataMiB), `${(r.largest.bytes / 1024).toFixed(0)} KB`]),
)}

At ${last.records} records: check ÷ floor ${x(last.check.cpu / last.floor.cpu)} (${last.check.cpu / last.floor.cpu <= 2.5 ? "met" : "missed"}), ajv-cli ÷ check ${x(last.ajv.cpu / last.check.cpu)} (the check ${last.ajv.cpu > 1.05 * last.check.cpu ? "ahead" : last.ajv.cpu * 1.05 < last.check.cpu ? "behind" : "level with it, within 5%"}), check growth ${linear("check")}, export peak ÷ data ${x(last.exportAll.peakMiB / last.dataMiB)} (${last.exportAll.peakMiB / last.dataMiB <= 3 ? "met" : "missed"}). At the small sizes the ratios say little: process start-up (about 50 MiB and a tenth of a second for Node alone) is most of each figure.

## Growth: CPU time per 10× the records

${table(["step", ...rows.slice(1).map((r, i) => `${rows[i]!.records} → ${r.records}`), `last step`], rows.length > 1 ? steps.map((s) => [names[s], ...growth(s).map(x), linear(s)]) : [])}

Linear growth is 10× per step; start-up makes the first steps smaller, so the last step is the one judged (≤ 11×).

## Reading the numbers

The check does, per record, what the floor does (read, strict UTF-8, \`JSON.parse\`) and then proves the
record's formatting, validates its schema (precompiled ajv), walks it once for evidence and references,
and finds each quote in its seed; across records it keeps ids, the articles and seeds, and what the rules
that span files gather (the name forms for the coverage rule, which scans each article's text once at the
end). Nothing compares records pairwise. It streams: records are read, checked and let go, so its memory
grows with what the rules gather, not with the records. ajv-cli does the schema part only, in one process
per collection. Why the check is built this way, with measurements: docs/decisions.md (23, 60, 62, 66, 95).
`);
console.log(`wrote ${values.out}`);

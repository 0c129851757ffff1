// The benchmark's pieces work at small size: the synthetic data passes the check, and a smoke run of
// `npm run bench` writes every row. (The real run, at 100 000 records, is `npm run bench`, not a test.)
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../scripts/bench/generate-dataset.js";
import { check, repoRoot, runCli } from "./helpers/data-copy.js";

describe("benchmark", () => {
  it("generates a deterministic synthetic dataset that passes every check", () => {
    const a = mkdtempSync(join(tmpdir(), "icr-synth-"));
    const b = mkdtempSync(join(tmpdir(), "icr-synth-"));
    const made = generateDataset({ records: 500, seeds: 5, out: join(a, "data"), seed: 7 });
    generateDataset({ records: 500, seeds: 5, out: join(b, "data"), seed: 7 });
    expect(Object.values(made.records).reduce((x, y) => x + y, 0)).toBe(500);
    expect(readFileSync(join(a, "data/people/person-3.json"), "utf8")).toBe(readFileSync(join(b, "data/people/person-3.json"), "utf8"));
    const seed = readFileSync(join(a, "data/seeds/000000_synthetic.txt"), "utf8");
    expect(seed.length).toBeGreaterThan(4500);
    expect(seed).toMatch(/[“”]/);
    expect(seed).toContain("\u00a0");
    expect(seed).toMatch(/\p{Script=Arabic}/u);
    const result = check(a);
    expect(result.diagnostics).toEqual([]);
    expect(result.counts!["evidence quotes traced"]).toBeGreaterThan(500);
    expect(runCli(["check", "data"], a).status).toBe(0);
  });

  it("smoke-runs npm run bench at a small size and writes every row (the check on default and on one thread, the site build, --changed and --cache)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "icr-bench-md-")), "BENCHMARKS.md");
    const run = spawnSync(join(repoRoot, "node_modules/.bin/tsx"), ["scripts/bench/run.ts", "--sizes", "200", "--runs", "1", "--out", out], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).toMatch(/^\| 200 \| 2 \| [\d.]+ (\| [\d.]+ s, \d+ MiB ){8}\|$/m);
    expect(md).toContain("check ÷ baseline");
    // Each target's verdict, size by size: the one size either meets it or misses it.
    for (const target of ["check ÷ baseline ≤ 1.5×", "ajv-cli ÷ check ≥ 2.5×", "import ÷ JSON.parse ≤ 1.2×", "--changed ÷ check ≤ 0.1× (below)", "--cache ÷ check ≤ 0.1× (below)"]) {
      const row = md.split("\n").find((line) => line.startsWith(`| ${target} |`));
      expect(row, target).toMatch(/^\| .+ \| (200 \| none|none \| 200) \|$/);
    }
    // The site row: built, its files counted, the largest one under the limit the bench enforces.
    expect(md).toMatch(/^\| 200 \| [\d.]+ s, \d+ MiB \| \d+ \| \d+ KB \(.+\) \|$/m);
    // The incremental rows: --changed and a warm --cache, each against the full check and the baseline, then
    // the list + lstat floor and the ratios to it.
    expect(md).toMatch(/^\| 200 (\| [\d.]+ s, \d+ MiB ){2}(\| [\d.]+× ){4}\| [\d.]+ s, \d+ MiB (\| [\d.]+× ){3}\|$/m);
  });
});

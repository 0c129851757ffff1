// The check split across threads reports exactly what the one-thread check reports: same diagnostics,
// same order, same summary, whatever the number of threads. Run through the built CLI, as users run it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../scripts/bench/generate-dataset.js";
import { check, runCli } from "./helpers/data-copy.js";
import fc from "fast-check";
import { assigned } from "../src/check/parallel.js";

/** A synthetic dataset with one of each kind of problem, spread so that every thread gets some. */
function brokenDataset(): string {
  const root = mkdtempSync(join(tmpdir(), "icr-parallel-"));
  const data = join(root, "data");
  generateDataset({ records: 400, seeds: 4, out: data, seed: 3 });
  const edit = (collection: string, id: string, change: (record: Record<string, any>) => void) => {
    const file = join(data, collection, `${id}.json`);
    const record = JSON.parse(readFileSync(file, "utf8"));
    change(record);
    writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  };
  edit("people", "person-1", (p) => (p.id = "person-2")); // id ≠ file name, and a duplicate id
  edit("people", "person-4", (p) => (p.evidence[0].quote += " (not in the source)"));
  edit("organizations", "org-2", (o) => (o.evidence[0].article = "no-such-article"));
  writeFileSync(join(data, "people", "person-7.json"), '{ "id": "person-7", }\n');
  writeFileSync(join(data, "people", "notes.txt"), "stray\n");
  const places = join(data, "places", "place-3.json");
  writeFileSync(places, readFileSync(places, "utf8").replace(/\n {2}/g, "\n    ")); // not canonical
  return root;
}

describe("the check on several threads", () => {
  it("reports the same diagnostics, in the same order, on 1, 2 and 3 threads, and as checkDirectory does", () => {
    const root = brokenDataset();
    try {
      const outputs = ["1", "2", "3"].map((jobs) => runCli(["check", "data", "--format", "json", "--jobs", jobs], root));
      for (const run of outputs) {
        expect(run.stderr).toBe("");
        expect(run.status).toBe(1);
      }
      expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
      expect(outputs[2]!.stdout).toBe(outputs[0]!.stdout);
      const report = JSON.parse(outputs[0]!.stdout);
      const rules = new Set(report.diagnostics.map((d: { rule: string }) => d.rule));
      for (const rule of ["readable-json", "id-matches-file", "unique-ids", "quote-in-seed", "references", "canonical-format"]) expect(rules).toContain(rule);
      const inProcess = check(root);
      expect(report.diagnostics).toEqual(inProcess.diagnostics);
      expect(report.summary).toEqual(expect.objectContaining({ records: inProcess.summary.records, seeds: inProcess.summary.seeds }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a --jobs that is not a whole number from 1 to 999", () => {
    const root = brokenDataset();
    try {
      for (const jobs of ["0", "two", "-1", "1000"]) {
        const run = runCli(["check", "data", "--jobs", jobs], root);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("--jobs must be a whole number from 1 to 999");
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("how the records are shared among threads", () => {
  it("every record exactly once, each thread with its fixed part, whatever the order the threads run in", () => {
    // Threads simulated by generators sharing one counter, advanced in a random interleaving (one thread
    // may start late and find the shared half taken).
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.nat(), { maxLength: 4000 }), (total, shards, schedule) => {
      const next = new Int32Array(new SharedArrayBuffer(4));
      const threads = Array.from({ length: shards }, (_, shard) => ({ shard, records: assigned(shard, shards, next, total), got: [] as number[], done: false }));
      const step = (t: (typeof threads)[number]) => {
        const r = t.records.next();
        if (r.done) t.done = true;
        else t.got.push(r.value);
      };
      for (const pick of schedule) step(threads[pick % shards]!);
      for (const t of threads) while (!t.done) step(t);
      const all = threads.flatMap((t) => t.got).sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: total }, (_, i) => i));
      for (const t of threads) {
        const got = new Set(t.got);
        const missing: number[] = [];
        for (let i = t.shard; i < Math.floor(total / 2); i += shards) if (!got.has(i)) missing.push(i);
        expect(missing).toEqual([]);
      }
    }), { numRuns: 300, seed: 63 });
  });
});

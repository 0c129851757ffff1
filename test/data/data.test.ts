// The real dataset passes every rule (warnings are advice for a reviewer and may stand), and what the
// summary says it holds is what data/ holds.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDirectory } from "../../src/check/index.js";
import { rules } from "../../src/check/rules/index.js";
import { readDataset } from "../../src/dataset/read.js";
import { allEvidence } from "../../src/shared/walk.js";
import { repoRoot } from "../helpers/data-copy.js";

describe("the dataset in data/", () => {
  const result = checkDirectory(`${repoRoot}data`, { cwd: repoRoot });

  it("passes every rule", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("is summarized as it is: a record file for every seed, every record and every evidence quote counted", () => {
    expect(result.summary.seeds).toBe(readdirSync(`${repoRoot}data/seeds`).length);
    for (const [collection, n] of Object.entries(result.summary.records)) expect(n, collection).toBe(readdirSync(`${repoRoot}data/${collection}`).length);
    const { records } = readDataset(`${repoRoot}data`, repoRoot);
    const evidence = Object.values(records).flat().reduce((n, record) => n + allEvidence(record).length, 0);
    expect(result.counts["evidence quotes traced"]).toBe(evidence);
  });

  it("runs each rule from its own module, each with its own test file", () => {
    const ruleFiles = readdirSync(`${repoRoot}src/check/rules`).filter((f) => f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(rules.map((r) => r.name).sort()).toEqual(ruleFiles.sort());
    const tests = readdirSync(`${repoRoot}test/rules`).map((f) => f.replace(/\.test\.ts$/, ""));
    expect(tests.sort()).toEqual(ruleFiles.sort());
  });
});

// The real dataset passes every rule, and what the summary says it holds is what data/ holds.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDirectory } from "../src/check/index.js";
import { rules } from "../src/check/rules/index.js";
import { repoRoot } from "./helpers/data-copy.js";

describe("the dataset in data/", () => {
  const result = checkDirectory(`${repoRoot}data`, { cwd: repoRoot });

  it("passes every rule", () => {
    expect(result.diagnostics).toEqual([]);
  });

  it("has a record file for every seed and traces quotes from each collection", () => {
    expect(result.summary.seeds).toBe(readdirSync(`${repoRoot}data/seeds`).length);
    for (const [collection, n] of Object.entries(result.summary.records)) {
      expect(n, collection).toBe(readdirSync(`${repoRoot}data/${collection}`).length);
      expect(n, collection).toBeGreaterThan(0);
    }
    expect(result.counts!["evidence quotes traced"]).toBeGreaterThan(100);
    expect(result.counts!["name forms traced"]).toBeGreaterThan(20);
  });

  it("runs each rule from its own module, each with its own test file", () => {
    const ruleFiles = readdirSync(`${repoRoot}src/check/rules`).filter((f) => f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(rules.map((r) => r.name).sort()).toEqual(ruleFiles.sort());
    const tests = readdirSync(`${repoRoot}test/rules`).map((f) => f.replace(/\.test\.ts$/, ""));
    expect(tests.sort()).toEqual(ruleFiles.sort());
  });
});

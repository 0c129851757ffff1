// A short, fixed-seed fuzz run (the long campaign is `npm run fuzz`): mutants of the real records through
// the entry points, the checker in-process, and the built CLI.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/check/format.js";
import { check, copyOfFixture, readRecord, writeRecord } from "../helpers/data-copy.js";
import { checkerNamesMutants, cliProperties, mutatedCopy, validatorsAgree } from "../fuzz/properties.js";

const seed = 20230612;

describe("fuzz (fixed seed)", () => {
  it("validate, zod and fresh ajv agree on record mutants", () => {
    const { failures, invalid } = validatorsAgree(seed, 400);
    expect(invalid).toBeGreaterThan(100); // the mutants do reach the rejecting paths
    expect(failures).toEqual([]);
  });

  it("the checker names every invalid mutant and places the exact ones; the CLI keeps its contract", () => {
    const campaign = mutatedCopy(seed, 40);
    try {
      expect(campaign.mutants.size).toBeGreaterThan(20);
      expect([...checkerNamesMutants(campaign), ...cliProperties(campaign, seed)]).toEqual([]);
    } finally {
      rmSync(campaign.root, { recursive: true, force: true });
    }
  }, 60_000);

  // Seed 1607 of a long campaign "broke" exit-code (SIGTERM): the harness read the CLI's
  // output with spawnSync's default 1 MiB limit, which kills the child and cuts the output short where it
  // happens to be. The checker was right. One record with 5 000 wrong-typed items gives a report over 1 MiB.
  it("reads a report over 1 MiB whole", () => {
    const { root, data } = copyOfFixture();
    try {
      const quote = readRecord(data, "quotes", "berg-more-visits");
      writeRecord(data, "quotes", "berg-more-visits", { ...quote, variants: Array.from({ length: 5000 }, (_, i) => `x${i}`) });
      const result = check(root);
      expect(formatJson(result).length).toBeGreaterThan(1 << 20);
      expect(cliProperties({ root, mutants: new Map() }, 1607)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

// A short, fixed-seed fuzz run (the long campaign is `npm run fuzz`): mutants of the real records through
// the entry points, the checker in-process, and the built CLI on two threads and one.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerNamesMutants, cliProperties, mutatedCopy, validatorsAgree } from "./fuzz/properties.js";

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
});

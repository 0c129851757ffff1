// The curator's coverage tool: every capitalized name in the seeds' content is some record's name form,
// or a reviewed allowlist word that names no entity.
import { describe, expect, it } from "vitest";
import { readAllowlist, uncoveredNames } from "../scripts/coverage.js";

describe("npm run coverage", () => {
  it("finds no uncovered name in the five seeds, and no allowlist line that is not needed", () => {
    const { uncovered, unusedAllowlist } = uncoveredNames(readAllowlist());
    expect(uncovered).toEqual([]);
    expect(unusedAllowlist).toEqual([]);
  });

  it("reports a name no record covers, with its seed, line and column", () => {
    const allowlist = readAllowlist();
    allowlist.delete("Thursday");
    const { uncovered } = uncoveredNames(allowlist);
    expect(uncovered).toContainEqual({ seed: "000_3fb4dc3d91cfac1b.txt", line: 7, column: 40, phrase: "Thursday" });
  });

  it("keeps the allowlist small: a list of words, not a place to hide entities", () => {
    expect(readAllowlist().size).toBeLessThan(100);
  });
});

import { describe, expect, it } from "vitest";
import { SeedText, showExact } from "../../src/check/seed-text.js";

describe("SeedText", () => {
  const seed = new SeedText("He said, \u201COur cooperation\u201D in\u00a0the  path \u2014 today.");

  it("finds every exact occurrence", () => {
    expect(new SeedText("abcabc").occurrences("bc")).toEqual([1, 4]);
    expect(new SeedText("abc").occurrences("")).toEqual([]); // found by fuzzing: "" made the search loop forever
  });

  it("finds a near miss by whitespace, quote or dash style, and returns the exact source text", () => {
    expect(seed.nearMiss('"Our cooperation" in the path - today')).toEqual({
      exact: "\u201COur cooperation\u201D in\u00a0the  path \u2014 today",
      differences: ["whitespace", "quote style", "dash style"],
    });
    expect(seed.nearMiss("Their cooperation")).toBeUndefined();
  });

  it("reports how far a quote matches", () => {
    expect(seed.longestMatchingStart("He said, \u201COur partnership")).toEqual({ matched: "He said, \u201COur ", sourceContinues: "cooperation\u201D in\u00a0the  path \u2014 to" });
  });

  it("shows invisible characters as escapes", () => {
    expect(showExact("a\u00a0b\u200bc")).toBe('"a\\u00a0b\\u200bc"');
  });
});

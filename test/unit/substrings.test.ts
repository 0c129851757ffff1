// firstOccurrences (src/check/substrings.ts) answers what includes/indexOf answer, pair by pair, in one pass.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FEW_NEEDLES, firstOccurrences, firstOccurrencesByAutomaton, firstOccurrencesOneByOne, Occurrences } from "../../src/check/substrings.js";
import { expectLinearSteps, units } from "../helpers/search-steps.js";

/** The quadratic reference: the first haystack holding the needle, and indexOf there. */
const reference = (needles: string[], haystacks: string[]) =>
  needles.map((n) => {
    const h = haystacks.findIndex((x) => x.includes(n));
    return h === -1 ? undefined : { haystack: h, index: haystacks[h]!.indexOf(n) };
  });

describe("firstOccurrences", () => {
  it("agrees with includes and indexOf on any strings, lone surrogates and overlaps included, by either method", () => {
    // A small alphabet, so needles overlap, nest and repeat; surrogate halves, compared by UTF-16 unit as includes does.
    // Up to 2 × FEW_NEEDLES needles, so the dispatch takes both paths; each method is also checked alone.
    const str = fc.string({ unit: fc.constantFrom("a", "b", "ab", "\ud83d", "\ude00", "x"), maxLength: 8 });
    fc.assert(fc.property(fc.array(str, { maxLength: 2 * FEW_NEEDLES }), fc.array(str, { maxLength: 6 }), (needles, haystacks) => {
      const expected = reference(needles, haystacks);
      expect(firstOccurrences(needles, haystacks)).toEqual(expected);
      expect(firstOccurrencesByAutomaton(needles, haystacks)).toEqual(expected);
      expect(firstOccurrencesOneByOne(needles, haystacks)).toEqual(expected);
    }), { numRuns: 5000, seed: 12 });
  });

  it("the empty needle occurs at the start of the first haystack, and nowhere when there are none", () => {
    expect(firstOccurrences(["", "a"], ["xa", "a"])).toEqual([{ haystack: 0, index: 0 }, { haystack: 0, index: 1 }]);
    expect(firstOccurrences([""], [])).toEqual([undefined]);
    expect(firstOccurrencesByAutomaton(["", "a"], ["xa", "a"])).toEqual([{ haystack: 0, index: 0 }, { haystack: 0, index: 1 }]);
    expect(firstOccurrencesByAutomaton([""], [])).toEqual([undefined]);
  });

  it("takes steps linear in the input: 50 000 needles in 50 000 haystacks, none found, are not searched pair by pair", () => {
    expectLinearSteps((n, steps) => {
      const needles = Array.from({ length: n }, (_, i) => `n${i}`);
      const haystacks = Array.from({ length: n }, (_, i) => `q${i}`);
      expect(firstOccurrences(needles, haystacks, steps).every((o) => o === undefined)).toBe(true);
      // Every unit is read; pair by pair would pass over every haystack once per needle (n times the bound).
      expect(steps.taken).toBeGreaterThanOrEqual(units(haystacks));
      expect(steps.taken).toBeLessThanOrEqual(3 * units([...needles, ...haystacks]));
      return units([...needles, ...haystacks]);
    }, 25_000);
  });

  it("takes steps linear in the input where a scan restarting at each offset is quadratic: a run of one unit, needles that nearly match it", () => {
    // Each needle is a run of a, longer than half the text's, then b: a trie walk restarting at each offset of
    // the text a…a (n units) reads on to its end, n²/2 steps; failure links keep it to about one per unit.
    const needles = (n: number) => Array.from({ length: 2 * FEW_NEEDLES }, (_, i) => `${"a".repeat(n / 2 + (i * n) / (4 * FEW_NEEDLES))}b`);
    const input = (n: number) => n + units(needles(n));
    expectLinearSteps((n, steps) => {
      expect(firstOccurrencesByAutomaton(needles(n), ["a".repeat(n)], steps).every((o) => o === undefined)).toBe(true);
      expect(steps.taken).toBeLessThanOrEqual(3 * input(n));
      return input(n);
    }, 20_000);
    expectLinearSteps((n, steps) => {
      new Occurrences(needles(n), steps).forEach("a".repeat(n), () => expect.unreachable());
      expect(steps.taken).toBeLessThanOrEqual(3 * input(n));
      return input(n);
    }, 20_000);
  });
});

describe("Occurrences", () => {
  it("finds every occurrence of every needle, overlapping ones included, as indexOf from each offset does", () => {
    const str = fc.string({ unit: fc.constantFrom("a", "b", "ab", "\ud83d", "x"), maxLength: 6 });
    fc.assert(fc.property(fc.array(str, { maxLength: 12 }), str, (needles, text) => {
      const expected: [number, number][] = [];
      needles.forEach((n, i) => {
        if (n !== "") for (let at = text.indexOf(n); at !== -1; at = text.indexOf(n, at + 1)) expected.push([i, at]);
      });
      const found: [number, number][] = [];
      new Occurrences(needles).forEach(text, (i, at) => found.push([i, at]));
      const order = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
      expect(found.sort(order)).toEqual(expected.sort(order));
    }), { numRuns: 3000, seed: 21 });
  });
});

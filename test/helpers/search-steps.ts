// Linear shown by counting a search's steps (src/check/substrings.ts `SearchSteps`), not by timing it.
import { expect } from "vitest";
import type { SearchSteps } from "../../src/check/substrings.js";

/**
 * Runs a search on inputs of size n and 2n (`search` returns the input's units): the steps per unit of input
 * may grow by at most a tenth when the input doubles. Pair by pair, they would double.
 */
export function expectLinearSteps(search: (n: number, steps: SearchSteps) => number, n: number): void {
  const stepsPerUnit = (size: number) => {
    const steps = { taken: 0 };
    const input = search(size, steps);
    return steps.taken / input;
  };
  expect(stepsPerUnit(2 * n)).toBeLessThanOrEqual(1.1 * stepsPerUnit(n));
}

/** The UTF-16 units of some strings. */
export const units = (strings: readonly string[]): number => strings.reduce((sum, s) => sum + s.length, 0);

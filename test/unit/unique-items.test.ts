// The generated validators' uniqueItems (scripts/lib/unique-items.ts) gives ajv's own verdict and error, in
// linear time: ajv's compares every pair of items when they sit behind a $ref, so one record of distinct
// name forms (100 000 fit under the 1 MiB record limit) held the check for minutes. Linear is shown by
// counting how often items are read, not by timing.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearUniqueItems, uniqueItemsKey } from "../../scripts/lib/unique-items.js";
import { validatePerson } from "../../src/generated/schema/validate.js";
import { fixtureDir, readRecord } from "../helpers/data-copy.js";

const equalJson = (a: unknown, b: unknown): boolean => uniqueItemsKey(a) === uniqueItemsKey(b);

describe("uniqueItemsKey", () => {
  it("is equal exactly for deep-equal JSON values", () => {
    expect(equalJson({ a: 1, b: [2, "x"] }, { b: [2, "x"], a: 1 })).toBe(true); // key order does not matter
    expect(equalJson(-0, 0)).toBe(true);
    for (const [a, b] of [["1", 1], [null, "null"], [true, "t"], [[1, 2], [2, 1]], [{ a: "1" }, { a: 1 }], ['a","b', ["a", "b"]], [{ "a,b": 1 }, { a: 1, b: 1 }], [JSON.parse('{"__proto__": 1}'), {}], [[], {}], [Infinity, null]] as const) {
      expect(equalJson(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(false);
    }
  });
});

describe("linear uniqueItems", () => {
  const schema = { type: "array", uniqueItems: true };
  const own = new Ajv2020({ allErrors: true }).compile(schema);
  const linear = (() => {
    const ajv = new Ajv2020({ allErrors: true });
    ajv.removeKeyword("uniqueItems").addKeyword(linearUniqueItems);
    return ajv.compile(schema);
  })();

  it("gives ajv's verdict on any array, and names a repeat and the earlier item it equals", () => {
    const item = fc.jsonValue({ maxDepth: 3 });
    // Duplicates are made likely: an array, then some of its items again, shuffled in.
    const arrays = fc.tuple(fc.array(item, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 4 }), fc.nat()).map(([xs, picks, at]) => {
      const out = [...xs];
      for (const p of picks) if (xs.length) out.splice(at % (out.length + 1), 0, structuredClone(xs[p % xs.length]!));
      return out;
    });
    let repeats = 0;
    fc.assert(fc.property(arrays, (xs) => {
      const verdict = linear(xs);
      let reference: boolean;
      try { reference = own(xs) as boolean; } catch { return; } // ajv's deep equal calls a key named toString or valueOf (below)
      expect(verdict).toBe(reference);
      if (!verdict) {
        repeats++;
        const error = linear.errors![0]!;
        expect(error).toMatchObject({ keyword: "uniqueItems", schemaPath: "#/uniqueItems" });
        const { i, j } = error.params as { i: number; j: number };
        expect(j).toBeLessThan(i);
        expect(equalJson(xs[i], xs[j])).toBe(true);
        expect(error.message).toBe(`must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
      }
    }), { numRuns: 2000, seed: 12 });
    expect(repeats).toBeGreaterThan(200); // the arrays do reach the rejecting path
  });

  it("does not call a key named toString or valueOf, which made ajv's own throw (the check exited 3)", () => {
    const xs: unknown[] = [{ toString: 1 }, { valueOf: "x" }, { toString: 1 }];
    expect(() => own(xs)).toThrow(TypeError);
    expect(linear(xs)).toBe(false);
    expect(linear.errors![0]!.params).toEqual({ i: 2, j: 0 });
    const person = readRecord(fixtureDir, "people", "anna-berg");
    const evidence = { ...person.evidence[0], toString: 1 };
    const result = validatePerson({ ...person, evidence: [evidence, { ...evidence }] });
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.message)).toContain("repeats item 0: items must be unique");
  });

  it("is what the generated validators use: each item is read a fixed number of times, however many there are", () => {
    const person = readRecord(fixtureDir, "people", "anna-berg");
    let reads = 0;
    // Evidence items that count every property read: ajv's pairwise deep equal reads each item once per other item.
    const counted = (i: number) => new Proxy({ article: person.evidence[0].article, quote: `q${i}` }, { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) });
    const readsFor = (n: number) => {
      reads = 0;
      expect(validatePerson({ ...person, evidence: Array.from({ length: n }, (_, i) => counted(i)) }).valid).toBe(true);
      return reads;
    };
    const small = readsFor(500);
    expect(small).toBeGreaterThan(500); // every item is read
    // Four times the items, four times the reads (pairwise: sixteen times).
    expect(readsFor(2000)).toBeLessThanOrEqual(4 * small);
    // The same count tells ajv's own keyword apart: it reads the items pair by pair.
    const ownReads = (n: number) => {
      reads = 0;
      own(Array.from({ length: n }, (_, i) => counted(i)));
      return reads;
    };
    expect(ownReads(2000)).toBeGreaterThan(10 * ownReads(500));
    const nameForms = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const repeated = validatePerson({ ...person, nameForms: [...nameForms, "n7"] });
    expect(repeated.issues).toEqual([expect.objectContaining({ pointer: "/nameForms/1000", message: "repeats item 7: items must be unique" })]);
  });
});

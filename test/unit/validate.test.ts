// The consumer validators: ajv (precompiled, ./validate) and zod (derived, ./zod) accept and reject the
// same inputs, on every real record and on mutations of each.
import { describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../../src/shared/collections.js";
import * as validate from "../../src/generated/schema/validate.js";
import * as zod from "../../src/zod.js";
import * as dataset from "../../src/index.js";

const names = Object.keys(collections) as CollectionName[];
const records = (c: CollectionName) => (dataset as unknown as Record<string, readonly Record<string, unknown>[]>)[c]!;

function mutations(record: Record<string, unknown>): { what: string; value: unknown }[] {
  const copy = () => structuredClone(record) as Record<string, any>;
  const out: { what: string; value: unknown }[] = [];
  for (const key of Object.keys(record)) {
    const m = copy();
    delete m[key];
    out.push({ what: `without ${key}`, value: m });
  }
  out.push({ what: "unknown property", value: { ...copy(), bogus: 1 } });
  out.push({ what: "id not kebab-case", value: { ...copy(), id: "Not An Id" } });
  out.push({ what: "no evidence", value: { ...copy(), evidence: [] } });
  const m1 = copy();
  m1.evidence[0].quote = "";
  out.push({ what: "empty quote", value: m1 });
  const m2 = copy();
  m2.evidence[0].nonContent = false;
  out.push({ what: "nonContent false", value: m2 });
  const m3 = copy();
  m3.evidence[0].extra = true;
  out.push({ what: "unknown evidence property", value: m3 });
  // Fuzz seed 20298416: an integer past 2^53 (`1e+300`) is an integer to JSON Schema but not to zod's
  // `int`; the schema bounds every integer by Number.MAX_SAFE_INTEGER so all validators agree.
  const m4 = copy();
  m4.evidence[0].occurrence = 1e300;
  out.push({ what: "occurrence past the safe integer range", value: m4 });
  const m5 = copy();
  m5.evidence[0].occurrence = Number.MAX_SAFE_INTEGER;
  out.push({ what: "occurrence at the safe integer limit", value: m5 });
  out.push({ what: "an array instead of a record", value: [copy()] });
  out.push({ what: "null", value: null });
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value) && value[0] && typeof value[0] === "object") {
      const m = copy();
      m[key][0] = { ...m[key][0], asStated: 5 };
      out.push({ what: `${key}[0].asStated a number`, value: m });
    }
  }
  return out;
}

describe("validate and zod entry points", () => {
  it("export one validator and one zod schema per collection", () => {
    for (const c of names) {
      expect(typeof (validate as Record<string, unknown>)[`validate${collections[c].title}`], c).toBe("function");
      expect((zod as Record<string, unknown>)[`${collections[c].singular}Schema`], c).toBeDefined();
    }
  });

  it.each(names)("agree on every %s record and on mutations of each", (c) => {
    const byAjv = (validate as unknown as Record<string, (v: unknown) => { valid: boolean }>)[`validate${collections[c].title}`]!;
    const byZod = (zod as unknown as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[`${collections[c].singular}Schema`]!;
    let rejected = 0;
    for (const record of records(c)) {
      expect(byAjv(record).valid, `${c}/${record.id}`).toBe(true);
      expect(byZod.safeParse(record).success, `${c}/${record.id}`).toBe(true);
      for (const { what, value } of mutations(record)) {
        const ajv = byAjv(value).valid;
        expect(byZod.safeParse(value).success, `${c}/${record.id}: ${what}`).toBe(ajv);
        if (!ajv) rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(records(c).length * 5);
  });

  it("explains a rejection in words, with the pointer and the schema's description", () => {
    const result = validate.validatePerson({ id: "x", name: "X", nameForms: ["X"], evidence: [{ article: "a", quote: "X" }], age: 3 });
    expect(result).toEqual({ valid: false, issues: [{ pointer: "/age", message: 'unknown property "age"', hint: expect.stringContaining("allowed here: id, name, nameForms") }] });
    const person = dataset.people[0]!;
    const ok = validate.validatePerson(person);
    expect(ok.valid && ok.value.name).toBe(person.name);
  });

  it("hints the expected form of a value, with examples from the schema", () => {
    const person = structuredClone(dataset.people[0]!) as unknown as Record<string, unknown>;
    person.id = "Raúl Castro";
    const result = validate.validatePerson(person);
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([{ pointer: "/id", message: '"Raúl Castro" is not in the expected form', hint: expect.stringMatching(/^expected a kebab-case ASCII slug: .*, such as `raul-castro` or `iran-cuba-customs-agreement`$/) }]);
  });

  it("says what an empty supplied-document object lacks, and hints a supplied URL's form", () => {
    const article = structuredClone(dataset.articles[0]!) as unknown as Record<string, unknown>;
    article.document = {};
    expect(validate.validateArticle(article).issues).toEqual([{ pointer: "/document", message: "needs at least 1 property: leave it out when there is nothing to give", hint: expect.stringContaining("supplied with the document") }]);
    article.document = { url: "example.com/page" };
    expect(validate.validateArticle(article).issues).toEqual([{ pointer: "/document/url", message: '"example.com/page" is not in the expected form', hint: expect.stringMatching(/^expected an absolute http or https URL .*, such as `https:\/\/example\.com\//) }]);
  });
});

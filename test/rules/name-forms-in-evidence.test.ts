import { describe, expect, it } from "vitest";
import type { RecordFile } from "../../src/dataset/record-file.js";
import type { CheckContext } from "../../src/check/rule.js";
import { nameFormsInEvidence } from "../../src/check/rules/name-forms-in-evidence.js";
import { expectLinearSteps, units } from "../helpers/search-steps.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("name-forms-in-evidence rule", () => {
  itAcceptsTheFixture("name-forms-in-evidence");

  it("reports a name form no quote of the record contains", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "tomas-ruiz");
    person.nameForms.push("Tomas Ruiz Alvarez");
    writeRecord(data, "people", "tomas-ruiz", person);
    const found = findings(check(root), "name-forms-in-evidence");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/tomas-ruiz.json", ...positionOf(data, "people", "tomas-ruiz", '"Tomas Ruiz Alvarez"') })]);
    expect(found[0]!.message).toBe('name form "Tomas Ruiz Alvarez" does not occur in any evidence quote of this record');
  });

  it("still traces the string name forms of a record that fails the schema", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "tomas-ruiz");
    person.nameForms.push(42, "Tommy");
    writeRecord(data, "people", "tomas-ruiz", person);
    const result = check(root);
    expect(findings(result, "name-forms-in-evidence").map((d) => d.pointer)).toEqual([`/nameForms/${person.nameForms.length - 1}`]);
    expect(findings(result, "schema").map((d) => d.pointer)).toEqual([`/nameForms/${person.nameForms.length - 2}`]);
  });

  it("is linear: twice the name forms and quotes (50 000 each) take as many search steps per unit of input, within a tenth", () => {
    expectLinearSteps((n, searchSteps) => {
      const forms = [...Array.from({ length: n }, (_, i) => `n${i}`), `q${n - 1}`];
      const quotes = Array.from({ length: n }, (_, i) => `q${i}`);
      const value = { nameForms: forms, evidence: quotes.map((quote) => ({ article: "a", quote })) };
      const reported: string[] = [];
      const context = { report: (_: unknown, f: { pointer?: string }) => reported.push(f.pointer!), count: () => undefined, searchSteps } as unknown as CheckContext;
      nameFormsInEvidence.checkRecord!({ value } as unknown as RecordFile, context, undefined);
      expect(reported).toHaveLength(n);
      expect(reported.at(-1)).toBe(`/nameForms/${n - 1}`);
      // Two counted passes, exact and then loose for the forms missed, each over every unit of its forms and
      // quotes: fewer steps would mean a search around the counter. Form by form, quote by quote: n times more.
      expect(searchSteps.taken).toBeGreaterThanOrEqual(2 * units([...forms, ...quotes]) - `q${n - 1}`.length);
      expect(searchSteps.taken).toBeLessThanOrEqual(4 * units([...forms, ...quotes]));
      return units([...forms, ...quotes]);
    }, 25_000);
  });
});

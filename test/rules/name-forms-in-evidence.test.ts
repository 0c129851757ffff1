import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("name-forms-in-evidence rule", () => {
  itAcceptsTheRealData("name-forms-in-evidence");

  it("reports a name form no quote of the record contains", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.nameForms.push("Raúl Modesto Castro");
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "name-forms-in-evidence");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/raul-castro.json", ...positionOf(data, "people", "raul-castro", '"Raúl Modesto Castro"') })]);
    expect(found[0]!.message).toBe('name form "Raúl Modesto Castro" does not occur in any evidence quote of this record');
  });

  it("still traces the string name forms of a record that fails the schema", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.nameForms.push(42, "Raulito");
    writeRecord(data, "people", "raul-castro", person);
    const result = check(root);
    expect(findings(result, "name-forms-in-evidence").map((d) => d.pointer)).toEqual([`/nameForms/${person.nameForms.length - 1}`]);
    expect(findings(result, "schema").map((d) => d.pointer)).toEqual([`/nameForms/${person.nameForms.length - 2}`]);
  });
});

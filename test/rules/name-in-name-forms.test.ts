import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("name-in-name-forms rule", () => {
  itAcceptsTheFixture("name-in-name-forms");

  it("reports a word of a person's name that no name form uses", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.name = "Anna Maria Berg";
    writeRecord(data, "people", "anna-berg", person);
    expect(findings(check(root), "name-in-name-forms")).toEqual([
      expect.objectContaining({
        file: "data/people/anna-berg.json",
        ...positionOfPointer(data, "people", "anna-berg", "/name"),
        pointer: "/name",
        message: 'the name "Anna Maria Berg" has a word no name form uses: "maria"',
      }),
    ]);
  });

  it("compares words with accents and case aside", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "tomas-ruiz");
    person.name = "TOMÁS Ruíz";
    writeRecord(data, "people", "tomas-ruiz", person);
    expect(findings(check(root), "name-in-name-forms")).toEqual([]);
  });
});

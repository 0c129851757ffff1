import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("certainty-note rule", () => {
  itAcceptsTheFixture("certainty-note");

  it("reports an interpretation without a note, at its certainty", () => {
    const { root, data } = copyOfFixture();
    const group = readRecord(data, "groups", "norland-delegation");
    expect(group.members[0].certainty).toBe("interpretation");
    delete group.members[0].note;
    writeRecord(data, "groups", "norland-delegation", group);
    expect(findings(check(root), "certainty-note")).toEqual([
      expect.objectContaining({
        file: "data/groups/norland-delegation.json",
        ...positionOfPointer(data, "groups", "norland-delegation", "/members/0/certainty"),
        pointer: "/members/0/certainty",
        message: 'certainty is "interpretation" but no note says why',
        severity: "error",
      }),
    ]);
  });

  it("reports an ambiguous reading whose note is blank, asking for the readings", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", "norland-sudavia-trade-agreement");
    agreement.place[0].certainty = "ambiguous";
    agreement.place[0].note = "  ";
    writeRecord(data, "agreements", "norland-sudavia-trade-agreement", agreement);
    const found = findings(check(root), "certainty-note");
    expect(found.map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/agreements/norland-sudavia-trade-agreement.json", ...Object.values(positionOfPointer(data, "agreements", "norland-sudavia-trade-agreement", "/place/0/certainty")), "/place/0/certainty", 'certainty is "ambiguous" but no note says why'],
    ]);
    expect(found[0]!.hint).toContain("the readings the words allow");
  });
});

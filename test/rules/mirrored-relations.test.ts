import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

// In the fixture, Tomas Ruiz's predecessor is Piet Halden, and Piet Halden's successor Tomas Ruiz.
describe("mirrored-relations rule", () => {
  itAcceptsTheFixture("mirrored-relations");

  it("reports a relation the other person does not record, at the relation", () => {
    const { root, data } = copyOfFixture();
    const halden = readRecord(data, "people", "piet-halden");
    delete halden.relations;
    writeRecord(data, "people", "piet-halden", halden);
    const found = findings(check(root), "mirrored-relations");
    expect(found).toEqual([
      expect.objectContaining({
        file: "data/people/tomas-ruiz.json",
        ...positionOfPointer(data, "people", "tomas-ruiz", "/relations/0"),
        pointer: "/relations/0",
        message: '"piet-halden" records no successor relation to "tomas-ruiz" in the words "succeeding Piet Halden"',
      }),
    ]);
    expect(found[0]!.hint).toContain('"kind": "successor"');
  });

  it("reports once a relation whose mirror gives another certainty", () => {
    const { root, data } = copyOfFixture();
    const halden = readRecord(data, "people", "piet-halden");
    halden.relations[0].certainty = "interpretation";
    halden.relations[0].note = "Read as the succession in the presidency.";
    writeRecord(data, "people", "piet-halden", halden);
    expect(findings(check(root), "mirrored-relations").map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      ["data/people/piet-halden.json", ...Object.values(positionOfPointer(data, "people", "piet-halden", "/relations/0")), 'the successor relation to "tomas-ruiz" has another period or certainty than its mirror in "tomas-ruiz"'],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("group-members rule", () => {
  itAcceptsTheFixture("group-members");

  it("reports a member kept by role whose words name a person", () => {
    const { root, data } = copyOfFixture();
    const group = readRecord(data, "groups", "norland-delegation");
    delete group.members[1].person;
    writeRecord(data, "groups", "norland-delegation", group);
    expect(findings(check(root), "group-members")).toEqual([
      expect.objectContaining({
        file: "data/groups/norland-delegation.json",
        ...positionOfPointer(data, "groups", "norland-delegation", "/members/1/asStated"),
        pointer: "/members/1/asStated",
        message: 'the member\'s words "Foreign Minister Lena Ostrova" name the person "lena-ostrova" ("Lena Ostrova"), but the member is not linked to that person',
        hint: 'set "person": "lena-ostrova"',
      }),
    ]);
  });

  it("matches whole words only: a name inside a longer word names nobody", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "lena-ostrova");
    person.nameForms.push("Lena");
    person.evidence.push({ article: "lantern-report", quote: "Lena" });
    writeRecord(data, "people", "lena-ostrova", person);
    const group = readRecord(data, "groups", "norland-delegation");
    group.members.push({ role: "aide", asStated: "Lenape", certainty: "stated" });
    writeRecord(data, "groups", "norland-delegation", group);
    expect(findings(check(root), "group-members")).toEqual([]);
  });
});

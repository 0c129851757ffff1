import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("derivation-note rule", () => {
  itAcceptsTheFixture("derivation-note");

  it("reports a weekday-derived date without a note, at its derivation", () => {
    const { root, data } = copyOfFixture();
    const event = readRecord(data, "events", "berg-return-to-port-amber");
    delete event.date[0].note;
    writeRecord(data, "events", "berg-return-to-port-amber", event);
    expect(findings(check(root), "derivation-note")).toEqual([
      expect.objectContaining({
        file: "data/events/berg-return-to-port-amber.json",
        ...positionOfPointer(data, "events", "berg-return-to-port-amber", "/date/0/derivation"),
        pointer: "/date/0/derivation",
        message: 'derivation is "weekday" but no note says how the date was worked out',
      }),
    ]);
  });

  it("reports an inferred period and a relative date bound without a note, and not a stated one", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.roles[0].period.derivation = "inferred";
    writeRecord(data, "people", "piet-halden", person);
    const event = readRecord(data, "events", "ruiz-visit-to-norland");
    delete event.dateBounds[0].note;
    writeRecord(data, "events", "ruiz-visit-to-norland", event);
    expect(findings(check(root), "derivation-note").map((d) => [d.file, d.line, d.column, d.pointer])).toEqual([
      ["data/events/ruiz-visit-to-norland.json", ...Object.values(positionOfPointer(data, "events", "ruiz-visit-to-norland", "/dateBounds/0/derivation")), "/dateBounds/0/derivation"],
      ["data/people/piet-halden.json", ...Object.values(positionOfPointer(data, "people", "piet-halden", "/roles/0/period/derivation")), "/roles/0/period/derivation"],
    ]);
  });
});

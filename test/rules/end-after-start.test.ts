import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

// In the fixture, Berg's return (2024-05-03) ends her visit, which begins on 2024-05-01.
const ID = "berg-return-to-port-amber";

describe("end-after-start rule", () => {
  itAcceptsTheFixture("end-after-start");

  it("reports a date of an ending before the start of what it ends", () => {
    const { root, data } = copyOfFixture();
    const event = readRecord(data, "events", ID);
    event.date[0].value = "2024-04-30";
    writeRecord(data, "events", ID, event);
    expect(findings(check(root), "end-after-start")).toEqual([
      expect.objectContaining({
        file: `data/events/${ID}.json`,
        ...positionOfPointer(data, "events", ID, "/date/0/value"),
        pointer: "/date/0/value",
        message: 'the event ends "berg-visit-to-sudavia", which begins on 2024-05-01, but is dated 2024-04-30, before that',
      }),
    ]);
  });

  it("compares a date bound at the precision it gives", () => {
    const { root, data } = copyOfFixture();
    const event = readRecord(data, "events", ID);
    const bound = { bound: "no-earlier-than", asStated: "on Friday", derivation: "weekday", note: "A month only." };
    event.dateBounds = [{ ...bound, value: "2024-05" }, { ...bound, value: "2024-04" }];
    writeRecord(data, "events", ID, event);
    expect(findings(check(root), "end-after-start").map((d) => [d.line, d.column, d.pointer])).toEqual([[...Object.values(positionOfPointer(data, "events", ID, "/dateBounds/1/value")), "/dateBounds/1/value"]]);
  });
});

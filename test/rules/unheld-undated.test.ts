import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

const ID = "ruiz-visit-to-norland";
const DATE = { value: "2024-12-31", asStated: "by the end of the year, which ends on December 31", derivation: "relative", note: "The year is that of the dateline." };

describe("unheld-undated rule", () => {
  itAcceptsTheFixture("unheld-undated");

  it("reports a date of happening on an event that no source reports as held", () => {
    const { root, data } = copyOfFixture();
    const event = readRecord(data, "events", ID);
    event.date = [DATE];
    writeRecord(data, "events", ID, event);
    const found = findings(check(root), "unheld-undated");
    expect(found).toEqual([
      expect.objectContaining({ file: `data/events/${ID}.json`, ...positionOfPointer(data, "events", ID, "/date"), pointer: "/date", message: "the event has a date of its happening, but no source reports it as held (its status: planned)" }),
    ]);
    expect(found[0]!.hint).toContain('"dateBounds"');
  });

  it("accepts the date once a source reports the event held", () => {
    const { root, data } = copyOfFixture();
    const event = readRecord(data, "events", ID);
    event.date = [DATE];
    event.status.push({ value: "held", asStated: "Ruiz will visit Norland", note: "Invented: a later report would say so." });
    writeRecord(data, "events", ID, event);
    expect(findings(check(root), "unheld-undated")).toEqual([]);
  });
});

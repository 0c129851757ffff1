import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

// The fixture's planned visit says in a note that Berg's hope for "more visits in the coming years" is not cited there.
describe("quote-event rule", () => {
  itAcceptsTheFixture("quote-event");

  it("reports a quote tied to an event whose notes say the quotation is not cited there", () => {
    const { root, data } = copyOfFixture();
    const quote = readRecord(data, "quotes", "berg-more-visits");
    quote.event = "ruiz-visit-to-norland";
    writeRecord(data, "quotes", "berg-more-visits", quote);
    const note = readRecord(data, "events", "ruiz-visit-to-norland").notes[0];
    expect(findings(check(root), "quote-event")).toEqual([
      expect.objectContaining({
        file: "data/quotes/berg-more-visits.json",
        ...positionOfPointer(data, "quotes", "berg-more-visits", "/event"),
        pointer: "/event",
        message: `the quote is tied to the event "ruiz-visit-to-norland", whose notes say this quotation is not cited there: ${JSON.stringify(note)}`,
      }),
    ]);
  });

  it("accepts a quote tied to an event whose not-cited note is about another quotation", () => {
    const { root, data } = copyOfFixture();
    const quote = readRecord(data, "quotes", "berg-trade-bridges");
    quote.event = "ruiz-visit-to-norland";
    writeRecord(data, "quotes", "berg-trade-bridges", quote);
    expect(findings(check(root), "quote-event")).toEqual([]);
  });
});

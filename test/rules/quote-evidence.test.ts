import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("quote-evidence rule", () => {
  itAcceptsTheFixture("quote-evidence");

  it("reports a report of a statement already kept in another quote, on the second quote", () => {
    const { root, data } = copyOfFixture();
    const quote = readRecord(data, "quotes", "berg-trade-bridges");
    writeRecord(data, "quotes", "berg-trade-bridges-again", { ...quote, id: "berg-trade-bridges-again", variants: [quote.variants[0]], evidence: [quote.variants[0].evidence[0]] });
    expect(findings(check(root), "quote-evidence")).toEqual([
      expect.objectContaining({
        file: "data/quotes/berg-trade-bridges-again.json",
        ...positionOfPointer(data, "quotes", "berg-trade-bridges-again", "/variants/0"),
        pointer: "/variants/0",
        message: 'this report of "lantern-report" ("Trade builds bridges between our nations", from the same passage) is already a variant of the quote "berg-trade-bridges"',
      }),
    ]);
  });

  it("reports evidence of a quote without an event that is none of its variants' passages; with an event it may tie the quote to it", () => {
    const { root, data } = copyOfFixture();
    const lead = readRecord(data, "articles", "lantern-report").evidence[1];
    const visits = readRecord(data, "quotes", "berg-more-visits");
    visits.evidence.push(lead);
    writeRecord(data, "quotes", "berg-more-visits", visits);
    const bridges = readRecord(data, "quotes", "berg-trade-bridges");
    bridges.evidence.push(lead);
    writeRecord(data, "quotes", "berg-trade-bridges", bridges);
    expect(findings(check(root), "quote-evidence").map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/quotes/berg-more-visits.json", ...Object.values(positionOfPointer(data, "quotes", "berg-more-visits", "/evidence/1")), "/evidence/1", "the quote is tied to no event, and this evidence is not the passage of any of its variants"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("quote-in-seed rule", () => {
  itAcceptsTheFixture("quote-in-seed");

  it("reports an altered quote at its position, showing where it stops matching", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    const quote: string = person.evidence[0].quote;
    person.evidence[0].quote = quote.replace("Halden", "Kalden");
    writeRecord(data, "people", "piet-halden", person);
    const found = findings(check(root), "quote-in-seed");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/piet-halden.json", pointer: "/evidence/0/quote", ...positionOf(data, "people", "piet-halden", JSON.stringify(person.evidence[0].quote)) })]);
    expect(found[0]!.message).toContain('quote not found in the seed of "lantern-report"');
    expect(found[0]!.message).toMatch(/the quote goes on with "Kalden.*" but the source has "Halden/);
  });

  it("says when a quote misses only by whitespace or quote style, and shows the exact text", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", "norland-sudavia-trade-agreement");
    // The fixture's seed has a no-break space in "4 million" and curly quotes: retyped, they become plain.
    agreement.evidence.push({ article: "lantern-report", quote: "The pact covers 4 million tonnes" });
    agreement.evidence.push({ article: "lantern-report", quote: `"Trade builds bridges between our nations,"` });
    writeRecord(data, "agreements", "norland-sudavia-trade-agreement", agreement);
    const found = findings(check(root), "quote-in-seed");
    expect(found.map((d) => d.pointer)).toEqual(["/evidence/2/quote", "/evidence/3/quote"]);
    expect(found[0]!.message).toContain("it differs only in whitespace");
    expect(found[0]!.message).toContain("covers 4\\u00a0million");
    expect(found[1]!.message).toContain("it differs only in quote style");
    expect(found[1]!.message).toContain("“Trade builds");
  });

  it("still traces every well-shaped evidence quote of a record that fails the schema", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.evidence[0].quote = `${person.evidence[0].quote} (not in the source)`;
    person.evidence.push({ article: 7, quote: "x" }); // not shaped like evidence: the schema rule's alone
    person.nickname = "x";
    writeRecord(data, "people", "piet-halden", person);
    const result = check(root);
    expect(findings(result, "quote-in-seed").map((d) => d.pointer)).toEqual(["/evidence/0/quote"]);
    expect(findings(result, "references")).toEqual([]);
  });
});

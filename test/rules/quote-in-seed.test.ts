import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("quote-in-seed rule", () => {
  itAcceptsTheRealData("quote-in-seed");

  it("reports an altered quote at its position, showing where it stops matching", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "fidel-castro");
    const quote: string = person.evidence[0].quote;
    person.evidence[0].quote = quote.replace("Castro", "Kastro");
    writeRecord(data, "people", "fidel-castro", person);
    const found = findings(check(root), "quote-in-seed");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/fidel-castro.json", pointer: "/evidence/0/quote", ...positionOf(data, "people", "fidel-castro", JSON.stringify(person.evidence[0].quote)) })]);
    expect(found[0]!.message).toContain("quote not found in the seed of");
    expect(found[0]!.message).toMatch(/the quote goes on with "Kastro.*" but the source has "Castro/);
  });

  it("says when a quote misses only by whitespace or quote style, and shows the exact text", () => {
    const { root, data } = copyOfData();
    const agreement = readRecord(data, "agreements", "iran-cuba-havana-agreements-2023");
    // Seed 001 has a no-break space after "fields." and curly quotes elsewhere: retyped, they become plain.
    agreement.evidence.push({ article: "raisi-meets-castro-in-havana", quote: "bilateral cooperation in different fields. The signed agreements" });
    agreement.evidence.push({ article: "raisi-cuba-cooperation-hope-for-independent-nations", quote: `"Our cooperation in the path to progress can create hope` });
    writeRecord(data, "agreements", "iran-cuba-havana-agreements-2023", agreement);
    const found = findings(check(root), "quote-in-seed");
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toContain("it differs only in whitespace");
    expect(found[0]!.message).toContain("fields.\\u00a0");
    expect(found[1]!.message).toContain("it differs only in quote style");
    expect(found[1]!.message).toContain("“Our cooperation");
  });

  it("still traces every well-shaped evidence quote of a record that fails the schema", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "fidel-castro");
    person.evidence[0].quote = `${person.evidence[0].quote} (not in the source)`;
    person.evidence.push({ article: 7, quote: "x" }); // not shaped like evidence: the schema rule's alone
    person.nickname = "x";
    writeRecord(data, "people", "fidel-castro", person);
    const result = check(root);
    expect(findings(result, "quote-in-seed").map((d) => d.pointer)).toEqual(["/evidence/0/quote"]);
    expect(findings(result, "references")).toEqual([]);
  });
});

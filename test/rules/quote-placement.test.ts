import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

// The fixture's seed velo-wire.txt embeds two posts, each signed with the same line (lines 6 and 8).
const SIGNATURE = "— Presidencia Sudavia (@PresidenciaSudavia) May 2, 2024";
const ARTICLE = "velo-wire";
const ACCOUNT = "presidencia-sudavia-account";

describe("quote-placement rule", () => {
  itAcceptsTheFixture("quote-placement");

  it("reports a repeated quote that does not state its occurrence, with the lines of each", () => {
    const { root, data } = copyOfFixture();
    const org = readRecord(data, "organizations", ACCOUNT);
    org.evidence = [{ article: ARTICLE, quote: SIGNATURE }];
    writeRecord(data, "organizations", ACCOUNT, org);
    const found = findings(check(root), "quote-placement");
    expect(found).toEqual([expect.objectContaining({ file: `data/organizations/${ACCOUNT}.json`, pointer: "/evidence/0/quote", ...positionOf(data, "organizations", ACCOUNT, JSON.stringify(SIGNATURE)) })]);
    expect(found[0]!.message).toBe(`quote occurs 2 times in the seed of "${ARTICLE}" (lines 6, 8): which one is meant is not stated`);
    expect(found[0]!.hint).toContain('"occurrence": 1 to 2');
  });

  it("refuses an occurrence that does not exist, and one stated for a quote that occurs once", () => {
    const { root, data } = copyOfFixture();
    const org = readRecord(data, "organizations", ACCOUNT);
    org.evidence = [{ article: ARTICLE, quote: SIGNATURE, occurrence: 3 }];
    writeRecord(data, "organizations", ACCOUNT, org);
    const person = readRecord(data, "people", "anna-berg");
    person.evidence[0].occurrence = 1;
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "quote-placement");
    expect(found.map((d) => [d.file, d.pointer, d.message])).toEqual([
      [`data/organizations/${ACCOUNT}.json`, "/evidence/0/occurrence", `occurrence 3 does not exist: the quote occurs 2 times in the seed of "${ARTICLE}" (lines 6, 8)`],
      ["data/people/anna-berg.json", "/evidence/0/occurrence", `occurrence is stated, but the quote occurs only once in the seed of "${person.evidence[0].article}"`],
    ]);
  });

  it("refuses positions written in data/ (the build writes them)", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.evidence[0].position = { start: 0, end: 1, codePointStart: 0, codePointEnd: 1 };
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "quote-placement");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([["/evidence/0/position", "position is written by the build into the package's data, not kept in data/"]]);
  });
});

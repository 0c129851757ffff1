import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

// Seed 001 embeds two posts of @Tasnimnews_Fa, each signed with the same line (lines 20 and 26).
const SIGNATURE = "— خبرگزاری تسنیم 🇮🇷 (@Tasnimnews_Fa) June 15, 2023";
const ARTICLE_001 = "raisi-meets-castro-in-havana";

describe("quote-placement rule", () => {
  itAcceptsTheRealData("quote-placement");

  it("reports a repeated quote that does not state its occurrence, with the lines of each", () => {
    const { root, data } = copyOfData();
    const org = readRecord(data, "organizations", "tasnim-news-agency");
    org.evidence = [{ article: ARTICLE_001, quote: SIGNATURE }];
    writeRecord(data, "organizations", "tasnim-news-agency", org);
    const found = findings(check(root), "quote-placement");
    expect(found).toEqual([expect.objectContaining({ file: "data/organizations/tasnim-news-agency.json", pointer: "/evidence/0/quote", ...positionOf(data, "organizations", "tasnim-news-agency", JSON.stringify(SIGNATURE)) })]);
    expect(found[0]!.message).toBe(`quote occurs 2 times in the seed of "${ARTICLE_001}" (lines 20, 26): which one is meant is not stated`);
    expect(found[0]!.hint).toContain('"occurrence": 1 to 2');
  });

  it("refuses an occurrence that does not exist, and one stated for a quote that occurs once", () => {
    const { root, data } = copyOfData();
    const org = readRecord(data, "organizations", "tasnim-news-agency");
    org.evidence = [{ article: ARTICLE_001, quote: SIGNATURE, occurrence: 3 }];
    writeRecord(data, "organizations", "tasnim-news-agency", org);
    const person = readRecord(data, "people", "raul-castro");
    person.evidence[0].occurrence = 1;
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "quote-placement");
    expect(found.map((d) => [d.file, d.pointer, d.message])).toEqual([
      ["data/organizations/tasnim-news-agency.json", "/evidence/0/occurrence", `occurrence 3 does not exist: the quote occurs 2 times in the seed of "${ARTICLE_001}" (lines 20, 26)`],
      ["data/people/raul-castro.json", "/evidence/0/occurrence", `occurrence is stated, but the quote occurs only once in the seed of "${person.evidence[0].article}"`],
    ]);
  });

  it("refuses positions written in data/ (the build writes them)", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.evidence[0].position = { start: 0, end: 1, codePointStart: 0, codePointEnd: 1 };
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "quote-placement");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([["/evidence/0/position", "position is written by the build into the package's data, not kept in data/"]]);
  });
});

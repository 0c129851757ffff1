import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check, copyOfData, findings, itAcceptsTheRealData, readRecord, writeRecord } from "../helpers/data-copy.js";

const ARTICLE_003 = "raisi-vows-to-confront-us-in-havanna";

describe("non-content rule", () => {
  itAcceptsTheRealData("non-content");

  it("refuses a reader comment as evidence, even when marked nonContent", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: ARTICLE_003, quote: "Iran is for losers" });
    person.evidence.push({ article: ARTICLE_003, quote: "Biden Regime's weakness", nonContent: true });
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "non-content");
    expect(found).toHaveLength(2);
    for (const d of found) expect(d.message).toContain("reader comments are never evidence");
  });

  it("requires the nonContent mark for other non-content spans, and refuses it on content", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: ARTICLE_003, quote: "Please Follow us on Gab" });
    person.evidence.push({ article: ARTICLE_003, quote: "former Cuban dictator Raúl Castro", nonContent: true });
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining("quote comes from a follow-links span"),
      "evidence is marked nonContent, but its quote is article content",
    ]);
  });

  it("still locates the spans of an article that fails the schema, and checks a record that fails it", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ARTICLE_003);
    article.languages[0].tag = "English";
    writeRecord(data, "articles", ARTICLE_003, article);
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: ARTICLE_003, quote: "Iran is for losers" });
    person.nickname = "x";
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.file, d.message])).toEqual([["data/people/raul-castro.json", expect.stringContaining("reader comments are never evidence")]]);
  });

  it("judges a repeated quote by the occurrence it states", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    const text = readFileSync(join(data, "seeds", readRecord(data, "articles", ARTICLE_003).seed), "utf8");
    const comment = text.indexOf("Iran is for losers");
    // "Iran" occurs in the article's content and again in a reader comment: which one is cited decides.
    let inComment = 0;
    for (let i = text.indexOf("Iran"), n = 1; i !== -1; i = text.indexOf("Iran", i + 1), n++) if (i === comment) inComment = n;
    expect(inComment).toBeGreaterThan(1);
    person.evidence.push({ article: ARTICLE_003, quote: "Iran", occurrence: 1 });
    person.evidence.push({ article: ARTICLE_003, quote: "Iran", occurrence: inComment });
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([[`/evidence/${person.evidence.length - 1}/quote`, `quote comes from a reader comment of "${ARTICLE_003}": reader comments are never evidence`]]);
  });
});

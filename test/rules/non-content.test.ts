import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check, copyOfFixture, findings, itAcceptsTheFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

// The fixture's article lantern-report marks a follow-links line and a reader comment as non-content.
const ARTICLE = "lantern-report";

describe("non-content rule", () => {
  itAcceptsTheFixture("non-content");

  it("refuses a reader comment as evidence, even when marked nonContent", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: ARTICLE, quote: "this pact is a mistake" });
    person.evidence.push({ article: ARTICLE, quote: "is a mistake", nonContent: true });
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.file, d.pointer])).toEqual([
      ["data/people/anna-berg.json", "/evidence/2/quote"],
      ["data/people/anna-berg.json", "/evidence/3/quote"],
    ]);
    for (const d of found) expect(d.message).toBe(`quote comes from a reader comment of "${ARTICLE}": reader comments are never evidence`);
  });

  it("requires the nonContent mark for other non-content spans, and refuses it on content", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: ARTICLE, quote: "Follow the Daily Lantern on Pinboard" });
    person.evidence.push({ article: ARTICLE, quote: "President Anna Berg of Norland", nonContent: true });
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([
      ["/evidence/2/quote", expect.stringContaining(`quote comes from a follow-links span of "${ARTICLE}"`)],
      ["/evidence/3/nonContent", "evidence is marked nonContent, but its quote is article content"],
    ]);
  });

  it("still locates the spans of an article that fails the schema, and checks a record that fails it", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", ARTICLE);
    article.languages[0].tag = "English";
    writeRecord(data, "articles", ARTICLE, article);
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: ARTICLE, quote: "this pact is a mistake" });
    person.nickname = "x";
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.file, d.message])).toEqual([["data/people/anna-berg.json", expect.stringContaining("reader comments are never evidence")]]);
  });

  it("judges a repeated quote by the occurrence it states", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const text = readFileSync(join(data, "seeds", readRecord(data, "articles", ARTICLE).seed), "utf8");
    const comment = text.indexOf("this pact is a mistake");
    // "pact" occurs in the article's content and again in the reader comment: which one is cited decides.
    let inComment = 0;
    for (let i = text.indexOf("pact"), n = 1; i !== -1; i = text.indexOf("pact", i + 1), n++) if (i === comment + "this ".length) inComment = n;
    expect(inComment).toBeGreaterThan(1);
    person.evidence.push({ article: ARTICLE, quote: "pact", occurrence: 1 });
    person.evidence.push({ article: ARTICLE, quote: "pact", occurrence: inComment });
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "non-content");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([[`/evidence/${person.evidence.length - 1}/quote`, `quote comes from a reader comment of "${ARTICLE}": reader comments are never evidence`]]);
  });
});

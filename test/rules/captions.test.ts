import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

// The fixture's article lantern-report records one photo caption (line 4 of its seed); velo-wire records none.
const CAPTIONED = "lantern-report";
const UNCAPTIONED = "velo-wire";
const CAPTION_WORDS = "after the signing (photo: Sudavia Presidency)";
const ACROSS_EDGE = "in Velo on Thursday.\nBerg and Ruiz after the signing";

describe("captions rule", () => {
  itAcceptsTheFixture("captions");

  it("requires the mark on a quote from a recorded caption, and refuses it elsewhere", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: CAPTIONED, quote: CAPTION_WORDS });
    person.evidence.push({ article: UNCAPTIONED, quote: "in the presence of Anna Berg", from: "caption" });
    person.evidence.push({ article: CAPTIONED, quote: ACROSS_EDGE });
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "captions");
    expect(found.map((d) => [d.file, d.message, d.pointer])).toEqual([
      ["data/people/anna-berg.json", `quote comes from a photo caption of "${CAPTIONED}"`, "/evidence/2/quote"],
      ["data/people/anna-berg.json", `evidence is marked from a caption, but its quote lies in no caption that "${UNCAPTIONED}" records`, "/evidence/3/from"],
      ["data/people/anna-berg.json", `quote runs across the edge of a photo caption of "${CAPTIONED}"`, "/evidence/4/quote"],
    ]);
  });

  it("takes the captions from the article record: without it, the marks are refused", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", CAPTIONED);
    delete article.captions;
    writeRecord(data, "articles", CAPTIONED, article);
    expect(findings(check(root), "captions").map((d) => [d.file, d.pointer, d.message])).toEqual([
      ["data/organizations/sudavia-presidency.json", "/evidence/0/from", `evidence is marked from a caption, but its quote lies in no caption that "${CAPTIONED}" records`],
    ]);
  });

  it("still reads the captions of an article that fails the schema", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", CAPTIONED);
    article.languages[0].tag = "English";
    writeRecord(data, "articles", CAPTIONED, article);
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: CAPTIONED, quote: CAPTION_WORDS });
    writeRecord(data, "people", "anna-berg", person);
    expect(findings(check(root), "captions").map((d) => [d.file, d.message])).toEqual([["data/people/anna-berg.json", `quote comes from a photo caption of "${CAPTIONED}"`]]);
  });
});

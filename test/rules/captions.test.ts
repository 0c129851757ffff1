import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, readRecord, writeRecord } from "../helpers/data-copy.js";

const ARTICLE_001 = "raisi-meets-castro-in-havana";
const ARTICLE_003 = "raisi-vows-to-confront-us-in-havanna";
// Seed 001's photo caption and the bullet line right above it.
const CAPTION_WORDS = "top Cuban officials (handout by Cuba Presidency)";
const ACROSS_EDGE = "Raisi meets with Castro in Havana\n    Iranian President and his accompanying delegation";

describe("captions rule", () => {
  itAcceptsTheRealData("captions");

  it("requires the mark on a quote from a recorded caption, and refuses it elsewhere", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: ARTICLE_001, quote: CAPTION_WORDS });
    person.evidence.push({ article: ARTICLE_003, quote: "former Cuban dictator Raúl Castro", from: "caption" });
    person.evidence.push({ article: ARTICLE_001, quote: ACROSS_EDGE });
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "captions");
    expect(found.map((d) => [d.message, d.pointer])).toEqual([
      [`quote comes from a photo caption of "${ARTICLE_001}"`, expect.stringMatching(/^\/evidence\/\d+\/quote$/)],
      [`evidence is marked from a caption, but its quote lies in no caption that "${ARTICLE_003}" records`, expect.stringMatching(/^\/evidence\/\d+\/from$/)],
      [`quote runs across the edge of a photo caption of "${ARTICLE_001}"`, expect.stringMatching(/^\/evidence\/\d+\/quote$/)],
    ]);
  });

  it("takes the captions from the article record: without it, the marks are refused", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ARTICLE_001);
    const marked = JSON.stringify(readRecord(data, "people", "raul-castro")).split('"from":"caption"').length - 1;
    expect(marked).toBeGreaterThan(0);
    delete article.captions;
    writeRecord(data, "articles", ARTICLE_001, article);
    const onPerson = findings(check(root), "captions").filter((d) => d.file === "data/people/raul-castro.json");
    expect(onPerson).toHaveLength(marked);
    for (const d of onPerson) expect(d.message).toContain("lies in no caption");
  });

  it("still reads the captions of an article that fails the schema", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ARTICLE_001);
    article.languages[0].tag = "English";
    writeRecord(data, "articles", ARTICLE_001, article);
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: ARTICLE_001, quote: CAPTION_WORDS });
    writeRecord(data, "people", "raul-castro", person);
    expect(findings(check(root), "captions").map((d) => [d.file, d.message])).toEqual([["data/people/raul-castro.json", `quote comes from a photo caption of "${ARTICLE_001}"`]]);
  });
});

// One run, every problem: a record that fails the schema still goes through every rule that can run on
// what it has, and no diagnostic is a consequence of another.
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

// In the fixture dataset, Anna Berg's first evidence cites lantern-report (her other values carry their own).
const ARTICLE = "lantern-report";
const citingPerson = (data: string): string => {
  expect(readRecord(data, "people", "anna-berg").evidence[0].article).toBe(ARTICLE);
  return "anna-berg";
};

describe("one run reports every problem", () => {
  it("an article with a bad language tag and a wrong quote citing it: exactly both", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", ARTICLE);
    article.languages[0].tag = "English";
    writeRecord(data, "articles", ARTICLE, article);
    const id = citingPerson(data);
    const person = readRecord(data, "people", id);
    person.evidence[0].quote = `${person.evidence[0].quote} (a sentence the source never had)`;
    writeRecord(data, "people", id, person);
    const found = check(root).diagnostics.map((d) => [d.file, d.pointer, d.rule]);
    expect(found).toEqual([
      [`data/articles/${ARTICLE}.json`, "/languages/0/tag", "schema"],
      [`data/people/${id}.json`, "/evidence/0/quote", "quote-in-seed"],
    ]);
  });

  it("an empty quote is the schema's one diagnostic: not searched for (it occurs everywhere), not a second report", () => {
    const { root, data } = copyOfFixture();
    const id = citingPerson(data);
    const person = readRecord(data, "people", id);
    person.evidence[0].quote = "";
    writeRecord(data, "people", id, person);
    expect(check(root).diagnostics.map((d) => [d.file, d.pointer, d.rule])).toEqual([[`data/people/${id}.json`, "/evidence/0/quote", "schema"]]);
  });

  it("an article that does not parse hides no seed as unclaimed, and its citing quotes are not reported for it", () => {
    const { root, data } = copyOfFixture();
    writeRecord(data, "articles", ARTICLE, "");
    const result = check(root);
    const rules = result.diagnostics.map((d) => [d.file, d.rule]);
    expect(rules).toEqual([[`data/articles/${ARTICLE}.json`, "schema"]]);
  });
});

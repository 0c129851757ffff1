// One run, every problem: a record that fails the schema still goes through every rule that can run on
// what it has, and no diagnostic is a consequence of another.
import { describe, expect, it } from "vitest";
import { check, copyOfData, readRecord, writeRecord } from "./helpers/data-copy.js";

const ARTICLE = "raisi-meets-castro-in-havana";

/** A person whose first evidence cites the article, to break its quote. */
function citingPerson(data: string): string {
  for (const id of ["bruno-rodriguez-parrilla", "daniel-ortega", "ben-norton"]) {
    const person = readRecord(data, "people", id);
    if (person.evidence?.[0]?.article === ARTICLE) return id;
  }
  throw new Error(`no person cites ${ARTICLE} first`);
}

describe("one run reports every problem", () => {
  it("an article with a bad language tag and a wrong quote citing it: exactly both", () => {
    const { root, data } = copyOfData();
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
    const { root, data } = copyOfData();
    const id = citingPerson(data);
    const person = readRecord(data, "people", id);
    person.evidence[0].quote = "";
    writeRecord(data, "people", id, person);
    expect(check(root).diagnostics.map((d) => [d.file, d.pointer, d.rule])).toEqual([[`data/people/${id}.json`, "/evidence/0/quote", "schema"]]);
  });

  it("an article that does not parse hides no seed as unclaimed, and its citing quotes are not reported for it", () => {
    const { root, data } = copyOfData();
    writeRecord(data, "articles", ARTICLE, "");
    const result = check(root);
    const rules = result.diagnostics.map((d) => [d.file, d.rule]);
    expect(rules).toEqual([[`data/articles/${ARTICLE}.json`, "schema"]]);
  });
});

import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSource } from "../../src/check/add-source.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

const TEXT = "VELO – Anna Berg met the press on Friday. She spoke of trade with Sudavia.\n";

describe("article-complete rule", () => {
  itAcceptsTheFixture("article-complete");

  it("rejects add-source's skeleton with one error per thing left to do, and passes once they are done", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "new.txt"), TEXT);
    addSource(join(root, "new.txt"), data, { id: "new-report" });
    const at = (pointer: string) => Object.values(positionOfPointer(data, "articles", "new-report", pointer));
    const errors = check(root).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.file, d.line, d.column, d.rule, d.pointer, d.message])).toEqual([
      ["data/articles/new-report.json", ...at("/id"), "article-complete", "/id", "no other record cites this article in its evidence: the records its text supports have not been added"],
      ["data/articles/new-report.json", ...at("/languages/0/tag"), "article-complete", "/languages/0/tag", 'the language is undetermined ("und"): the article has not been completed'],
      ["data/articles/new-report.json", ...at("/notes/0"), "article-complete", "/notes/0", "add-source's placeholder note is still here: the article has not been completed"],
    ]);

    const article = readRecord(data, "articles", "new-report");
    article.languages[0].tag = "en";
    delete article.notes;
    writeRecord(data, "articles", "new-report", article);
    const person = readRecord(data, "people", "anna-berg");
    person.evidence.push({ article: "new-report", quote: "Anna Berg met the press on Friday." });
    writeRecord(data, "people", "anna-berg", person);
    expect(check(root).diagnostics).toEqual([]);
  });

  it("counts only other records' evidence as citing an article, and any note that is not the skeleton's", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "velo-wire");
    article.notes = ["The dateline gives the city and the date."];
    writeRecord(data, "articles", "velo-wire", article);
    // Every other record that cites velo-wire now cites lantern-report instead: velo-wire's own evidence does not count.
    for (const collection of readdirSync(data).filter((c) => c !== "seeds" && c !== "articles")) {
      for (const file of readdirSync(join(data, collection))) {
        const id = file.replace(/\.json$/, "");
        writeRecord(data, collection, id, JSON.parse(JSON.stringify(readRecord(data, collection, id)).replaceAll('"article":"velo-wire"', '"article":"lantern-report"')));
      }
    }
    expect(findings(check(root), "article-complete").map((d) => [d.file, d.pointer])).toEqual([["data/articles/velo-wire.json", "/id"]]);
  });
});

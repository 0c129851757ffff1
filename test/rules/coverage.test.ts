import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { format } from "../../src/check/format.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

/** 1-based line and column of the first occurrence of a needle in a seed of the copy (`skip` characters into it). */
function inSeed(data: string, seed: string, needle: string, skip = 0) {
  const text = readFileSync(join(data, "seeds", seed), "utf8");
  expect(text).toContain(needle);
  const before = text.slice(0, text.indexOf(needle) + skip).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Removes a name form from a record of the copy. */
function dropNameForm(data: string, collection: string, id: string, form: string) {
  const record = readRecord(data, collection, id);
  record.nameForms = record.nameForms.filter((f: string) => f !== form);
  writeRecord(data, collection, id, record);
}

describe("coverage rule", () => {
  itAcceptsTheFixture("coverage");

  it("warns, at the seed's line and column, about a name no record's name form covers", () => {
    const { root, data } = copyOfFixture();
    dropNameForm(data, "places", "port-amber", "Port Amber");
    const found = findings(check(root), "coverage");
    expect(found).toEqual([
      {
        file: "data/seeds/velo-wire.txt",
        ...inSeed(data, "velo-wire.txt", "Port Amber"),
        severity: "warning",
        rule: "coverage",
        message: 'no record\'s name form covers "Port Amber" (article "velo-wire")',
        hint: 'if it names a person, organization, place, event or situation, add a record for it (or this name form, with evidence, to its record); if it names no entity, acknowledge its words in the "nonNames" of data/articles/velo-wire.json',
      },
    ]);
  });

  it("reports a name once per article, with how often it occurs, and never from a non-content span", () => {
    const { root, data } = copyOfFixture();
    dropNameForm(data, "places", "velo", "Velo");
    const article = readRecord(data, "articles", "lantern-report");
    article.nonContent = article.nonContent.filter((span: { kind: string }) => span.kind !== "follow-links");
    writeRecord(data, "articles", "lantern-report", article);
    const found = findings(check(root), "coverage").map((d) => [d.file, d.line, d.column, d.message]);
    expect(found).toEqual([
      ["data/seeds/lantern-report.txt", ...Object.values(inSeed(data, "lantern-report.txt", "Velo")), 'no record\'s name form covers "Velo" (article "lantern-report", 2 times; the first here)'],
      ["data/seeds/lantern-report.txt", ...Object.values(inSeed(data, "lantern-report.txt", "Follow")), 'no record\'s name form covers "Follow" (article "lantern-report")'],
      ["data/seeds/lantern-report.txt", ...Object.values(inSeed(data, "lantern-report.txt", "Pinboard")), 'no record\'s name form covers "Pinboard" (article "lantern-report")'],
      ["data/seeds/velo-wire.txt", ...Object.values(inSeed(data, "velo-wire.txt", "Velo ")), 'no record\'s name form covers "Velo" (article "velo-wire")'],
    ]);
  });

  it("needs no acknowledgement for weekdays, months, AM/PM, function words, sentence openers and headline words the text writes in lower case", () => {
    const { root, data } = copyOfFixture();
    const text = "Trade Talks Resume\n\nAt 10 AM on Monday, May 6, the talks resumed. “We trade,” Berg said. Meanwhile the Lantern wrote that Talks would go on.\n";
    writeFileSync(join(data, "seeds", "extra.txt"), text);
    writeRecord(data, "articles", "extra", {
      id: "extra",
      seed: "extra.txt",
      sha256: createHash("sha256").update(text).digest("hex"),
      languages: [{ tag: "en", extent: "main", evidence: [{ article: "extra", quote: "the talks resumed" }] }],
      evidence: [{ article: "extra", quote: "Trade Talks Resume" }],
    });
    // "Trade" and "Talks" stand in a title-case line and the text writes them in lower case; "Resume" it
    // does not. "Talks" in the middle of a sentence is a name for all the check can tell.
    const at = (needle: string, skip = 0) => Object.values(inSeed(data, "extra.txt", needle, skip));
    expect(findings(check(root), "coverage").map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      ["data/seeds/extra.txt", ...at("Resume"), 'no record\'s name form covers "Resume" (article "extra")'],
      ["data/seeds/extra.txt", ...at("Meanwhile"), 'no record\'s name form covers "Meanwhile" (article "extra")'],
      ["data/seeds/extra.txt", ...at("Lantern"), 'no record\'s name form covers "Lantern" (article "extra")'],
      ["data/seeds/extra.txt", ...at("that Talks", "that ".length), 'no record\'s name form covers "Talks" (article "extra")'],
    ]);
  });

  it("takes the article's acknowledged words as naming no entity, and warns about one that is not needed", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "lantern-report");
    const signs = article.nonNames.findIndex((n: { word: string }) => n.word === "Signs");
    article.nonNames.splice(signs, 1);
    writeRecord(data, "articles", "lantern-report", article);
    expect(findings(check(root), "coverage").map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      // Common words join the phrase a name sits in: acknowledging "Signs" is enough.
      ["data/seeds/lantern-report.txt", 1, 6, 'no record\'s name form covers "Signs Trade Pact" (article "lantern-report")'],
    ]);

    article.nonNames.push({ word: "Signs" }, { word: "Norland" }, { word: "Trade" }, { word: "Zanzibar" }, { word: "Signs" });
    writeRecord(data, "articles", "lantern-report", article);
    const at = (i: number) => Object.values(positionOfPointer(data, "articles", "lantern-report", `/nonNames/${i}/word`));
    const n = article.nonNames.length;
    expect(findings(check(root), "coverage").map((d) => [d.file, d.line, d.column, d.pointer, d.severity, d.message])).toEqual([
      ["data/articles/lantern-report.json", ...at(n - 4), `/nonNames/${n - 4}/word`, "warning", '"Norland" is acknowledged in nonNames, but no occurrence needs it: a record\'s name form covers it, or the check knows it as a common word where it stands'],
      ["data/articles/lantern-report.json", ...at(n - 3), `/nonNames/${n - 3}/word`, "warning", '"Trade" is acknowledged in nonNames, but no occurrence needs it: a record\'s name form covers it, or the check knows it as a common word where it stands'],
      ["data/articles/lantern-report.json", ...at(n - 2), `/nonNames/${n - 2}/word`, "warning", '"Zanzibar" is acknowledged in nonNames, but the article\'s content has no such capitalized word'],
      ["data/articles/lantern-report.json", ...at(n - 1), `/nonNames/${n - 1}/word`, "warning", '"Signs" is acknowledged twice in nonNames'],
    ]);
  });

  it("never fails the check: a warning, reported as text and annotated for GitHub", () => {
    const { root, data } = copyOfFixture();
    dropNameForm(data, "people", "tomas-ruiz", "Tomás Ruiz");
    const { line, column } = inSeed(data, "velo-wire.txt", "Tomás");
    const result = check(root);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    const text = format(result, "text");
    expect(text).toContain(`data/seeds/velo-wire.txt:${line}:${column}: warning: no record's name form covers "Tomás" (article "velo-wire") [coverage]`);
    expect(text).toMatch(/0 errors and 1 warning in 1 file\n$/);
    expect(format(result, "github")).toContain(`::warning file=data/seeds/velo-wire.txt,line=${line},col=${column},title=coverage::no record's name form covers "Tomás" (article "velo-wire")%0A`);
  });
});

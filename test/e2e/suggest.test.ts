// suggest on a new article, end to end with the built CLI, on a copy of the real data: an invented report
// (test/fixtures/suggest/article.txt) names existing records under other spellings (accents dropped,
// other case, a title in lower case), once inside a non-content span and once in a photo caption.
// `suggest --write` must propose evidence for every mention, never quote the non-content span, quote the
// caption marked as one, and leave data that passes the check but for the suggested-evidence warnings.
import { describe, expect, it } from "vitest";
import { copyOfData, readRecord, runCli } from "../helpers/data-copy.js";
import { ARTICLE, CAPTION, dataWithFixture, fixtureText, NON_CONTENT } from "../helpers/suggest-fixture.js";
import { placeQuote } from "../../src/shared/locate.js";

/** The records the fixture names, by the words it names them with (all but "Raisi" other spellings than the record's name forms). */
const MENTIONS: [string, string][] = [
  ["places/havana", "HAVANA"],
  ["people/miguel-diaz-canel", "miguel diaz-canel"],
  ["people/ebrahim-raisi", "president ebrahim raisi"],
  ["people/ebrahim-raisi", "RAISI"],
  ["people/ebrahim-raisi", "Raisi"],
  ["places/tehran", "tehran"],
  ["people/nicolas-maduro", "nicolás maduro"],
  ["people/vladimir-putin", "vladímir putin"],
  ["people/fidel-castro", "fidel castro"],
  ["organizations/cuba-presidency", "cuba presidency"],
];

describe("suggest", () => {
  it("proposes evidence for every mention under other spellings, never from a non-content span, and --write leaves a passing check", () => {
    const { root, data } = dataWithFixture();
    // What the data already reports of other articles (warnings a later article may carry) stands; the fixture
    // article must be left with none of its own.
    type Diagnostic = { rule: string; severity: string; message: string; file: string; line: number; column: number };
    const reported = () => (JSON.parse(runCli(["check", "data", "--format", "json"], root).stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    const before = new Set(reported().map((d) => JSON.stringify(d)).filter((d) => !d.includes(ARTICLE)));
    const otherSpellings = MENTIONS.filter(([, words]) => words !== "Raisi");
    expect(new Set(otherSpellings.map(([record]) => record)).size).toBeGreaterThanOrEqual(5);
    for (const [record, words] of otherSpellings) expect(readRecord(data, ...(record.split("/") as [string, string])).nameForms).not.toContain(words);

    const shown = runCli(["suggest", ARTICLE, "--format", "json"], root);
    expect(shown.status).toBe(0);
    const proposals = JSON.parse(shown.stdout).proposals as { collection: string; id: string; evidence: { quote: string; occurrence?: number; from?: string } }[];
    // The caption is quoted whole and marked, for each record it names; no other proposal reaches into it.
    const fromCaption = proposals.filter((p) => p.evidence.from === "caption");
    expect(fromCaption.map((p) => `${p.collection}/${p.id}`)).toEqual(expect.arrayContaining(["organizations/cuba-presidency", "people/ebrahim-raisi", "people/miguel-diaz-canel"]));
    for (const p of proposals) expect(p.evidence.from === "caption" ? p.evidence.quote === CAPTION : !p.evidence.quote.includes("palace (handout"), p.evidence.quote).toBe(true);
    const nonContentAt = fixtureText.indexOf(NON_CONTENT);
    for (const p of proposals) {
      const placed = placeQuote(fixtureText, p.evidence.quote, p.evidence.occurrence);
      expect(placed.ok, p.evidence.quote).toBe(true);
      if (placed.ok) expect(placed.index + p.evidence.quote.length <= nonContentAt || placed.index >= nonContentAt + NON_CONTENT.length, p.evidence.quote).toBe(true);
    }
    // "Raisi smiled." twice: one proposal each, told apart by occurrence.
    expect(proposals.filter((p) => p.evidence.quote === "Raisi smiled.").map((p) => p.evidence.occurrence)).toEqual([1, 2]);
    // Nothing written yet.
    expect(JSON.stringify(readRecord(data, "people", "ebrahim-raisi"))).not.toContain(ARTICLE);

    const written = runCli(["suggest", ARTICLE, "--write"], root);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/wrote \d+ record file\(s\)/);

    // Every mention outside the non-content span is covered by a suggested evidence item of its record.
    for (const [record, words] of MENTIONS) {
      const value = readRecord(data, ...(record.split("/") as [string, string]));
      const spans = (value.evidence as { article: string; quote: string; occurrence?: number; suggested?: boolean }[])
        .filter((e) => e.article === ARTICLE)
        .map((e) => {
          expect(e.suggested).toBe(true);
          const placed = placeQuote(fixtureText, e.quote, e.occurrence);
          return placed.ok ? [placed.index, placed.index + e.quote.length] : [-1, -1];
        });
      let mentions = 0;
      for (let at = fixtureText.indexOf(words); at !== -1; at = fixtureText.indexOf(words, at + 1)) {
        if (at >= nonContentAt && at < nonContentAt + NON_CONTENT.length) continue;
        if (/\p{L}/u.test(fixtureText[at + words.length] ?? "") || /\p{L}/u.test(fixtureText[at - 1] ?? "")) continue; // part of a longer word
        mentions++;
        expect(spans.some(([s, e]) => s! <= at && at + words.length <= e!), `${record} "${words}" at ${at}`).toBe(true);
      }
      expect(mentions, `${record} "${words}"`).toBeGreaterThan(0);
      expect(value.nameForms).toContain(words);
    }

    const checked = runCli(["check", "data", "--format", "json"], root);
    const result = JSON.parse(checked.stdout) as { diagnostics: Diagnostic[] };
    expect(result.diagnostics.filter((d) => d.rule !== "suggested-evidence" && !before.has(JSON.stringify(d)))).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === "suggested-evidence").length).toBe(proposals.length);
    expect(checked.status).toBe(0);
  });

  it("refuses an unknown article and a bad format with a usage error, not a stack trace", () => {
    const { root } = copyOfData();
    const unknown = runCli(["suggest", "no-such-article"], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no article "no-such-article"');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["suggest", "x", "--format", "xml"], root).status).toBe(2);
  });
});

// The invented report of test/fixtures/suggest/, added as a complete article to a copy of the real data:
// what the suggest and review tests start from.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { copyOfData, readRecord, repoRoot, runCli, writeRecord } from "./data-copy.js";

export const ARTICLE = "suggest-fixture";
export const fixtureText = readFileSync(join(repoRoot, "test/fixtures/suggest/article.txt"), "utf8");
export const NON_CONTENT = "Follow us for more news on Raisi and Havana";
export const CAPTION = "miguel diaz-canel and RAISI at the palace (handout by cuba presidency)";

/** A copy of the data with the fixture added as a complete article (add-source, then its fields). */
export function dataWithFixture(): { root: string; data: string } {
  const copy = copyOfData();
  const source = join(copy.root, "fixture.txt");
  writeFileSync(source, fixtureText);
  expect(runCli(["add-source", source, "--data", "data", "--id", ARTICLE], copy.root).status).toBe(0);
  const article = readRecord(copy.data, "articles", ARTICLE);
  article.languages[0].tag = "en";
  article.nonContent = [{ kind: "follow-links", quote: NON_CONTENT }];
  article.captions = [{ asStated: CAPTION, credits: [{ asStated: "handout by cuba presidency", organization: "cuba-presidency" }], evidence: [{ article: ARTICLE, quote: CAPTION, from: "caption" }] }];
  article.nonNames = [{ word: "FIXTURE", note: "The fixture's own label, first line." }];
  delete article.notes;
  writeRecord(copy.data, "articles", ARTICLE, article);
  expect(runCli(["fix", "data"], copy.root).status).toBe(0); // canonical key order
  return copy;
}


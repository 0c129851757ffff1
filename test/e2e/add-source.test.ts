// add-source through the CLI: every refusal is a usage error (exit 2) naming the path, and the check holds
// the skeleton unfinished (the article-complete rule) until the contributor completes it.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedName } from "../../src/check/add-source.js";
import { copyOfFixture, readRecord, runCli } from "../helpers/data-copy.js";

const CAPTION_FIRST = "Berg and Ruiz at the palace (photo by Sudavia Presidency)\n\nVELO – President Tomas Ruiz said on Friday that trade with Norland will grow. He thanked the delegation.\n";

/** The errors of a check through the CLI, as rule and message. */
function errorsOf(root: string): [string, string, string][] {
  const run = runCli(["check", "data", "--format", "json"], root);
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; rule: string; message: string; severity: string }[] };
  return diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.rule, d.message]);
}

/** The three things add-source's skeleton leaves to do, as the check reports them. */
const unfinished = (id: string): [string, string, string][] => [
  [`data/articles/${id}.json`, "article-complete", "no other record cites this article in its evidence: the records its text supports have not been added"],
  [`data/articles/${id}.json`, "article-complete", 'the language is undetermined ("und"): the article has not been completed'],
  [`data/articles/${id}.json`, "article-complete", "add-source's placeholder note is still here: the article has not been completed"],
];

function refused(args: string[], root: string, message: RegExp) {
  const run = runCli(["add-source", ...args, "--data", "data"], root);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("add-source", () => {
  it("refuses empty, whitespace-only, directory, missing, non-UTF-8 and already-present texts", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "empty.txt"), "");
    refused([join(root, "empty.txt")], root, /empty\.txt is empty/);
    writeFileSync(join(root, "blank.txt"), " \n\t\u00a0\n");
    refused([join(root, "blank.txt")], root, /blank\.txt is only whitespace/);
    mkdirSync(join(root, "folder.txt"));
    refused([join(root, "folder.txt")], root, /folder\.txt is a directory/);
    refused([join(root, "missing.txt")], root, /missing\.txt does not exist/);
    writeFileSync(join(root, "latin1.txt"), Buffer.from([0x48, 0x61, 0x76, 0x61, 0x6e, 0x61, 0x20, 0xe9, 0x74, 0xe9]));
    refused([join(root, "latin1.txt")], root, /latin1\.txt is not valid UTF-8 \(first invalid byte at offset 7\)/);
    writeFileSync(join(root, "copy.txt"), readFileSync(join(data, "seeds", "velo-wire.txt")));
    refused([join(root, "copy.txt")], root, /byte-identical to the existing seed seeds\/velo-wire\.txt \(article "velo-wire"\)/);
  });

  it("writes a skeleton that the check holds unfinished, citing the lead rather than a caption line", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "new-text.txt"), CAPTION_FIRST);
    const run = runCli(["add-source", join(root, "new-text.txt"), "--data", "data", "--id", "new-text"], root);
    expect(run.status, run.stderr).toBe(0);
    const article = readRecord(data, "articles", "new-text");
    expect(article.title).toBeUndefined();
    expect(article.evidence[0].quote).toBe("VELO – President Tomas Ruiz said on Friday that trade with Norland will grow.");
    expect(runCli(["check", "data"], root).status).toBe(1);
    expect(errorsOf(root)).toEqual(unfinished("new-text"));
  });

  it("names a new seed <first 16 hex digits of its SHA-256>.txt, whatever other texts are added beside it", () => {
    const sha = createHash("sha256").update("x").digest("hex");
    expect(seedName(sha)).toBe(`${sha.slice(0, 16)}.txt`);

    // Two contributors add texts at the same time, from the same data: the second text gets the same name in both copies.
    const name = `${createHash("sha256").update(CAPTION_FIRST).digest("hex").slice(0, 16)}.txt`;
    for (const first of ["An earlier text, added in one pull request only.\n", undefined]) {
      const { root, data } = copyOfFixture();
      if (first !== undefined) {
        writeFileSync(join(root, "first.txt"), first);
        expect(runCli(["add-source", join(root, "first.txt"), "--data", "data"], root).status).toBe(0);
      }
      const before = readdirSync(join(data, "seeds"));
      writeFileSync(join(root, "Any Name.txt"), CAPTION_FIRST);
      const run = runCli(["add-source", join(root, "Any Name.txt"), "--data", "data"], root);
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(join(data, "seeds")).filter((n) => !before.includes(n))).toEqual([name]);
      expect(readFileSync(join(data, "seeds", name), "utf8")).toBe(CAPTION_FIRST);
      expect(readRecord(data, "articles", "any-name").seed).toBe(name);
    }
  });

  it("records what the contributor supplies as document metadata, tracing a title the text contains", () => {
    const { root, data } = copyOfFixture();
    // An outlet named exactly as one organization record names itself is linked to that record.
    writeFileSync(join(root, "titled.txt"), `Ruiz: “A new stage”\n\n${CAPTION_FIRST}`);
    const run = runCli(["add-source", join(root, "titled.txt"), "--data", "data", "--id", "titled", "--url", "https://example.com/news/ñ 1", "--outlet", "Daily Lantern", "--published", "2023-06", "--retrieved", "2023-06-17", "--title", 'Ruiz: "A new stage"'], root);
    expect(run.status, run.stderr).toBe(0);
    const article = readRecord(data, "articles", "titled");
    expect(article.document).toEqual({ url: "https://example.com/news/%C3%B1%201", outlet: { name: "Daily Lantern", organization: "daily-lantern" }, published: "2023-06", retrieved: "2023-06-17" });
    // The text has the title with curly quotes: the traced title copies the text's exact words.
    expect(article.title).toEqual({ asStated: "Ruiz: “A new stage”", evidence: [{ article: "titled", quote: "Ruiz: “A new stage”" }] });
    expect(Object.keys(article).slice(0, 5)).toEqual(["id", "seed", "sha256", "document", "title"]);

    writeFileSync(join(root, "untitled.txt"), `Another report.\n${CAPTION_FIRST}`);
    const untitled = runCli(["add-source", join(root, "untitled.txt"), "--data", "data", "--id", "untitled", "--outlet", "An Outlet No Record Names", "--title", "A headline only the web page shows"], root);
    expect(untitled.status, untitled.stderr).toBe(0);
    const metadataOnly = readRecord(data, "articles", "untitled");
    expect(metadataOnly.title).toBeUndefined();
    expect(metadataOnly.document).toEqual({ outlet: { name: "An Outlet No Record Names" }, title: "A headline only the web page shows" });

    // What add-source supplied passes every rule: only the curation left to do is reported.
    expect(errorsOf(root)).toEqual([...unfinished("titled"), ...unfinished("untitled")]);
  });

  it("refuses supplied metadata in the wrong form, saying which flag and what is expected", () => {
    const { root } = copyOfFixture();
    writeFileSync(join(root, "text.txt"), CAPTION_FIRST);
    const text = join(root, "text.txt");
    const seeds = readdirSync(join(root, "data", "seeds")).length;
    refused([text, "--url", "example.com/page"], root, /--url "example\.com\/page" is not an absolute http or https URL/);
    refused([text, "--url", "ftp://example.com/page"], root, /--url "ftp:\/\/example\.com\/page" is not an absolute http or https URL/);
    refused([text, "--url", "https://user:secret@example.com/"], root, /holds a user name or password/);
    refused([text, "--published", "2023-02-29"], root, /--published "2023-02-29" is not a calendar date: expected YYYY-MM-DD, YYYY-MM or YYYY/);
    refused([text, "--retrieved", "16/06/2023"], root, /--retrieved "16\/06\/2023" is not a calendar date/);
    refused([text, "--published", "2023-06-16", "--retrieved", "2023-06-15"], root, /--retrieved 2023-06-15 is before --published 2023-06-16/);
    refused([text, "--published", "9999-01-01"], root, /--published 9999-01-01 is later than today/);
    refused([text, "--outlet", "  "], root, /--outlet is empty/);
    refused([text, "--title"], root, /--title needs a value/);
    const misplaced = runCli(["check", "data", "--url", "https://example.com/"], root);
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain("--url is an option of add-source, not of check");
    // Nothing was written by a refused run.
    expect(readdirSync(join(root, "data", "seeds")).length).toBe(seeds);
  });
});

// CONTRIBUTING.md's steps, performed on a copy of the data with the built CLI: add a source, let suggest
// propose evidence, add a record, see precise errors, let fix do the mechanical part, complete the records,
// see the check pass, and review what the change claims.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfData, NO_ERRORS, readRecord, repoRoot, runCli, writeRecord } from "../helpers/data-copy.js";

const contributing = readFileSync(join(repoRoot, "CONTRIBUTING.md"), "utf8");

const SOURCE = "HAVANA – Cuban President Miguel Díaz-Canel said on Friday that “cooperation with Iran” will grow.\u00a0He thanked the Iranian delegation.\n";

describe("contributing an article, end to end", () => {
  it("follows CONTRIBUTING.md from add-source to a passing check", () => {
    const { root, data } = copyOfData();
    // The contributor's clone: the data as committed, for step 8's review.
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: root, encoding: "utf8" });
    git("init", "-q");
    git("add", "data");
    git("commit", "-qm", "data");
    const source = join(root, "contributing-test-source.txt");
    writeFileSync(source, SOURCE);

    // 1. add-source copies the text byte for byte and writes a skeleton that the check holds unfinished.
    const added = runCli(["add-source", source, "--data", "data", "--id", "test-new-article"], root);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain("wrote");
    const seed = readRecord(data, "articles", "test-new-article").seed;
    expect(seed).toBe(`${createHash("sha256").update(SOURCE).digest("hex").slice(0, 16)}.txt`);
    expect(readFileSync(join(data, "seeds", seed), "utf8")).toBe(SOURCE);
    expect(readRecord(data, "articles", "test-new-article").languages[0].tag).toBe("und");
    const skeleton = runCli(["check", "data"], root);
    expect(skeleton.status).toBe(1);
    expect(skeleton.stdout.match(/^data\/articles\/test-new-article\.json:\d+:\d+: error: .* \[article-complete\]$/gm)).toHaveLength(3);
    // Adding the same source twice is refused, as a usage error.
    expect(runCli(["add-source", source, "--data", "data"], root).status).toBe(2);

    // 3. suggest proposes the sentence for each record the text names (accents and case aside), and
    // --write adds it, marked suggested, with the text's spelling "HAVANA" as a new name form.
    const suggested = runCli(["suggest", "test-new-article"], root);
    expect(suggested.status).toBe(0);
    expect(suggested.stdout).toContain('people/miguel-diaz-canel  named as "Miguel Díaz-Canel"');
    expect(suggested.stdout).toContain('places/havana  named as "HAVANA"');
    expect(suggested.stdout).toContain('    "HAVANA – Cuban President Miguel Díaz-Canel said on Friday that “cooperation with Iran” will grow."');
    const write = runCli(["suggest", "test-new-article", "--write", "--format", "json"], root);
    expect(write.status).toBe(0);
    const written = (JSON.parse(write.stdout) as { written: string[] }).written.map((file) => file.replace(/\.json$/, "").split("/") as [string, string]);
    expect(written).toContainEqual(["places", "havana"]);
    expect(readRecord(data, "places", "havana").nameForms).toContain("HAVANA");
    const marked = runCli(["check", "data"], root);
    expect(marked.stdout).toMatch(/^data\/places\/havana\.json:\d+:\d+: warning: evidence from "test-new-article" was proposed by suggest and not yet judged by a person .*\[suggested-evidence\]$/m);
    // The contributor reads each passage and removes the mark.
    for (const [collection, id] of written) {
      const record = readRecord(data, collection, id);
      for (const e of record.evidence) delete e.suggested;
      writeRecord(data, collection, id, record);
    }

    // A record retyped by hand: straight quotes, a plain space for the no-break one, keys out of order.
    const person = readRecord(data, "people", "miguel-diaz-canel");
    person.evidence.push({ quote: 'said on Friday that "cooperation with Iran" will grow. He thanked', article: "test-new-article" });
    writeFileSync(join(data, "people", "miguel-diaz-canel.json"), JSON.stringify(person, null, 2) + "\n");

    // 4. The check names the file, line and column, and says what is wrong and what the source has.
    const failing = runCli(["check", "data"], root);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^data\/people\/miguel-diaz-canel\.json:\d+:\d+: error: quote not found exactly in the seed of "test-new-article": it differs only in whitespace and quote style\. The source has: "said on Friday that “cooperation with Iran” will grow\.\\u00a0He thanked"/m);
    expect(failing.stdout).toMatch(/^data\/people\/miguel-diaz-canel\.json:\d+:\d+: error: not in canonical formatting/m);
    // CONTRIBUTING.md shows this very report (line and column, and the evidence index, follow the data).
    const shown = contributing.slice(contributing.indexOf("4. **Run the check**"), contributing.indexOf("5. **Let `fix`"));
    const report = shown.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("data/") || l.startsWith("hint:"));
    const placeless = (s: string) => s.replace(/:\d+:\d+:/g, ":L:C:").replace(/\/evidence\/\d+\//g, "/evidence/N/");
    expect(report.length).toBe(4);
    for (const line of report) expect(placeless(failing.stdout)).toContain(placeless(line));

    // 5. fix copies the seed's exact text and restores the formatting.
    const fixed = runCli(["fix", "data"], root);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain("data/people/miguel-diaz-canel.json: quote at /evidence/");
    expect(readRecord(data, "people", "miguel-diaz-canel").evidence.at(-1)).toEqual({
      article: "test-new-article",
      quote: "said on Friday that “cooperation with Iran” will grow.\u00a0He thanked",
    });

    // 6. The contributor completes the article (its language, its dateline, the capitalized words that
    // name no entity) and removes add-source's note.
    const article = readRecord(data, "articles", "test-new-article");
    article.languages[0].tag = "en";
    article.dateline = { asStated: "HAVANA –" };
    article.nonNames = [{ word: "Cuban" }, { word: "President" }, { word: "Iranian" }];
    delete article.notes;
    writeRecord(data, "articles", "test-new-article", article);
    expect(runCli(["fix", "data"], root).status).toBe(0);
    const passing = runCli(["check", "data"], root);
    expect(passing.stdout).toMatch(NO_ERRORS);
    expect(passing.stdout).not.toContain("test-new-article");
    expect(passing.status).toBe(0);

    // 8. review says what the change claims since the commit: the new article, each new value with its quote.
    const review = runCli(["review", "HEAD", "--format", "markdown"], root);
    expect(review.status).toBe(0);
    expect(review.stdout).toContain("### Records added (1)\n- articles/test-new-article");
    expect(review.stdout).toContain('  - quote "HAVANA – Cuban President Miguel Díaz-Canel said on Friday that “cooperation with Iran” will grow." (test-new-article)');
    expect(review.stdout).not.toContain("Suggested marks still present");
  });
});

// A contributor's pull request, replayed on a copy of the repository: a new text (an invented fixture,
// test/fixtures/pull-request/) goes in with add-source, the check holds the skeleton unfinished, the
// records it supports are added, `fix` and `check` pass — and then the whole `npm test` passes on that
// copy, leaving only data/ changed. The new text uses what once failed tests bound to the data of their
// day: an abbreviation ("MoUs"), a vague quantity ("tens of billions") and a later status for an event the
// data holds as planned. Inside the replayed `npm test`, this file checks only that it runs there.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfRepository, readRecord, repoRoot, writeRecord } from "../helpers/data-copy.js";

const ARTICLE = "diaz-canel-arrives-in-tehran";
const fixture = join(repoRoot, "test/fixtures/pull-request/article.txt");
const text = readFileSync(fixture, "utf8");
/** The fixture's sentence that holds `words`: what evidence quotes. */
const sentence = (words: string): string => {
  const found = text.split(/\n+/).flatMap((line) => line.split(/(?<=\.) /)).find((s) => s.includes(words));
  if (!found) throw new Error(`the fixture has no sentence with ${JSON.stringify(words)}`);
  return found;
};
const evidence = (words: string) => [{ article: ARTICLE, quote: sentence(words) }];

function npm(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync("npm", args, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 1 << 28 });
  return { status: child.status, stdout: child.stdout, out: `${child.stdout}${child.stderr}` };
}

const git = (root: string, ...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });

/** The records a contributor adds or extends for the fixture text, after `add-source`. */
function curate(data: string): void {
  const article = readRecord(data, "articles", ARTICLE);
  article.title = { asStated: "Cuban president arrives in Tehran", evidence: evidence("Cuban president arrives") };
  article.languages = [{ tag: "en", extent: "main", evidence: evidence("arrived in Tehran") }];
  article.nonNames = [{ word: "FIXTURE", note: "The fixture's own label, first line." }];
  article.notes = ["An invented report, written as a test fixture: it says so in its first line."];
  writeRecord(data, "articles", ARTICLE, article);

  const person = readRecord(data, "people", "miguel-diaz-canel");
  person.evidence.push(...evidence("Miguel Díaz-Canel arrived"));
  writeRecord(data, "people", "miguel-diaz-canel", person);

  // The visit the data holds as planned and postponed, reported held by a later article: a progression.
  const visit = readRecord(data, "events", "diaz-canel-visit-to-tehran");
  visit.status.push({ value: "held", asStated: "arrived in Tehran", evidence: evidence("arrived in Tehran") });
  visit.evidence.push(...evidence("arrived in Tehran"));
  writeRecord(data, "events", "diaz-canel-visit-to-tehran", visit);

  const parties = ["IR", "CU"].map((country) => ({
    country,
    asStated: "The two governments",
    certainty: "interpretation",
    note: "\"The two governments\" is read as those of Iran and Cuba, the two the report is about.",
    evidence: evidence("three MoUs"),
  }));
  writeRecord(data, "agreements", "iran-cuba-tehran-mous", {
    id: "iran-cuba-tehran-mous",
    name: "The three Iran-Cuba memorandums of understanding on trade and health signed in Tehran",
    kind: "set",
    status: [{ value: "signed", asStated: "signed three MoUs", evidence: evidence("three MoUs") }],
    parties,
    statedCount: [{ value: 3, asStated: "three MoUs", evidence: evidence("three MoUs") }],
    quantities: [{
      value: 10_000_000_000,
      unit: "dollar",
      qualifier: "at-least",
      of: "trade",
      asStated: "tens of billions of dollars in trade",
      note: "\"tens of billions\" is read as at least ten billion.",
      evidence: evidence("tens of billions"),
    }],
    documentTypes: [{ value: ["memorandum-of-understanding"], asStated: "three MoUs", evidence: evidence("three MoUs") }],
    evidence: evidence("three MoUs"),
  });
}

describe("a contributor's pull request, replayed on a copy of the repository", () => {
  // Inside the replay, the npm test of the copy: only one test, that it runs on the contributor's data.
  if (process.env.ICR_REPLAY === "1") {
    it("runs inside the replay, on the contributor's data: the new article is there", () => {
      expect(existsSync(join(repoRoot, "data/articles", `${ARTICLE}.json`))).toBe(true);
    });
    return;
  }

  it("add-source, curation, fix and check; then the whole npm test passes and only data/ changed", { timeout: 80 * 60_000 }, () => {
    const root = copyOfRepository();
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "main, as the contributor found it");
    const data = join(root, "data");
    const seedsBefore = readdirSync(join(data, "seeds"));

    // The text comes from outside the repository; add-source copies it in, named by its hash.
    const incoming = join(tmpdir(), `icr-pull-request-${process.pid}.txt`);
    writeFileSync(incoming, text);
    const added = npm(root, ["run", "--silent", "add-source", "--", incoming, "--id", ARTICLE, "--outlet", "Mehr News Agency", "--url", "https://example.invalid/fixture/diaz-canel-in-tehran", "--published", "2023-12-10"]);
    expect(added.status, added.out).toBe(0);
    const newSeeds = readdirSync(join(data, "seeds")).filter((s) => !seedsBefore.includes(s));
    expect(newSeeds).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.txt$/)]);

    // The skeleton is unfinished, and the check says what is left, one message each.
    const unfinished = npm(root, ["run", "--silent", "check", "--", "--format", "json"]);
    expect(unfinished.status).toBe(1);
    const report = JSON.parse(unfinished.out.slice(unfinished.out.indexOf("{"))) as { diagnostics: { rule: string; severity: string; file: string }[] };
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((d) => d.rule === "article-complete" && d.file === `data/articles/${ARTICLE}.json`)).toBe(true);

    curate(data);
    const fixed = npm(root, ["run", "--silent", "fix"]);
    expect(fixed.status, fixed.out).toBe(0);
    const checked = npm(root, ["run", "--silent", "check"]);
    expect(checked.status, checked.out).toBe(0);

    // The whole npm test, as CI runs it, on the contributor's copy.
    const tested = npm(root, ["test"], { CI: "true", ICR_REPLAY: "1" });
    // The replay's whole report is kept for whoever reads a failure.
    mkdirSync(join(repoRoot, ".test-results"), { recursive: true });
    writeFileSync(join(repoRoot, ".test-results/pull-request-npm-test.log"), tested.out);
    expect(tested.status, "the replay's npm test failed: see .test-results/pull-request-npm-test.log").toBe(0);
    expect(tested.stdout.trim().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed$/);

    const changed = git(root, "status", "--short", "--untracked-files=all").split("\n").filter(Boolean);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((line) => !line.slice(3).startsWith("data/"))).toEqual([]);
  });
});

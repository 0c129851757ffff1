// review on a fixture pull request, end to end with the built CLI: a git-initialised copy of the data
// receives the invented report of test/fixtures/suggest/ with suggested evidence, a new value read as an
// interpretation, and a note; the new value contradicts what the data holds (a conflict appears).
// `review HEAD` must list each new value with its quote, the interpretation, the conflict and the
// suggested marks, in text, Markdown (what CI writes to the job summary) and JSON.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { copyOfData, readRecord, runCli, writeRecord } from "../helpers/data-copy.js";
import { ARTICLE, dataWithFixture } from "../helpers/suggest-fixture.js";

const git = (root: string, ...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });
const STATUS_QUOTE = "It says fidel castro still leads the party.";
const NOTE = '"still leads the party" is read as saying he is active.';

/** The fixture pull request: data committed, then the new article, suggest --write, and one value curated by hand. */
function pullRequest(): string {
  const { root, data } = copyOfData();
  git(root, "init", "-q");
  git(root, "-c", "user.name=t", "-c", "user.email=t@t", "add", "data");
  git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data");
  const fixture = dataWithFixture();
  execFileSync("cp", ["-r", `${fixture.data}/.`, data]);
  expect(runCli(["suggest", ARTICLE, "--write"], root).status).toBe(0);
  const fidel = readRecord(data, "people", "fidel-castro");
  fidel.statedStatus.push({ value: "active", asStated: "still leads the party", certainty: "interpretation", note: NOTE, evidence: [{ article: ARTICLE, quote: STATUS_QUOTE }] });
  writeRecord(data, "people", "fidel-castro", fidel);
  return root;
}

describe("review", () => {
  it("lists each new value with its quote, each interpretation, the conflict that appears and the suggested marks", () => {
    const root = pullRequest();
    const json = runCli(["review", "HEAD", "--format", "json"], root);
    expect(json.status).toBe(0);
    const review = JSON.parse(json.stdout);
    expect(review.added).toEqual([`articles/${ARTICLE}`]);
    expect(review.removed).toEqual([]);
    const status = review.values.find((v: { record: string; pointer: string }) => v.record === "people/fidel-castro" && v.pointer.startsWith("/statedStatus/"));
    expect(status).toMatchObject({ change: "added", words: "still leads the party", certainty: "interpretation", note: NOTE, evidence: [{ article: ARTICLE, quote: STATUS_QUOTE }] });
    expect(review.readings).toContainEqual(status);
    // Every suggested evidence item is a new value with its quote, and still marked.
    const suggested = review.values.filter((v: { evidence: { suggested?: boolean }[] }) => v.evidence.some((e) => e.suggested));
    expect(suggested.length).toBeGreaterThanOrEqual(9);
    expect(review.suggested.length).toBe(suggested.length);
    expect(review.differences.map((d: { change: string; key: string }) => `${d.change} ${d.key}`)).toContain("appears conflict people/fidel-castro statedStatus");

    const text = runCli(["review", "HEAD"], root);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`quote ${JSON.stringify(STATUS_QUOTE)} (${ARTICLE})`);
    expect(text.stdout).toContain(`certainty interpretation: ${NOTE}`);
    expect(text.stdout).toContain("appears: conflict people/fidel-castro statedStatus");

    const markdown = runCli(["review", "HEAD", "--format", "markdown"], root);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^## What this change claims \(since `HEAD`\)$/m);
    expect(markdown.stdout).toMatch(/^### Readings to judge \(certainty not stated, derived dates\) \(1\)$/m);
    expect(markdown.stdout).toContain(`- added people/fidel-castro /statedStatus/2 value="active" words "still leads the party"\n  - quote ${JSON.stringify(STATUS_QUOTE)} (${ARTICLE})\n  - certainty interpretation: ${NOTE}`);
    expect(markdown.stdout).toMatch(/^- appears: conflict people\/fidel-castro statedStatus$/m);
    expect(markdown.stdout).toMatch(/^### Suggested marks still present \(\d+\)$/m);
  });

  it("says when there is no change, and refuses an unknown ref or a folder outside git with exit 2 and no stack trace", () => {
    const { root } = copyOfData();
    const outside = runCli(["review", "HEAD"], root);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain("is not in a git repository");
    git(root, "init", "-q");
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "add", "data");
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data");
    expect(runCli(["review", "HEAD"], root).stdout).toContain("no change to the data");
    const unknown = runCli(["review", "no-such-ref"], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown git ref "no-such-ref"');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});

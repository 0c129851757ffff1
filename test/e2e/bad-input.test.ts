// Every kind of bad input gets a clear message naming file, line and column, exit code 1, and no
// stack trace — run through the built CLI, as a contributor would meet it.
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames } from "../../src/shared/collections.js";
import { copyOfData, NO_ERRORS, repoRoot, runCli } from "../helpers/data-copy.js";

const fixtures = join(repoRoot, "test/fixtures/bad-input");
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

function expectCleanFailure(run: ReturnType<typeof runCli>, where: RegExp, message: string) {
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(where);
  expect(run.stdout).toContain(message);
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).toBe("");
}

const cases: { fixture: string; where: RegExp; message: string }[] = [
  { fixture: "malformed.json", where: /^data\/people\/malformed\.json:4:3: error: /m, message: 'malformed JSON: expected "," or "}" but found a string (is a comma missing before it?)' },
  { fixture: "bom.json", where: /^data\/people\/bom\.json:1:1: error: /m, message: "byte-order mark" },
  { fixture: "wrong-type.json", where: /^data\/people\/wrong-type\.json:4:16: error: /m, message: "expected an array but found a string (at /nameForms)" },
  { fixture: "unknown-field.json", where: /^data\/people\/unknown-field\.json:7:3: error: /m, message: 'unknown property "birthDate"' },
  { fixture: "duplicate-key.json", where: /^data\/people\/duplicate-key\.json:4:3: error: /m, message: 'duplicate key "name"' },
  { fixture: "dangling-reference.json", where: /^data\/people\/dangling-reference\.json:12:23: error: /m, message: 'unknown organization "presidency-of-iran"' },
  { fixture: "id-mismatch.json", where: /^data\/people\/id-mismatch\.json:2:9: error: /m, message: 'id "id-mismatched" does not match the file name id-mismatch.json' },
  { fixture: "quote-not-in-seed.json", where: /^data\/people\/quote-not-in-seed\.json:10:16: error: /m, message: "quote not found in the seed of \"raisi-imperialist-powers-upset\"" },
  { fixture: "near-miss-quote.json", where: /^data\/people\/near-miss-quote\.json:13:20: error: /m, message: "it differs only in quote style. The source has:" },
  { fixture: "reader-comment-evidence.json", where: /^data\/people\/reader-comment-evidence\.json:14:16: error: /m, message: "reader comments are never evidence" },
  { fixture: "trailing-comma.json", where: /^data\/people\/trailing-comma\.json:5:20: error: /m, message: 'trailing comma before "]": remove it' },
  { fixture: "comment.json", where: /^data\/people\/comment\.json:3:3: error: /m, message: "comments are not allowed in JSON" },
  { fixture: "proto-key.json", where: /^data\/people\/proto-key\.json:3:3: error: /m, message: 'unknown property "__proto__"' },
  { fixture: "constructor-key.json", where: /^data\/people\/constructor-key\.json:3:3: error: /m, message: 'unknown property "constructor"' },
  { fixture: "nan.json", where: /^data\/people\/nan\.json:3:28: error: /m, message: "NaN is not a JSON value" },
  { fixture: "lone-surrogate.json", where: /^data\/people\/lone-surrogate\.json:3:26: error: /m, message: "lone surrogate \\ud800" },
  { fixture: "non-nfc-id.json", where: /^data\/people\/non-nfc-id\.json:2:9: error: /m, message: "is not in the expected form (it holds decomposed characters: not Unicode NFC) (at /id)" },
  { fixture: "invalid-utf8.json", where: /^data\/people\/invalid-utf8\.json:3:15: error: /m, message: "file is not valid UTF-8" },
  { fixture: "not-json.txt", where: /^data\/people\/not-json\.txt:1:1: error: /m, message: "not-json.txt is not a .json file, in the people folder" },
];

describe("bad input, through the CLI", () => {
  it.each(cases)("$fixture", ({ fixture, where, message }) => {
    const { root, data } = copyOfData();
    copyFileSync(join(fixtures, fixture), join(data, "people", fixture));
    expectCleanFailure(runCli(["check", "data"], root), where, message);
  });

  it("an edited seed (one byte changed) fails, naming the article", () => {
    const { root, data } = copyOfData();
    const seed = join(data, "seeds", "000_3fb4dc3d91cfac1b.txt");
    const text = readFileSync(seed, "utf8");
    writeFileSync(seed, text.replace("Havana on Thursday", "Havana on Tuesday"));
    expectCleanFailure(runCli(["check", "data"], root), /^data\/articles\/raisi-imperialist-powers-upset\.json:4:13: error: /m, "the source text has changed");
  });

  it("a 50 MB file is refused unread", () => {
    const { root, data } = copyOfData();
    const big = `{"id": "big", "name": "${"x".repeat(50 * 1024 * 1024)}"}`;
    writeFileSync(join(data, "people", "big.json"), big);
    expectCleanFailure(runCli(["check", "data"], root), /^data\/people\/big\.json:1:1: error: /m, "big.json is 50.0 MiB, over the 1 MiB limit");
  });

  it("100 000 levels of nesting are refused without overflowing the stack", () => {
    const { root, data } = copyOfData();
    const depth = 100_000;
    writeFileSync(join(data, "people", "deep.json"), `{"id": "deep", "name": ${"[".repeat(depth)}${"]".repeat(depth)}}`);
    expectCleanFailure(runCli(["check", "data"], root), /^data\/people\/deep\.json:1:\d+: error: /m, "nested more than 64 levels deep");
  });

  it("a symbolic link (here, one leaving the data directory) is refused unread", () => {
    const { root, data } = copyOfData();
    symlinkSync("/etc/hostname", join(data, "people", "escape.json"));
    expectCleanFailure(runCli(["check", "data"], root), /^data\/people\/escape\.json:1:1: error: /m, "escape.json is a symbolic link");
  });

  it("a usage error exits 2 with the usage text, and a missing directory is a usage error", () => {
    const { root } = copyOfData();
    const unknown = runCli(["check", "data", "--format", "xml"], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--format must be one of text, json, github");
    const missing = runCli(["check", "no-such-dir"], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no-such-dir is not a directory");
  });

  it("passes on the real data with exit 0 and a summary of what it holds", () => {
    const run = runCli(["check", "data"], repoRoot);
    expect(run.status).toBe(0);
    const counts = collectionNames.map((c) => `${readdirSync(join(repoRoot, "data", c)).length} ${c}`);
    // The summary states the listing: records per collection, and seeds.
    expect(run.stdout).toContain(`checked ${counts.join(", ")}; ${readdirSync(join(repoRoot, "data/seeds")).length} seeds\n`);
    expect(run.stdout).toMatch(NO_ERRORS);
  });
});

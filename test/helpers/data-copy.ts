// Tests mutate a fresh copy of a data directory, never the original: the invented fixture dataset of
// test/fixtures/dataset/ for behaviour, or the real data/ where a test must show it agrees with the raw files.
import { fileURLToPath } from "node:url";
import { execFileSync, spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkDirectory, type CheckResult } from "../../src/check/index.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A small invented dataset (two made-up seeds and the records they support) that passes every rule: what
 * the rule tests change, so that no test depends on what data/ holds today.
 */
export const fixtureDir = join(repoRoot, "test/fixtures/dataset");

/** A temporary directory holding a copy of `from` as `data/`; returns the copy's root (the cwd for messages). */
function copyAsData(from: string): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "icr-test-"));
  cpSync(from, join(root, "data"), { recursive: true });
  return { root, data: join(root, "data") };
}

/** A fresh copy of the fixture dataset, as `data/` in a temporary directory. */
export function copyOfFixture(): { root: string; data: string } {
  return copyAsData(fixtureDir);
}

/** A fresh copy of the real data/, for the tests that show the check and the accessors agree with it. */
export function copyOfData(): { root: string; data: string } {
  return copyAsData(join(repoRoot, "data"));
}

/**
 * A temporary copy of the repository as it stands in the working tree (tracked and untracked files that
 * git does not ignore; no .git, dist/ or .test-results/), with node_modules linked to this one's install.
 */
/** The check's last line when it found no error: warnings (advice for a reviewer) may stand beside a pass. */
export const NO_ERRORS = /\n(no problems found|0 errors and \d+ warnings? in \d+ files?)\n$/;

export function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), "icr-repo-"));
  // Readable by all, as a checkout is (mkdtemp makes it the owner's only): tests run the CLI as another user.
  chmodSync(root, 0o755);
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" }).split("\0");
  for (const file of files) {
    if (file === "" || file === "node_modules") continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(root, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error; // deleted in the working tree, not yet committed
    }
  }
  symlinkSync(realpathSync(join(repoRoot, "node_modules")), join(root, "node_modules"));
  return root;
}

export function readRecord(data: string, collection: string, id: string): Record<string, any> {
  return JSON.parse(readFileSync(join(data, collection, `${id}.json`), "utf8"));
}

/** Writes a record in canonical-looking form (2-space JSON): tests that need other bytes write text. */
export function writeRecord(data: string, collection: string, id: string, value: unknown): void {
  writeFileSync(join(data, collection, `${id}.json`), JSON.stringify(value, null, 2) + "\n");
}

/** Runs every rule on a data copy; messages name files relative to the copy's root, as `data/...`. */
export function check(root: string): CheckResult {
  return checkDirectory(join(root, "data"), { cwd: root });
}

/** The diagnostics of one rule. */
export function findings(result: CheckResult, rule: string) {
  return result.diagnostics.filter((d) => d.rule === rule);
}

/** Runs the built CLI as a user would: a separate process, no TTY. */
export function runCli(args: string[], cwd: string) {
  // maxBuffer: the default 1 MiB would kill the CLI (SIGTERM) and cut a large report short.
  const child = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000, maxBuffer: 1 << 30 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** 1-based line and column of the first occurrence of a needle in a record file. */
export function positionOf(data: string, collection: string, id: string, needle: string): { line: number; column: number } {
  const text = readFileSync(join(data, collection, `${id}.json`), "utf8");
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} not in ${collection}/${id}.json`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * 1-based line and column of the value at a JSON pointer in a record file written by `writeRecord` (or
 * canonical): found by writing the record again with a marker in that place, not by the checker's parser.
 */
export function positionOfPointer(data: string, collection: string, id: string, pointer: string): { line: number; column: number } {
  const text = readFileSync(join(data, collection, `${id}.json`), "utf8");
  const value = JSON.parse(text);
  if (JSON.stringify(value, null, 2) + "\n" !== text) throw new Error(`${collection}/${id}.json is not written as JSON.stringify(value, null, 2)`);
  const steps = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent: any = { "": value };
  let key = "";
  for (const step of steps) [parent, key] = [parent[key], step];
  if (!(key in parent)) throw new Error(`${pointer} is not in ${collection}/${id}.json`);
  parent[key] = "\u0000marker";
  const marked = JSON.stringify(value, null, 2);
  const before = marked.slice(0, marked.indexOf('"\\u0000marker"')).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The first test of every rule: the fixture dataset gives it nothing to report, not even a warning. */
export function itAcceptsTheFixture(rule: string): void {
  it("accepts the fixture dataset", () => {
    expect(findings(checkDirectory(fixtureDir, { cwd: fixtureDir }), rule)).toEqual([]);
  });
}

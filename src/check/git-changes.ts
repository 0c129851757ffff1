// `check --changed <ref>`: what differs in a data directory from a git ref, and which unchanged records
// mention a given record, both asked of git (child_process; no git library). What the ref had is taken
// to be clean: CI runs the full check on main, so a pull request's base passed it, and every problem
// the full check would find now lies in what the change can affect (src/check/incremental.ts).
import { spawn, spawnSync } from "node:child_process";
import { collectionNames, type CollectionName } from "../collections.js";
import { directoryFacts, type CheckResult } from "./run.js";
import { listDataset } from "./dataset.js";
import { checkIncrementally, recordKey, recordsToRecheck, type Change } from "./incremental.js";

/** git is missing, the directory is not in a repository, or the ref names no commit: a usage error. */
export class GitChangesError extends Error {}

/** git's environment and configuration for every call: the user's settings must not change what is listed. */
const GIT_CONFIG = ["-c", "diff.external=", "-c", "core.quotePath=false"];
const gitEnv = () => ({ ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" });

function gitFailed(error: Error): GitChangesError {
  const code = (error as NodeJS.ErrnoException).code;
  return new GitChangesError(code === "ENOENT" ? "--changed needs git, and git was not found on the PATH" : `--changed could not run git: ${error.message}`);
}

type GitRun = { status: number | null; stdout: string; stderr: string };

function git(dir: string, args: string[]): GitRun {
  const child = spawnSync("git", [...GIT_CONFIG, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, env: gitEnv() });
  if (child.error) throw gitFailed(child.error);
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** `git` in the background: the checker lists the directory while git compares every file with its index. */
function gitInBackground(dir: string, args: string[]): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...GIT_CONFIG, ...args], { cwd: dir, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.once("error", (error) => reject(gitFailed(error)));
    child.once("close", (status) => resolve({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
  });
}

/** The commit a ref names, after making sure git can use `dir`: a usage error otherwise. */
function resolveRef(dir: string, ref: string): string {
  const top = git(dir, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) {
    // git says why (not a repository, or one it refuses to use, such as "dubious ownership"): pass it on.
    const why = top.stderr.trim().split("\n")[0]?.replace(/^fatal: /, "") ?? "";
    throw new GitChangesError(`--changed compares with a git ref, but git cannot use ${dir}${why ? `: ${why}` : ""}`);
  }
  // A ref starting with "-" would be read as an option.
  const commit = ref.startsWith("-") ? undefined : git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!commit || commit.status !== 0) throw new GitChangesError(`unknown git ref "${ref}": no commit has that name (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, "")})`);
  return commit.stdout.trim();
}

/** What differs from a ref: deleted and changed files (added included), and of those, the added ones (untracked included), by path relative to the data directory. */
export interface GitChanges {
  deleted: string[];
  changed: string[];
  added: string[];
}

/**
 * The files of `dir` that differ from `ref`. The ref is resolved at once (a bad one throws before any other
 * work); the comparison runs in the background: `git diff` stats every tracked file and `git ls-files`
 * walks the directory, both in their own processes, at the same time as each other and as the caller.
 */
export function gitChanges(dir: string, ref: string): Promise<GitChanges> {
  const hash = resolveRef(dir, ref);
  // Renames are a deletion and an addition: the old id is gone, the new file is checked.
  const diff = gitInBackground(dir, ["diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", "--relative", hash, "--", "."]);
  // Untracked files, ignored ones included: the full check lists them too.
  const others = gitInBackground(dir, ["ls-files", "-z", "--others", "--", "."]);
  return Promise.all([diff, others]).then(([diff, others]) => {
    if (diff.status !== 0) throw new GitChangesError(`git diff ${ref} failed: ${diff.stderr.trim()}`);
    if (others.status !== 0) throw new GitChangesError(`git ls-files failed: ${others.stderr.trim()}`);
    const changes: GitChanges = { deleted: [], changed: [], added: [] };
    const fields = diff.stdout.split("\0");
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [status, path] = [fields[i]!, fields[i + 1]!];
      (status === "D" ? changes.deleted : changes.changed).push(path);
      if (status === "A") changes.added.push(path);
    }
    const untracked = others.stdout.split("\0").filter((p) => p !== "");
    changes.changed.push(...untracked);
    changes.added.push(...untracked);
    return changes;
  });
}

/**
 * The files of `dir` (paths relative to it) whose text holds one of the strings, asked of `git grep`
 * over the working tree's tracked files (untracked ones are re-checked anyway).
 */
export function gitFilesContaining(dir: string, strings: readonly string[]): string[] {
  const found = new Set<string>();
  for (let start = 0; start < strings.length; start += 500) {
    const patterns = strings.slice(start, start + 500).flatMap((s) => ["-e", s]);
    const run = git(dir, ["grep", "-l", "-z", "-F", "--no-color", ...patterns, "--", "."]);
    // 1: nothing found.
    if (run.status !== 0 && run.status !== 1) throw new GitChangesError(`git grep failed: ${run.stderr.trim()}`);
    for (const path of run.stdout.split("\0")) if (path !== "") found.add(path);
  }
  return [...found];
}

/** A path relative to the data directory as a record key (`collection/name`) or a seed name; undefined for anything else. */
function classify(path: string): { record: string } | { seed: string } | undefined {
  const parts = path.split("/");
  if (parts.length !== 2) return undefined;
  const [folder, name] = parts as [string, string];
  if (folder === "seeds") return { seed: name };
  if (collectionNames.includes(folder as CollectionName) && name.endsWith(".json")) return { record: recordKey(folder, name.slice(0, -".json".length)) };
  return undefined;
}

/** Checks what differs from `ref` in a data directory and what depends on it; the report is the full check's when `ref` passed it. */
export async function checkChangedSince(dir: string, ref: string, options: { cwd?: string } = {}): Promise<{ result: CheckResult; rechecked: number }> {
  const comparing = gitChanges(dir, ref);
  // Listed and read while git compares; a failure of git is reported once its answer is awaited.
  comparing.catch(() => undefined);
  const listing = listDataset(dir, options.cwd);
  const facts = directoryFacts(listing);
  const { deleted, changed: touched, added: created } = await comparing;
  // Whether a record is listed, asked only of the few paths git named: names grouped by collection, built once.
  const names = new Map<string, Set<string>>();
  for (const entry of listing.records) {
    let set = names.get(entry.collection);
    if (!set) names.set(entry.collection, (set = new Set()));
    set.add(entry.name);
  }
  const present = { has: (key: string) => names.get(key.slice(0, key.indexOf("/")))?.has(key.slice(key.indexOf("/") + 1)) === true };
  const changed = new Set<string>();
  const added = new Set<string>();
  const removed = new Set<string>();
  const seeds = new Set<string>();
  for (const path of touched) {
    const what = classify(path);
    if (what && "seed" in what) seeds.add(what.seed);
    else if (what && present.has(what.record)) changed.add(what.record);
  }
  for (const path of created) {
    const what = classify(path);
    if (what && "record" in what && present.has(what.record)) added.add(what.record);
  }
  for (const path of deleted) {
    const what = classify(path);
    if (what && "seed" in what) seeds.add(what.seed);
    else if (what && !present.has(what.record)) removed.add(what.record);
  }
  // A record whose file was deleted and written again untracked is changed, not removed.
  const articles = new Set<string>();
  for (const key of [...changed, ...removed]) if (key.startsWith("articles/")) articles.add(key.slice("articles/".length));
  for (const [name, article] of facts.articles) if (article.seed !== undefined && seeds.has(article.seed)) articles.add(name);
  const change: Change = { changed, added, removed, articles };
  const recheck = recordsToRecheck(listing, change, (targets) => {
    // Canonical files write an id as JSON.stringify does; the ref's files were canonical, being clean.
    const ids = [...new Set([...targets].map((key) => JSON.stringify(key.slice(key.indexOf("/") + 1))))];
    return gitFilesContaining(dir, ids).flatMap((path) => {
      const what = classify(path);
      return what && "record" in what ? [what.record] : [];
    });
  });
  // Every other record is as it was at the ref: clean, its id its file name. The ref had no unresolved
  // reference either, so an added record changes no other record's findings.
  const result = checkIncrementally(listing, facts, recheck, () => ({ diagnostics: [] }));
  return { result, rechecked: recheck.size };
}

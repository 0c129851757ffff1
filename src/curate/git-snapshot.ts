// The data directory as a git ref has it, written to a temporary directory so that the one reader of data
// (src/dataset) reads it as it reads the working tree: `git ls-tree` lists the files, one `git cat-file
// --batch` reads them all.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** Why a ref cannot be read: not a git repository, no such ref. Said in a sentence, never a stack trace. */
export class ReviewError extends Error {}

function git(args: string[], cwd: string, input?: string): Buffer {
  try {
    return execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    throw new ReviewError(stderr.split("\n")[0] || `git ${args[0]} failed`);
  }
}

/** A temporary copy of `dir` (a folder of a git working tree) as `ref` has it. */
export function dataAtRef(dir: string, ref: string): string {
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"], dir).toString().trim();
  } catch {
    throw new ReviewError(`${dir} is not in a git repository: review compares the data with a git ref`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], top);
  } catch {
    throw new ReviewError(`unknown git ref "${ref}" (try a branch, a tag or a commit, e.g. origin/main or HEAD~1)`);
  }
  const prefix = relative(top, dir);
  const files = git(["ls-tree", "-r", "-z", "--name-only", ref, "--", prefix || "."], top).toString().split("\0").filter((f) => f !== "");
  const batch = git(["cat-file", "--batch"], top, files.map((f) => `${ref}:${f}\n`).join(""));
  const out = mkdtempSync(join(tmpdir(), "icr-review-"));
  let at = 0;
  for (const file of files) {
    const header = batch.subarray(at, batch.indexOf(10, at)).toString();
    const size = Number(header.split(" ")[2]);
    const start = batch.indexOf(10, at) + 1;
    const target = join(out, relative(prefix, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, batch.subarray(start, start + size));
    at = start + size + 1;
  }
  return out;
}

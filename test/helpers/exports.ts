// The exports as a researcher has them after unzipping a release: a folder holding `exports/`, built
// from data/ by `npm run export` (exports are a build output, never committed).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./data-copy.js";

let built: string | undefined;

/** The folder that holds a fresh `exports/`, built once per test file. */
export function unpackedRelease(): string {
  if (built) return built;
  const root = mkdtempSync(join(tmpdir(), "icr-release-"));
  execFileSync(join(repoRoot, "node_modules/.bin/tsx"), ["scripts/export.ts", "--out", join(root, "exports")], { cwd: repoRoot, stdio: "ignore" });
  return (built = root);
}

// The exports as a researcher has them after unzipping a release: a folder holding `exports/`, built
// from data/ by `npm run export` (exports are a build output, never committed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./data-copy.js";
import { findOrganization, type Article } from "../../src/index.js";
import { articleOutlet } from "../../src/shared/outlet.js";

let built: string | undefined;

/** The folder that holds a fresh `exports/`, built once per test file. */
export function unpackedRelease(): string {
  if (built) return built;
  const root = mkdtempSync(join(tmpdir(), "icr-release-"));
  execFileSync(join(repoRoot, "node_modules/.bin/tsx"), ["scripts/export.ts", "--out", join(root, "exports")], { cwd: repoRoot, stdio: "ignore" });
  return (built = root);
}

/** A file of the built exports/, as text. */
export const exportedText = (path: string): string => readFileSync(join(unpackedRelease(), "exports", path), "utf8");

/** A file of the built exports/, as bytes. */
export const exportedBytes = (path: string): Buffer => readFileSync(join(unpackedRelease(), "exports", path));

/**
 * The outlet name a reader of the exports should see for an article: the name of the outlet's organization
 * (src/shared/outlet.ts), else the outlet name supplied with the document; null when none is known.
 */
export function expectedOutletName(article: Article): string | null {
  const outlet = articleOutlet(article);
  return (outlet?.organization ? findOrganization(outlet.organization)?.name : undefined) ?? outlet?.suppliedName ?? null;
}

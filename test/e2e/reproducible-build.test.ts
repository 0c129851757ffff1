// Two builds from fresh clones give byte-identical dist/ trees and `npm pack` tarballs. The clones sit
// at different paths (so no absolute path may leak into the output) and are built at different times
// (so no timestamp may). node_modules is the worktree's, symlinked: installing twice would take minutes
// and test npm, not our build; the build reads the lockfile's exact versions either way.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/data-copy.js";

function files(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, files(path, root));
    else out[relative(root, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}

function cloneAndBuild(parent: string, name: string): { dist: Record<string, string>; tarball: Buffer } {
  const dir = join(parent, name);
  execFileSync("git", ["clone", "--quiet", repoRoot, dir]);
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  // As a fresh clone is built: generated code first (prebuild), then tsup.
  execFileSync("npm", ["run", "build", "--silent"], { cwd: dir, stdio: "ignore" });
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", parent], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  const tarball = readFileSync(join(parent, packed));
  rmSync(join(parent, packed));
  return { dist: files(join(dir, "dist")), tarball };
}

describe("reproducible builds", () => {
  it("two fresh clones build to identical dist/ trees and npm pack tarballs", () => {
    const parent = mkdtempSync(join(tmpdir(), "icr-repro-"));
    try {
      const first = cloneAndBuild(parent, "first");
      const second = cloneAndBuild(parent, "second-clone-at-a-longer-path");
      expect(Object.keys(first.dist).length).toBeGreaterThan(10);
      expect(second.dist).toEqual(first.dist);
      expect(first.tarball.equals(second.tarball)).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 300_000);
});

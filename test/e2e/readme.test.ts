// The README's examples run against the built package (what they print follows the data, so the README
// shows it in general words, not as a copy), and its API table names exactly what the package exports.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/data-copy.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const examples = [...readme.matchAll(/<!-- example: ([\w-]+) -->\n```js\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, code: m[2]! }));

describe("README", () => {
  it("is short enough for the npm page (10 KB at most)", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10 * 1024);
  });

  it("links every page of docs/ it names, and each exists", () => {
    const links = [...readme.matchAll(/\]\(((?:docs\/)?[\w./-]+\.md)(?:#[\w-]+)?\)/g)].map((m) => m[1]!);
    expect(links).toEqual(expect.arrayContaining(["docs/model.md", "docs/checks.md", "docs/recipes.md", "docs/explorer.md", "CONTRIBUTING.md"]));
    for (const link of links) expect(existsSync(join(repoRoot, link)), link).toBe(true);
  });

  it("has examples to run", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)("example $name runs against the built package and prints its answer", ({ code }) => {
    const dir = mkdtempSync(join(tmpdir(), "icr-readme-"));
    const file = join(dir, "example.mjs");
    writeFileSync(file, code.replaceAll(/from "iran-cuba-relations(\/[a-z]+)?"/g, (_, sub: string | undefined) => `from "${pathToFileURL(join(repoRoot, `dist/${sub ? sub.slice(1) : "index"}.js`)).href}"`));
    const printed = execFileSync(process.execPath, [file], { encoding: "utf8" });
    expect(printed.trim().length).toBeGreaterThan(0);
    expect(printed).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it("documents every runtime export in its API table, and nothing else", async () => {
    const exported = Object.keys(await import(pathToFileURL(join(repoRoot, "dist/index.js")).href)).sort();
    const table = readme.slice(readme.indexOf("## API"), readme.indexOf("Entry points"));
    const documented = [...table.matchAll(/^\| ([^|]+) \|/gm)]
      .flatMap((m) => [...m[1]!.matchAll(/`(\w+)(?:\(\w*\))?`/g)].map((n) => n[1]!))
      .filter((name) => name !== "export" && /^[a-z]/.test(name))
      .sort();
    expect(documented).toEqual(exported);
  });
});

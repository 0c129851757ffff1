// The README's examples run against the built package (what they print follows the data, so the README
// shows it in general words, not as a copy), and its API table names exactly what the package exports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/data-copy.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const examples = [...readme.matchAll(/<!-- example: ([\w-]+) -->\n```js\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, code: m[2]! }));

describe("README", () => {
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
    const table = readme.slice(readme.indexOf("### API"), readme.indexOf("## The record model"));
    const documented = [...table.matchAll(/^\| ([^|]+) \|/gm)]
      .flatMap((m) => [...m[1]!.matchAll(/`(\w+)(?:\(\w*\))?`/g)].map((n) => n[1]!))
      .filter((name) => name !== "export" && /^[a-z]/.test(name))
      .sort();
    expect(documented).toEqual(exported);
  });
});

// The README's examples run against the built package and print exactly what the README shows,
// and its API table names exactly the functions and collections the package exports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/data-copy.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const examples = [...readme.matchAll(/<!-- example: ([\w-]+) -->\n```js\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, code: m[2]!, output: m[3]! }));

describe("README", () => {
  it("has examples to run", () => {
    expect(examples.map((e) => e.name)).toEqual(["stated-ages", "havana-agreements", "who-said-what", "positions", "disagreements", "periods-and-readings", "plans-and-situations"]);
  });

  it.each(examples)("example $name prints what the README shows", ({ code, output }) => {
    const dir = mkdtempSync(join(tmpdir(), "icr-readme-"));
    const file = join(dir, "example.mjs");
    writeFileSync(file, code.replaceAll('from "iran-cuba-relations"', `from "${pathToFileURL(join(repoRoot, "dist/index.js")).href}"`));
    expect(execFileSync(process.execPath, [file], { encoding: "utf8" })).toBe(output);
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

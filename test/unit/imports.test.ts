// No import cycle in src/ or scripts/: each module can be read, and tested, after the ones it imports.
// And the shipped accessors reach the checker only through src/shared/ (and the explained validation).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/data-copy.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Relative imports (static, dynamic, re-exports), type-only ones included: a cycle of types is still a knot to read. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)) if (spec) found.push(spec);
  for (const [, spec] of text.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)) found.push(spec!);
  return found.map((spec) => resolve(dirname(file), spec).replace(/\.js$/, ".ts")).filter((target) => !target.includes(`${repoRoot}src/generated`));
}

/** The strongly connected components with more than one module (or a module importing itself): Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.map((f) => relative(repoRoot, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

const files = [...sources(join(repoRoot, "src")), ...sources(join(repoRoot, "scripts"))];
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("module graph", () => {
  it("reads the imports it is meant to (the walk finds the known edges)", () => {
    expect(graph.get(join(repoRoot, "src/check/run.ts"))).toContain(join(repoRoot, "src/dataset/read.ts"));
  });

  it("has no import cycle in src/ or scripts/", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the detector can fail)", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"].map((f) => relative(repoRoot, f))].map((c) => c.sort()));
  });

  it("keeps the shipped accessors out of the checker and the curation tools: they share only src/shared/ with them", () => {
    const shipped = files.filter((f) => f.startsWith(join(repoRoot, "src/")) && !f.startsWith(join(repoRoot, "src/check/")) && !f.startsWith(join(repoRoot, "src/curate/")) && !f.endsWith("src/cli.ts") && !f.startsWith(join(repoRoot, "src/dataset/")));
    const reaches = shipped.flatMap((f) => graph.get(f)!.filter((t) => t.startsWith(join(repoRoot, "src/check/"))).map((t) => `${relative(repoRoot, f)} → ${relative(repoRoot, t)}`));
    expect(reaches).toEqual([]);
  });
});

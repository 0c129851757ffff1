// The package as a consumer meets it: packed, installed into a fresh project with no access to the source
// tree, compiled strictly under nodenext and bundler resolution, run from ESM and CommonJS.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/data-copy.js";

/** The packed tarball may not exceed this: it fails when the data is shipped twice (419 407 bytes with evidence positions, after the merges of 0.2.0). */
const TARBALL_BUDGET_BYTES = 500 * 1024;

const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);
let project = "";
let tarball = "";

function write(file: string, text: string) {
  writeFileSync(join(project, file), text);
}

function tsc(config: string) {
  return spawnSync(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: project, encoding: "utf8" });
}

const CONSUMER = `import { getPerson, people, disagreements, type PersonId } from "iran-cuba-relations";
import { getAgreement } from "iran-cuba-relations/agreements";
import { validatePerson } from "iran-cuba-relations/validate";

const id: PersonId = "raul-castro";
const raul = getPerson(id);
const ages: number[] = (raul.statedAge ?? []).map((a) => a.value);
const signed: string = getAgreement("iran-cuba-havana-agreements-2023").status[0]!.value;
console.log(people.length > 0, ages.join("/"), signed, validatePerson(raul).valid, disagreements().length > 0);
// Every evidence item ships with its position: UTF-16 offsets for String#slice, code points for others.
const first = raul.evidence[0]!;
const at: { start: number; end: number; codePointStart: number; codePointEnd: number } | undefined = first.position;
console.log(at?.end, first.occurrence);
`;

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), "icr-pack-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir, "--json"], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  tarball = join(packDir, packed[0].filename);
  project = mkdtempSync(join(tmpdir(), "icr-consumer-"));
  write("package.json", JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // --offline: the package has no dependencies, so installing it needs nothing from the registry.
  execFileSync("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, stdio: "ignore" });
  mkdirSync(join(project, "src"));
  const base = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], skipLibCheck: false, types: [] };
  write("tsconfig.nodenext.json", JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["src/consumer.mts"] }));
  write("tsconfig.bundler.json", JSON.stringify({ compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" }, files: ["src/consumer.mts"] }));
  write("tsconfig.typo.json", JSON.stringify({ compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["src/typo.mts"] }));
  write("src/consumer.mts", CONSUMER);
  write("src/typo.mts", `import { getPerson } from "iran-cuba-relations";\ngetPerson("ebrahim-raisy");\n`);
}, 120_000);

describe("a consumer of the packed package", () => {
  it("compiles a strict TypeScript file under nodenext and under bundler resolution", () => {
    for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
      const run = tsc(config);
      expect(run.stdout + run.stderr, config).toBe("");
      expect(run.status, config).toBe(0);
    }
  });

  it("gets a compile error for a misspelled id", () => {
    const run = tsc("tsconfig.typo.json");
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain(`Argument of type '"ebrahim-raisy"' is not assignable to parameter of type`);
  });

  it("runs under Node ESM and CommonJS", () => {
    const js = `import { getPerson, people, disagreements } from "iran-cuba-relations";
import { getAgreement } from "iran-cuba-relations/agreements";
import { validatePerson } from "iran-cuba-relations/validate";
const raul = getPerson("raul-castro");
const ages = (raul.statedAge ?? []).map((a) => a.value);
const signed = getAgreement("iran-cuba-havana-agreements-2023").status[0].value;
console.log(people.length > 0, ages.join("/"), signed, validatePerson(raul).valid, disagreements().length > 0);`;
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", js], { cwd: project, encoding: "utf8" });
    expect(esm.trim()).toBe("true 92/91 signed true true");
    const cjs = execFileSync(process.execPath, ["-e", `const { getPerson } = require("iran-cuba-relations"); const { validatePerson } = require("iran-cuba-relations/validate"); console.log(getPerson("raul-castro").name, validatePerson({}).valid)`], { cwd: project, encoding: "utf8" });
    expect(cjs.trim()).toBe("Raúl Castro false");
  });

  it("gives every evidence item its position in the seed, in UTF-16 units and code points, resolving to its quote", () => {
    const js = `import * as pkg from "iran-cuba-relations";
const out = [];
for (const name of ["articles", "people", "organizations", "agreements", "places", "quotes", "events"]) {
  for (const record of pkg[name] ?? []) for (const { evidence } of pkg.evidenceOf(record)) out.push([evidence.article, evidence.quote, evidence.position]);
}
console.log(JSON.stringify(out));`;
    const items = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", js], { cwd: project, encoding: "utf8", maxBuffer: 1 << 26 })) as [string, string, { start: number; end: number; codePointStart: number; codePointEnd: number }][];
    const seeds = new Map((JSON.parse(readFileSync(join(repoRoot, "src/generated/records/articles.json"), "utf8")).records as { id: string; seed: string }[]).map((a) => [a.id, readFileSync(join(repoRoot, "data/seeds", a.seed), "utf8")]));
    expect(items.length).toBeGreaterThan(0);
    let differ = 0;
    for (const [article, quote, position] of items) {
      const text = seeds.get(article)!;
      expect(text.slice(position.start, position.end)).toBe(quote);
      expect(Array.from(text).slice(position.codePointStart, position.codePointEnd).join("")).toBe(quote);
      if (position.start !== position.codePointStart) differ++;
    }
    // Seed 001's flag emoji put UTF-16 and code point offsets apart after them: both are needed.
    expect(differ).toBeGreaterThan(0);
  });

  it("imports a JSON Schema and the raw data through their subpaths", () => {
    const out = execFileSync(process.execPath, ["-e", `const s = require("iran-cuba-relations/schema/person.schema.json"); const d = require("iran-cuba-relations/data/people.json"); console.log(s.$id, d.records.length > 0)`], { cwd: project, encoding: "utf8" });
    expect(out.trim()).toBe("https://iran-cuba-relations.invalid/schema/person.schema.json true");
  });

  it("has no runtime dependencies and no install scripts", () => {
    const pkg = JSON.parse(readFileSync(join(project, "node_modules/iran-cuba-relations/package.json"), "utf8"));
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.scripts ?? {}).filter((s) => /install|prepare/.test(s))).toEqual([]);
    expect(pkg.sideEffects).toBe(false);
    expect(readdirSync(join(project, "node_modules")).filter((d) => !d.startsWith("."))).toEqual(["iran-cuba-relations"]);
  });

  it("ships the data once, within the size budget, and not the seeds", () => {
    expect(statSync(tarball).size).toBeLessThan(TARBALL_BUDGET_BYTES);
    const root = join(project, "node_modules/iran-cuba-relations");
    const files = execFileSync("find", [root, "-type", "f"], { encoding: "utf8" }).trim().split("\n");
    // The first record exactly as serialized: any second copy of the data, in any format, would contain it.
    const record = JSON.stringify(JSON.parse(readFileSync(join(root, "dist/data/people.json"), "utf8")).records[0]);
    const holders = files.filter((f) => readFileSync(f, "utf8").includes(record));
    expect(holders.map((f) => f.slice(root.length))).toEqual(["/dist/data/people.json"]);
    expect(files.some((f) => f.includes("/seeds/"))).toBe(false);
  });

  it("is clean under publint --strict and @arethetypeswrong/cli (node16 profile: node10 predates exports)", () => {
    const publint = spawnSync(bin("publint"), ["--strict"], { cwd: repoRoot, encoding: "utf8" });
    expect(publint.stdout).toContain("All good!");
    expect(publint.status).toBe(0);
    const attw = spawnSync(bin("attw"), [tarball, "--profile", "node16", "--format", "ascii"], { cwd: repoRoot, encoding: "utf8" });
    const problems = attw.stdout.split("\n").filter((line) => /💀|❌|🐛|⚠️/u.test(line) && !line.includes("(ignored"));
    expect(problems).toEqual([]);
    expect(attw.status).toBe(0);
  });
});

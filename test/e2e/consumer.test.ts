// The package as a consumer meets it: packed, installed into a fresh project with no access to the source
// tree, every README example compiled strictly (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes)
// under nodenext and bundler resolution and node10 through typesVersions, run from ESM and CommonJS; the
// records read-only in their types and frozen at run time; the tarball within its size budget.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { NO_ERRORS, repoRoot } from "../helpers/data-copy.js";

/**
 * Two thirds of what the tarball of 0.2.0 weighed besides its records (436 kB packed and 3.5 MB unpacked
 * in all, of which the records were 641 kB, 76 kB gzipped), when the validators shipped twice and the
 * command line bundled its own copy of the library. The records are left out of the budget: they grow
 * with every article by design, and a valid new article must never fail the tests (they ship once: the
 * test above).
 */
const CODE_PACKED_BUDGET_BYTES = 240_000;
const CODE_UNPACKED_BUDGET_BYTES = 1_900_000;

const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);
let project = "";
let tarball = "";
let packed: { size: number; unpackedSize: number; files: { path: string; size: number }[] };

function write(file: string, text: string) {
  writeFileSync(join(project, file), text);
}

function tsc(config: string) {
  return spawnSync(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: project, encoding: "utf8" });
}

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
/** The first record of a collection as data/ holds it: the tests use whatever records there are. */
const firstRecord = (collection: string) => {
  const [file] = readdirSync(join(repoRoot, "data", collection)).sort();
  return JSON.parse(readFileSync(join(repoRoot, "data", collection, file!), "utf8"));
};
const person = firstRecord("people") as { id: string; name: string; statedAge?: { value: number }[] };
const agreement = firstRecord("agreements") as { id: string; status: { value: string }[] };
const examples = [...readme.matchAll(/<!-- example: ([\w-]+) -->\n```js\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, code: m[2]! }));

const CONSUMER = `import { getPerson, people, disagreements, type PersonId } from "iran-cuba-relations";
import { getAgreement } from "iran-cuba-relations/agreements";
import { validatePerson } from "iran-cuba-relations/validate";

const id: PersonId = "${person.id}";
const person = getPerson(id);
const ages: number[] = (person.statedAge ?? []).map((a) => a.value);
const signed: string = getAgreement("${agreement.id}").status[0].value;
console.log(people.length > 0, ages.join("/"), signed, validatePerson(person).valid, Array.isArray(disagreements()));
// Every evidence item ships with its position: UTF-16 offsets for String#slice, code points for others.
const first = person.evidence[0];
const at: { start: number; end: number; codePointStart: number; codePointEnd: number } = first.position;
console.log(at.end, first.occurrence);
// A record validated from elsewhere (data/) need not have positions: the result says so.
const checked = validatePerson(JSON.parse("{}"));
if (checked.valid) console.log(checked.value.evidence[0].position?.start);
`;

/** Lines that would change the shared records: each must be a compile error. */
const WRITES = [`getPerson("${person.id}").name = "x";`, `people.push(getPerson("${person.id}"));`, `getPerson("${person.id}").evidence[0].position.start = 0;`, `getPerson("${person.id}").nameForms[0] = "x";`];

const strict = { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], skipLibCheck: false, types: [] };

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), "icr-pack-"));
  [packed] = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir, "--json"], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  tarball = join(packDir, (packed as unknown as { filename: string }).filename);
  project = mkdtempSync(join(tmpdir(), "icr-consumer-"));
  write("package.json", JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // --offline: the package has no dependencies, so installing it needs nothing from the registry.
  execFileSync("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, stdio: "ignore" });
  mkdirSync(join(project, "src"));
  const sources = ["src/consumer.mts", ...examples.map((e) => `src/example-${e.name}.mts`)];
  write("tsconfig.nodenext.json", JSON.stringify({ compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext" }, files: sources }));
  write("tsconfig.bundler.json", JSON.stringify({ compilerOptions: { ...strict, module: "esnext", moduleResolution: "bundler" }, files: sources }));
  write("tsconfig.node10.json", JSON.stringify({ compilerOptions: { ...strict, module: "commonjs", moduleResolution: "node10", esModuleInterop: true }, files: ["src/node10.ts"] }));
  write("tsconfig.typo.json", JSON.stringify({ compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext" }, files: ["src/typo.mts"] }));
  write("tsconfig.writes.json", JSON.stringify({ compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext" }, files: ["src/writes.mts"] }));
  write("src/consumer.mts", CONSUMER);
  for (const { name, code } of examples) write(`src/example-${name}.mts`, code);
  write(
    "src/node10.ts",
    `import { getPerson } from "iran-cuba-relations";\nimport { getAgreement } from "iran-cuba-relations/agreements";\nimport { validatePerson } from "iran-cuba-relations/validate";\n` +
      `const person = getPerson("${person.id}");\nconsole.log(person.evidence[0].position.start, getAgreement("${agreement.id}").id, validatePerson(person).valid);\n`,
  );
  write("src/typo.mts", `import { getPerson } from "iran-cuba-relations";\ngetPerson("${person.id}-typo");\n`);
  write("src/writes.mts", `import { getPerson, people } from "iran-cuba-relations";\n${WRITES.join("\n")}\n`);
}, 120_000);

describe("a consumer of the packed package", () => {
  it("has the README's examples to compile", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it("compiles every README example and a typed consumer under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes, with nodenext and with bundler resolution", () => {
    for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
      const run = tsc(config);
      expect(run.stdout + run.stderr, config).toBe("");
      expect(run.status, config).toBe(0);
    }
  });

  it("resolves the entry points' types under node10 too (typesVersions)", () => {
    const run = tsc("tsconfig.node10.json");
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("gets a compile error for a misspelled id", () => {
    const run = tsc("tsconfig.typo.json");
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain(`Argument of type '"${person.id}-typo"' is not assignable to parameter of type`);
  });

  it("gets a compile error for every write into the shared records, however deep, and a TypeError at run time", () => {
    const run = tsc("tsconfig.writes.json");
    expect(run.status).not.toBe(0);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("src/writes.mts("));
    expect(errors.map((l) => Number(/\((\d+),/.exec(l)![1]))).toEqual(WRITES.map((_, i) => i + 2));
    for (const line of WRITES.filter((l) => !l.includes("push"))) {
      const js = `import { getPerson } from "iran-cuba-relations"; try { ${line.replaceAll("!.", ".")} console.log("changed"); } catch (e) { console.log(e.constructor.name); }`;
      expect(execFileSync(process.execPath, ["--input-type=module", "-e", js], { cwd: project, encoding: "utf8" }).trim(), line).toBe("TypeError");
    }
    const push = `const { people, getPerson } = require("iran-cuba-relations"); try { people.push(getPerson("${person.id}")); console.log("changed"); } catch (e) { console.log(e.constructor.name); }`;
    expect(execFileSync(process.execPath, ["-e", push], { cwd: project, encoding: "utf8" }).trim()).toBe("TypeError");
  });

  it("runs under Node ESM and CommonJS", () => {
    const js = `import { getPerson, people, disagreements } from "iran-cuba-relations";
import { getAgreement } from "iran-cuba-relations/agreements";
import { validatePerson } from "iran-cuba-relations/validate";
const person = getPerson("${person.id}");
const ages = (person.statedAge ?? []).map((a) => a.value);
const signed = getAgreement("${agreement.id}").status[0].value;
console.log(people.length > 0, ages.join("/"), signed, validatePerson(person).valid, Array.isArray(disagreements()));`;
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", js], { cwd: project, encoding: "utf8" });
    expect(esm.trim()).toBe(`true ${(person.statedAge ?? []).map((a) => a.value).join("/")} ${agreement.status[0]!.value} true true`);
    const cjs = execFileSync(process.execPath, ["-e", `const { getPerson } = require("iran-cuba-relations"); const { validatePerson } = require("iran-cuba-relations/validate"); console.log(getPerson("${person.id}").name, validatePerson({}).valid)`], { cwd: project, encoding: "utf8" });
    expect(cjs.trim()).toBe(`${person.name} false`);
  });

  it("runs the checker from its command line", () => {
    const cli = spawnSync(process.execPath, [join(project, "node_modules/iran-cuba-relations/dist/cli.js"), "check", join(repoRoot, "data")], { cwd: project, encoding: "utf8" });
    expect(cli.stderr).toBe("");
    expect(cli.stdout).toMatch(NO_ERRORS);
    expect(cli.status).toBe(0);
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
    for (const [article, quote, position] of items) {
      const text = seeds.get(article)!;
      expect(text.slice(position.start, position.end)).toBe(quote);
      expect(Array.from(text).slice(position.codePointStart, position.codePointEnd).join("")).toBe(quote);
    }
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

  it("ships the data once, the validators once, and not the seeds", () => {
    const root = join(project, "node_modules/iran-cuba-relations");
    const files = execFileSync("find", [root, "-type", "f"], { encoding: "utf8" }).trim().split("\n");
    const holding = (needle: string) => files.filter((f) => readFileSync(f, "utf8").includes(needle)).map((f) => f.slice(root.length));
    // The first record exactly as serialized: any second copy of the data, in any format, would contain it.
    expect(holding(JSON.stringify(JSON.parse(readFileSync(join(root, "dist/data/people.json"), "utf8")).records[0]))).toEqual(["/dist/data/people.json"]);
    // The compiled validators embed each schema's $id: a second copy of them in dist/ would too.
    const id = (JSON.parse(readFileSync(join(root, "schema/person.schema.json"), "utf8")) as { $id: string }).$id;
    expect(holding(id).filter((f) => f.startsWith("/dist/"))).toEqual(["/dist/validators.cjs"]);
    expect(files.some((f) => f.includes("/seeds/"))).toBe(false);
  });

  it(`weighs, besides its records, within two thirds of 0.2.0: at most ${CODE_PACKED_BUDGET_BYTES} bytes packed and ${CODE_UNPACKED_BUDGET_BYTES} unpacked`, () => {
    expect(statSync(tarball).size).toBe(packed.size);
    const records = packed.files.filter((f) => /^dist\/data\/[a-z]+\.json$/.test(f.path));
    expect(records.length).toBeGreaterThan(0);
    const recordBytes = Buffer.concat(records.map((f) => readFileSync(join(repoRoot, f.path))));
    // npm gzips the whole tar; the records' share of it is estimated as their own gzip at the same level.
    const recordsPacked = gzipSync(recordBytes, { level: 9 }).length;
    expect(packed.size - recordsPacked).toBeLessThanOrEqual(CODE_PACKED_BUDGET_BYTES);
    expect(packed.unpackedSize - recordBytes.length).toBeLessThanOrEqual(CODE_UNPACKED_BUDGET_BYTES);
  });

  it("is clean under publint --strict and @arethetypeswrong/cli, node10 included", () => {
    const publint = spawnSync(bin("publint"), ["--strict"], { cwd: repoRoot, encoding: "utf8" });
    expect(publint.stdout).toContain("All good!");
    expect(publint.status).toBe(0);
    const attw = spawnSync(bin("attw"), [tarball, "--format", "ascii"], { cwd: repoRoot, encoding: "utf8" });
    const problems = attw.stdout.split("\n").filter((line) => /💀|❌|🐛|⚠️/u.test(line) && !line.includes("(ignored"));
    expect(problems).toEqual([]);
    expect(attw.stdout).toContain("No problems found");
    expect(attw.status).toBe(0);
  });
});

// The built package loads from ESM and CommonJS, with one copy of the data shared by both.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectionNames } from "../../src/shared/collections.js";
import { repoRoot } from "../helpers/data-copy.js";

/** The raw records of a collection, as data/ holds them: the tests use whatever records there are. */
const raw = (collection: string) => readdirSync(`${repoRoot}data/${collection}`).sort().map((f) => JSON.parse(readFileSync(`${repoRoot}data/${collection}/${f}`, "utf8")));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8" });

describe("the built package", () => {
  it("imports from ESM (node --input-type=module), where a missing require would fail", () => {
    const people = raw("people");
    const out = node(["--input-type=module", "-e", `import { people, getPerson } from "./dist/index.js"; console.log(people.length, getPerson("${people[0].id}").name)`]);
    expect(out.trim()).toBe(`${people.length} ${people[0].name}`);
  });

  it("requires from CommonJS", () => {
    // A set's members are the agreements that say they are part of it.
    const agreements = raw("agreements");
    const set = agreements.find((a) => agreements.some((b) => b.partOfAgreement === a.id)) ?? agreements[0];
    const out = node(["-e", `const { agreements, getAgreement, membersOf } = require("./dist/index.cjs"); console.log(agreements.length, membersOf(getAgreement("${set.id}")).length)`]);
    expect(out.trim()).toBe(`${agreements.length} ${agreements.filter((a) => a.partOfAgreement === set.id).length}`);
  });

  it("ships the records once: no module of either format inlines them", () => {
    const quote = JSON.parse(readFileSync(`${repoRoot}src/generated/records/people.json`, "utf8")).records[0].evidence[0].quote as string;
    const modules = readdirSync(`${repoRoot}dist`).filter((f) => /\.(c?js)$/.test(f));
    expect(modules.length).toBeGreaterThan(4);
    for (const file of modules) expect(readFileSync(`${repoRoot}dist/${file}`, "utf8"), file).not.toContain(quote.slice(0, 40));
    expect(readFileSync(`${repoRoot}dist/data/people.json`, "utf8")).toContain(JSON.stringify(quote).slice(1, 41));
  });

  it("runs the checker with no dependency at run time: the CLI bundle imports node builtins and the package's own files", () => {
    const cli = readFileSync(`${repoRoot}dist/cli.js`, "utf8");
    const imports = [...cli.matchAll(/^(?:import .* from|} from) "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((m) => !m.startsWith("node:") && !m.startsWith("./"))).toEqual([]);
    expect(cli.split("\n")[0]).toBe("#!/usr/bin/env node");
  });
});

describe("per-collection entry points", () => {
  /** Every file a dist module loads, following relative imports and requires. */
  function graph(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    if (entry.endsWith(".json")) return seen;
    const text = readFileSync(`${repoRoot}dist/${entry}`, "utf8");
    const dir = entry.includes("/") ? entry.slice(0, entry.lastIndexOf("/") + 1) : "";
    for (const m of text.matchAll(/(?:from |import |import\(|require\()["']\.\/([^"']+)["']/g)) graph(dir + m[1]!, seen);
    return seen;
  }

  it("the command line shares the library's modules: what it loads of the schema and validators, the library entries load too", () => {
    const library = new Set(["index.js", "validate.js", "zod.js"].flatMap((entry) => [...graph(entry)]));
    const cli = [...graph("cli.js")];
    // The schema's description of evidence: in the bundled schema and in the compiled validators.
    const marker = "The unit of provenance: an exact passage of one source text.";
    const holders = cli.filter((f) => !f.endsWith(".json") && readFileSync(`${repoRoot}dist/${f}`, "utf8").includes(marker));
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.filter((f) => f === "cli.js" || !library.has(f))).toEqual([]);
  });

  it("load only their own collection's data, in both formats", () => {
    for (const file of ["people.js", "people.cjs"]) {
      const data = [...graph(file)].filter((f) => f.startsWith("data/"));
      expect(data, file).toEqual(["data/people.cjs", "data/people.json"]);
    }
    expect([...graph("index.js")].filter((f) => f.endsWith(".json")).length).toBe(collectionNames.length);
  });
});

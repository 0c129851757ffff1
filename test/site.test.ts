// The site generator outside the browser: it builds from any data directory (every page from the records
// of --data, none from the bundled dataset), and a collection it has never seen renders with no change
// to scripts/site.ts. (The browser tests, on the real data and a broken copy, are site.browser.test.ts.)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateDataset } from "../scripts/bench/generate-dataset.js";
import { fold, hexKey } from "../scripts/site/search.js";
import { collectionNames, collections } from "../src/shared/collections.js";
import { findDisagreements } from "../src/disagreements.js";
import { datasetSchema } from "../src/generated/schema/dataset-schema.js";
import { copyOfData, readRecord, repoRoot, writeRecord } from "./helpers/data-copy.js";
import { brokenLinks } from "./helpers/site-links.js";

const work = mkdtempSync(join(tmpdir(), "icr-site-node-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsx = join(repoRoot, "node_modules/.bin/tsx");
function run(cwd: string, script: string, args: string[]) {
  const child = spawnSync(tsx, [script, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
const allFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
/** Every page of a paginated list: the first, then page/N/. */
function listPages(site: string, base: string): string[] {
  const first = join(site, base, "index.html");
  const more = existsSync(join(site, base, "page")) ? readdirSync(join(site, base, "page")).map((n) => join(site, base, "page", n, "index.html")) : [];
  return [first, ...more].map((f) => readFileSync(f, "utf8"));
}
/** The entries of every search shard of a built site. */
function searchEntries(site: string): { u: string; f: string[] }[] {
  const entries: { u: string; f: string[] }[] = [];
  for (const file of readdirSync(join(site, "search/shards"))) {
    const text = readFileSync(join(site, "search/shards", file), "utf8");
    entries.push(...(JSON.parse(/SEARCH_SHARD\(.*?, \d+, (.*)\);\n$/s.exec(text)![1]!) as { u: string; f: string[] }[]));
  }
  return entries;
}

describe("npm run site -- --data DIR --out DIR", () => {
  it("builds every page from the records of the directory given: who said what, timeline, disagreements, relations, search", () => {
    const data = join(work, "synthetic");
    generateDataset({ records: 700, seeds: 3, out: data, seed: 3 });
    const site = join(work, "synthetic-site");
    const built = run(repoRoot, "scripts/site.ts", ["--data", data, "--out", site]);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const ids = (c: string) => readdirSync(join(data, c)).map((f) => f.replace(/\.json$/, ""));
    // Every quote on the (paginated) who-said-what pages, every event on the timeline.
    const said = listPages(site, "who-said-what").join("");
    expect(ids("quotes").length).toBeGreaterThan(50);
    for (const id of ids("quotes")) expect(said).toContain(`id="${id}"`);
    const timeline = listPages(site, "timeline").join("");
    for (const id of ids("events")) expect(timeline).toContain(`events/${id}/index.html"`);
    // Every link resolves, pagers and backlink pages included.
    const links = brokenLinks(site);
    expect(links.pages).toBeGreaterThan(700);
    expect(links.broken).toEqual([]);
    // The relations graph draws the synthetic records; nothing anywhere names a record of data/.
    expect(readFileSync(join(site, "relations/index.html"), "utf8")).toMatch(/people\/person-\d+\/index\.html/);
    const real = readdirSync(join(repoRoot, "data/people")).map((f) => f.replace(/\.json$/, ""));
    const everything = allFiles(site).map((f) => readFileSync(f, "utf8")).join("");
    for (const id of real) expect(everything).not.toContain(`people/${id}/`);
    // Search: every person is in the shard of each word of its name.
    const entries = searchEntries(site);
    for (const id of ids("people")) expect(entries.some((e) => e.u === `people/${id}/index.html`)).toBe(true);
    const person = JSON.parse(readFileSync(join(data, "people", `${ids("people")[0]}.json`), "utf8")) as { name: string };
    for (const word of fold(person.name).split(" ")) {
      const shard = readdirSync(join(site, "search/shards")).filter((f) => f.startsWith(`${hexKey(word.slice(0, 2))}-`));
      expect(shard.length, word).toBeGreaterThan(0);
    }
  }, 180_000);

  it("lists the disagreements of the records given: a renamed record shows under its new name", () => {
    const { root, data } = copyOfData();
    const first = findDisagreements(datasetSchema.$defs as never, collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: readdirSync(join(data, c)).map((f) => readRecord(data, c, f.replace(/\.json$/, "")) as { id: string }) })))[0];
    expect(first, "the real data has a disagreement").toBeDefined();
    const record = readRecord(data, first!.collection, first!.id);
    const renamed = `${String(record.name ?? record.summary ?? first!.id)} (renamed in this copy)`;
    if ("name" in record) record.name = renamed;
    else record.summary = renamed;
    writeRecord(data, first!.collection, first!.id, record);
    const site = join(root, "site");
    const built = run(root, join(repoRoot, "scripts/site.ts"), ["--data", "data", "--out", site]);
    expect(built.status, built.stderr).toBe(0);
    expect(listPages(site, "disagreements").join("")).toContain(renamed);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);

  it("refuses bad arguments with a usage error (exit 2), never a stack trace, and never replaces a folder that is not a site", () => {
    const notSite = join(work, "precious");
    mkdirSync(notSite);
    writeFileSync(join(notSite, "notes.txt"), "keep me");
    for (const args of [["--data", join(work, "no-such-dir")], ["--bogus"], ["--out", notSite]]) {
      const r = run(repoRoot, "scripts/site.ts", args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^site: .+\nusage: npm run site/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(join(notSite, "notes.txt"), "utf8")).toBe("keep me");
  });
});

describe("a collection the site has never seen", () => {
  it("gets record pages, an index and search entries with no change to the site generator", () => {
    // A copy of the project with a new collection registered the way any collection is: a schema, its
    // id definition, an entry in src/shared/collections.ts, a record; then `npm run generate`.
    const project = join(work, "project");
    for (const part of ["src", "scripts", "schema", "data", "docs", "README.md", "package.json", "tsconfig.json"]) cpSync(join(repoRoot, part), join(project, part), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules"), join(project, "node_modules"));
    const defsFile = join(project, "schema/defs.schema.json");
    const defs = JSON.parse(readFileSync(defsFile, "utf8")) as { $defs: Record<string, unknown> };
    defs.$defs.VerdictId = { description: "The id of a record in `data/verdicts/`.", $ref: "#/$defs/Id" };
    writeFileSync(defsFile, `${JSON.stringify(defs, null, 2)}\n`);
    writeFileSync(join(project, "schema/verdict.schema.json"), JSON.stringify({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://iran-cuba-relations.invalid/schema/verdict.schema.json",
      title: "Verdict",
      description: "A judgement the texts report.",
      type: "object",
      additionalProperties: false,
      required: ["id", "name", "evidence"],
      properties: {
        id: { description: "The verdict's id, equal to the file name.", $ref: "defs.schema.json#/$defs/VerdictId" },
        name: { description: "What the verdict is called.", $ref: "defs.schema.json#/$defs/NormalizedName" },
        people: { description: "Who is caught up in it.", type: "array", items: { $ref: "defs.schema.json#/$defs/PersonId" } },
        evidence: { $ref: "defs.schema.json#/$defs/EvidenceList" },
      },
    }, null, 2));
    const registry = join(project, "src/shared/collections.ts");
    const before = readFileSync(registry, "utf8");
    const after = before.replace(/\n} as const;/, `\n  verdicts: { singular: "verdict", schema: "verdict.schema.json", title: "Verdict" },\n} as const;`);
    expect(after, "src/shared/collections.ts no longer ends its registry with `} as const;`: update this test").not.toBe(before);
    writeFileSync(registry, after);
    // Its evidence is a real passage: the first evidence item of the first person record.
    const firstPerson = readdirSync(join(project, "data/people")).sort()[0]!;
    const person = JSON.parse(readFileSync(join(project, "data/people", firstPerson), "utf8")) as { id: string; evidence: { article: string; quote: string }[] };
    mkdirSync(join(project, "data/verdicts"));
    const record = { id: "talks-under-sanctions", name: "Talks under sanctions, Ñandú", people: [person.id], evidence: [person.evidence[0]] };
    writeFileSync(join(project, "data/verdicts/talks-under-sanctions.json"), `${JSON.stringify(record, null, 2)}\n`);

    const generated = run(project, "scripts/generate.ts", []);
    expect(generated.status, generated.stderr).toBe(0);
    const built = run(project, "scripts/site.ts", []);
    expect(built.status, built.stderr).toBe(0);
    const site = join(project, "site");
    // The index lists it, the home page links the collection, its page shows its values and evidence.
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain('<a href="verdicts/index.html">verdicts</a> (1)');
    expect(readFileSync(join(site, "verdicts/index.html"), "utf8")).toContain('<a href="../verdicts/talks-under-sanctions/index.html">Talks under sanctions, Ñandú</a>');
    const page = readFileSync(join(site, "verdicts/talks-under-sanctions/index.html"), "utf8");
    expect(page).toContain("What the verdict is called.");
    expect(page).toContain(`href="../../people/${person.id}/index.html"`);
    expect(page).toMatch(new RegExp(`<a class="evidence" href="../../articles/${person.evidence[0]!.article}/index.html#q=\\d+-\\d+">`));
    // The person's page lists it among what refers to it; the search finds it by a folded word.
    expect(readFileSync(join(site, "people", person.id, "index.html"), "utf8")).toContain('href="../../verdicts/talks-under-sanctions/index.html"');
    const entry = searchEntries(site).find((e) => e.u === "verdicts/talks-under-sanctions/index.html");
    expect(entry?.f).toEqual(["talks under sanctions nandu"]);
    expect(existsSync(join(site, `search/shards/${hexKey("na")}-0.js`))).toBe(true);
  }, 240_000);
});

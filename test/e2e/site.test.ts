// The site generator outside the browser: it builds from any data directory (every page from the records
// of --data, none from the bundled dataset), its search index answers from the parts a query loads even
// when split small, and a collection it has never seen renders with no change to scripts/site/. (The
// browser tests, on the real data and a broken copy, are site.browser.test.ts.)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { afterAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generate-dataset.js";
import { loadSite, nameOf } from "../../scripts/site/data.js";
import { html } from "../../scripts/site/html.js";
import { FIELDS, fold, partFile, partsFor, searchFiles, terms } from "../../scripts/site/search.js";
import { collectionNames, collections } from "../../src/shared/collections.js";
import { findDifferences } from "../../src/disagreements.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { copyOfData, readRecord, repoRoot, writeRecord } from "../helpers/data-copy.js";
import { brokenLinks } from "../helpers/site-links.js";

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

/** The search as the page runs it, over index files held in memory: the record pages that match every word. */
function searchIn(files: Map<string, string>, query: string): string[] {
  const call = (text: string) => JSON.parse(/^\w+\((?:"\w*", )?\d+, ([\s\S]*)\);\n$/.exec(text.replace(/^\/\*.*\*\/\n/, ""))![1]!) as unknown;
  const manifest = JSON.parse(/= ([\s\S]*);\n$/.exec(files.get("search/manifest.js")!)![1]!) as { parts: [string, number, number][]; docChunk: number };
  let found: Set<number> | undefined;
  for (const t of terms(fold(query))) {
    const ids = new Set<number>();
    for (const part of partsFor(manifest.parts, t)) {
      for (let i = 0; i < part[2]; i++) {
        const index = MiniSearch.loadJS(call(files.get(`search/index/${partFile(part)}-${i}.js`)!) as never, { fields: [...FIELDS], tokenize: (s) => s.split(" "), processTerm: (x) => x });
        for (const r of index.search(t, { prefix: true })) ids.add(r.id as number);
      }
    }
    found = found ? new Set([...found].filter((n) => ids.has(n))) : ids;
  }
  return [...(found ?? [])].map((n) => (call(files.get(`search/docs/${Math.floor(n / manifest.docChunk)}.js`)!) as string[][])[n % manifest.docChunk]![0]!);
}

describe("html`…`", () => {
  it("escapes every value it is given, lists included, and leaves markup made by html as it is", () => {
    const evil = `<script>alert("x")</script> & "quotes"`;
    const out = html`<p title="${evil}">${evil}${[evil, html`<b>${evil}</b>`]}${undefined}${false}<hr></p>`.text;
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    expect(out).toContain("<b>&lt;script&gt;");
    expect(out).toContain("<hr></p>");
  });
});

describe("npm run site -- --data DIR --out DIR", () => {
  const data = join(work, "synthetic");
  generateDataset({ records: 700, seeds: 3, out: data, seed: 3 });

  it("builds every page from the records of the directory given: who said what, timeline, disagreements, relations, search", () => {
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
    // An article is never named by its id: its page's heading and every link to it carry its label.
    const article = ids("articles")[0]!;
    const page = readFileSync(join(site, "articles", article, "index.html"), "utf8");
    expect(/<h1>([\s\S]*?)<\/h1>/.exec(page)![1]).not.toContain(article);
    for (const [, text] of everything.matchAll(new RegExp(`href="[^"]*articles/${article}/index.html[^"]*">([\\s\\S]*?)</a>`, "g"))) expect(text).not.toContain(article);
  }, 180_000);

  it("names an article by the outlet, title and date supplied with it, else by what its text shows, else by its opening words", () => {
    const copy = join(work, "labelled");
    cpSync(data, copy, { recursive: true });
    const [first, second, third] = readdirSync(join(copy, "articles")).sort().map((f) => f.replace(/\.json$/, ""));
    const supplied = readRecord(copy, "articles", first!);
    supplied.document = { url: "https://example.com/news/a", outlet: { name: "Example Outlet" }, published: "2023-06-16", title: "A title supplied with the document" };
    writeRecord(copy, "articles", first!, supplied);
    // The third names its publisher in its text (an attribution to an organization record) and shows a title.
    const stated = readRecord(copy, "articles", third!);
    const org = readRecord(copy, "organizations", "org-0");
    stated.attributions = [{ organization: "org-0", relation: "publisher", asStated: org.name, evidence: org.evidence }];
    stated.title = { asStated: "A title the text shows" };
    writeRecord(copy, "articles", third!, stated);
    const site = loadSite(copy);
    expect(site.labels.get(first!)).toEqual({ outlet: "Example Outlet", title: "A title supplied with the document", untitled: false, date: "2023-06-16", url: "https://example.com/news/a" });
    // The synthetic texts show no title and name no outlet: the opening words, and no outlet claimed.
    const text = site.dataset.seeds.get(second!)!.text;
    const label = site.labels.get(second!)!;
    expect(label.outlet).toBeUndefined();
    expect(label.untitled).toBe(true);
    expect(label.title).toBe(`“${text.split(/\s+/).slice(0, 9).join(" ")} …”`);
    expect(site.labels.get(third!)).toMatchObject({ outlet: org.name, title: "A title the text shows", untitled: false });
    expect(nameOf(site.byKey.get(`articles/${first}`), site)).toBe("Example Outlet: A title supplied with the document (16 June 2023)");
  });

  it("splits the search index into parts that each stay under the bound, and a query finds every record by each word of its name", () => {
    const siteData = loadSite(data);
    const files = new Map([...searchFiles(siteData, 8 * 1024)].map((a) => [a.path, a.content]));
    const parts = [...files.keys()].filter((p) => p.startsWith("search/index/"));
    expect(parts.length).toBeGreaterThan(10);
    // Each part holds at least one document whole: the bound is met by every part that holds more than one.
    const over = parts.filter((p) => Buffer.byteLength(files.get(p)!) > 8 * 1024 + 200);
    expect(over.filter((p) => (JSON.parse(/\d+, ([\s\S]*)\);\n$/.exec(files.get(p)!)![1]!) as { documentCount: number }).documentCount > 1)).toEqual([]);
    for (const person of siteData.records.get("people")!.slice(0, 40)) {
      for (const word of terms(fold(String(person.value.name)))) expect(searchIn(files, word), word).toContain(`people/${person.id}/index.html`);
      // Accents and case do not matter, and a word matches the words it begins.
      const typed = String(person.value.name).toUpperCase().slice(0, 4);
      expect(searchIn(files, typed), typed).toContain(`people/${person.id}/index.html`);
    }
    // A stated value and the words of a statement are found too.
    const quote = siteData.records.get("quotes")![0]!;
    const words = (quote.value.variants as { asStated: string }[])[0]!.asStated;
    expect(searchIn(files, words)).toContain(`quotes/${quote.id}/index.html`);
    const aged = siteData.records.get("people")!.find((p) => Array.isArray(p.value.statedAge))!;
    expect(searchIn(files, `${(aged.value.statedAge as { value: number }[])[0]!.value} ${String(aged.value.name)}`)).toContain(`people/${aged.id}/index.html`);
  }, 60_000);

  it("lists the disagreements of the records given: a renamed record shows under its new name", () => {
    const { root, data } = copyOfData();
    const records = collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: readdirSync(join(data, c)).map((f) => readRecord(data, c, f.replace(/\.json$/, "")) as { id: string }) }));
    const first = findDifferences(datasetSchema.$defs as never, records).disagreements[0];
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
    for (const args of [["--data", join(work, "no-such-dir")], ["--bogus"], ["--out", notSite], ["--check"]]) {
      const r = run(repoRoot, "scripts/site.ts", args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^site: .+\nusage: npm run site/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(join(notSite, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("stops on a record it cannot read, naming its file, line and column (exit 1), and leaves the previous site as it was", () => {
    const { root, data } = copyOfData();
    const site = join(root, "site");
    expect(run(root, join(repoRoot, "scripts/site.ts"), ["--data", "data", "--out", site]).status).toBe(0);
    const before = statSync(join(site, "index.html")).mtimeMs;
    const person = readdirSync(join(data, "people")).sort()[0]!;
    writeFileSync(join(data, "people", person), '{\n  "id": oops\n}\n');
    const r = run(root, join(repoRoot, "scripts/site.ts"), ["--data", "data", "--out", site]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`data/people/${person}:2:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(statSync(join(site, "index.html")).mtimeMs).toBe(before);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);
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
    // The home page links the collection, its list names it, its page shows its values in words, each
    // field's description once, and its evidence as a link to the passage.
    expect(readFileSync(join(site, "index.html"), "utf8")).toContain('<a href="verdicts/index.html">Verdicts</a> (1)');
    expect(readFileSync(join(site, "verdicts/index.html"), "utf8")).toContain('<a href="../verdicts/talks-under-sanctions/index.html">Talks under sanctions, Ñandú</a>');
    const page = readFileSync(join(site, "verdicts/talks-under-sanctions/index.html"), "utf8");
    expect(page.split("What the verdict is called.").length).toBe(2);
    expect(page).toContain("<dt>People</dt>");
    expect(page).toContain(`href="../../people/${person.id}/index.html"`);
    expect(page).toMatch(new RegExp(`<a class="evidence" href="../../articles/${person.evidence[0]!.article}/index.html#q=\\d+-\\d+">`));
    // The person's page lists it among what refers to it; the search finds it by a folded word.
    expect(readFileSync(join(site, "people", person.id, "index.html"), "utf8")).toContain('href="../../verdicts/talks-under-sanctions/index.html"');
    const files = new Map(allFiles(join(site, "search")).map((f) => [f.slice(site.length + 1), readFileSync(f, "utf8")]));
    expect(searchIn(files, "nandu")).toEqual(["verdicts/talks-under-sanctions/index.html"]);
  }, 240_000);
});

// The exports follow the schema, name every column the same way, credit each stated value to the articles
// that state it, carry or name their source texts, and place every quote exactly in its seed. The
// expectations come from the schema, the accessors and the raw files, never from facts of today's data.
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyOfFixture, fixtureDir, readRecord, writeRecord } from "../helpers/data-copy.js";
import { csvObjects } from "../helpers/csv.js";
import { expectedOutletName, exportedBytes, exportedText, unpackedRelease } from "../helpers/exports.js";
import { columnName, snakeCase, tablesOf } from "../../scripts/export/tables.js";
import { REDISTRIBUTABLE } from "../../scripts/lib/licences.js";
import { collectionNames, collections } from "../../src/shared/collections.js";
import { deref, recordSchema } from "../../src/shared/schema-lookup.js";
import { evidenceOf } from "../../src/relations.js";
import * as api from "../../src/index.js";

type Json = Record<string, any>;

const descriptor = JSON.parse(exportedText("datapackage.json")) as Json;
const resources = (descriptor.resources as Json[]).filter((r) => r.type === "table");
const tables = new Map(resources.map((r) => [r.name as string, csvObjects(exportedText(r.path))]));
const evidence = tables.get("evidence")!;

describe("exports", () => {
  it("every schema property of every collection is a column or a child table (or evidence)", () => {
    for (const collection of collectionNames) {
      const schema = JSON.parse(readFileSync(`schema/${collections[collection].schema}`, "utf8")) as { properties: Record<string, unknown> };
      const own = resources.filter((r) => r.name === collection || r.name.startsWith(`${collection}_`));
      for (const property of Object.keys(schema.properties)) {
        if (property === "evidence") continue;
        const table = `${collection}_${snakeCase(property)}`;
        const found = own.some((r) => r.name === table || r.name.startsWith(`${table}_`) || r.schema.fields.some((f: Json) => f.name === columnName([property]) || f.name.startsWith(`${snakeCase(property)}_`)));
        expect(found, `${collection}.${property}`).toBe(true);
      }
      expect(tablesOf(collection)[0]!.name).toBe(collection);
    }
  });

  it("names every column in snake_case, none of them a word DuckDB reserves", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const con = await (await DuckDBInstance.create(":memory:")).connect();
    const reserved = new Set((await con.runAndReadAll("SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN ('reserved', 'type_function')")).getRows().map((r) => r[0] as string));
    expect(reserved.has("end") && reserved.has("from")).toBe(true);
    for (const r of resources) {
      expect(r.name).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const f of r.schema.fields as Json[]) {
        expect(f.name, `${r.name}.${f.name}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(reserved.has(f.name), `${r.name}.${f.name} is reserved`).toBe(false);
      }
    }
    con.closeSync();
  });

  it("types each column as its schema property: an integer of the schema is an integer field", () => {
    let integers = 0;
    for (const collection of collectionNames) {
      for (const table of tablesOf(collection)) {
        let node: Json | undefined = deref(recordSchema(collection)) as Json;
        for (const key of table.arrayPath) {
          const child = deref(node?.properties?.[key]) as Json | undefined;
          node = (child?.type === "array" ? deref(child.items) : child) as Json | undefined;
        }
        const fields = new Map((resources.find((r) => r.name === table.name)!.schema.fields as Json[]).map((f) => [f.name, f.type]));
        for (const c of table.columns) {
          let prop: Json | undefined = table.scalarItems ? node : undefined;
          if (!table.scalarItems) {
            prop = node;
            for (const key of c.path) prop = deref(prop?.properties?.[key]) as Json | undefined;
          }
          if (prop?.type === "integer") {
            expect(fields.get(c.name), `${table.name}.${c.name}`).toBe("integer");
            integers++;
          }
        }
      }
    }
    expect(integers).toBeGreaterThan(0);
  });

  it("gives every row of a table of stated values the article that states it, its outlet and where the passage sits", () => {
    const stated = resources.filter((r) => r.schema.fields.some((f: Json) => f.name === "article") && r.name !== "evidence");
    expect(stated.length).toBeGreaterThan(0);
    // Every table whose rows carry evidence is one of them.
    for (const c of collectionNames) for (const t of tablesOf(c)) if (t.parent && !t.scalarItems) expect(stated.map((r) => r.name), t.name).toContain(t.name);
    const seeds = new Map(api.articles.map((a) => [a.id as string, Array.from(readFileSync(`data/seeds/${a.seed}`, "utf8"))]));
    for (const r of stated) {
      const collection = r.name.split("_")[0];
      for (const row of tables.get(r.name)!) {
        // The article's quote covering this value: on the value itself, or on what holds it.
        const covering = evidence.filter((e) => e.collection === collection && e.record_id === row.record_id && e.article === row.article && (row.pointer === e.pointer || row.pointer!.startsWith(`${e.pointer}/`)));
        expect(covering.length, `${r.name} ${row.record_id}${row.pointer} ${row.article}`).toBeGreaterThan(0);
        expect(covering.some((e) => e.code_point_start === row.code_point_start && e.code_point_end === row.code_point_end), `${r.name} ${row.record_id}${row.pointer}`).toBe(true);
        expect(row.outlet === "" ? null : row.outlet).toBe(expectedOutletName(api.getArticle(row.article as never)));
        // Where one of the article's quotes holds the value's words, the passage given is one that does.
        const passage = seeds.get(row.article!)!.slice(Number(row.code_point_start), Number(row.code_point_end)).join("");
        if (row.as_stated && covering.some((e) => e.quote!.includes(row.as_stated!))) expect(passage, `${r.name} ${row.record_id}${row.pointer}`).toContain(row.as_stated);
      }
    }
    // Conversely, every article of a value's own stating evidence has its row; evidence that only resolves
    // the value (the year of a weekday) gives its article no row, unless the article also states it.
    for (const e of evidence) {
      const stating = evidence.filter((o) => o.collection === e.collection && o.record_id === e.record_id && o.pointer === e.pointer && o.article === e.article && o.resolves !== "true");
      if (e.resolves === "true" && stating.length === 0) {
        for (const r of stated) expect(tables.get(r.name)!.some((row) => r.name.startsWith(`${e.collection}_`) && row.record_id === e.record_id && row.pointer === e.pointer && row.article === e.article), `${r.name} ${e.record_id}${e.pointer} ${e.article} only resolves`).toBe(false);
        continue;
      }
      const table = stated.find((r) => tables.get(r.name)!.some((row) => row.record_id === e.record_id && row.pointer === e.pointer && r.name.startsWith(`${e.collection}_`)));
      if (!table) continue;
      expect(tables.get(table.name)!.some((row) => row.record_id === e.record_id && row.pointer === e.pointer && row.article === e.article), `${table.name} ${e.record_id}${e.pointer} ${e.article}`).toBe(true);
    }
  });

  it("names each article's outlet: its text's publisher or licensor, else the outlet supplied with it", () => {
    const rows = tables.get("articles")!;
    expect(rows.map((r) => r.id).sort()).toEqual(api.articles.map((a) => a.id).sort());
    for (const row of rows) expect(row.outlet === "" ? null : row.outlet, row.id).toBe(expectedOutletName(api.getArticle(row.id as never)));
  });

  it("evidence.csv has one row per evidence item, each resolving to its quote in code points, UTF-16 units and bytes", () => {
    const expected = collectionNames.flatMap((c) => (api[c] as readonly Parameters<typeof evidenceOf>[0][]).flatMap((r) => evidenceOf(r).map((e) => `${c}/${r.id}${e.pointer}`)));
    expect(evidence.map((r) => `${r.collection}/${r.record_id}${r.evidence_pointer}`).sort()).toEqual(expected.sort());
    for (const row of evidence) {
      const bytes = readFileSync(`data/seeds/${row.seed}`);
      const text = bytes.toString("utf8");
      expect(bytes.subarray(Number(row.byte_start), Number(row.byte_end)).toString("utf8")).toBe(row.quote);
      expect(Array.from(text).slice(Number(row.code_point_start), Number(row.code_point_end)).join("")).toBe(row.quote);
      expect(text.slice(Number(row.utf16_start), Number(row.utf16_end))).toBe(row.quote);
      expect(Number(row.occurrence)).toBeLessThanOrEqual(Number(row.occurrences));
      expect(row.outlet === "" ? null : row.outlet).toBe(expectedOutletName(api.getArticle(row.article as never)));
    }
  });

  it("carries the source texts whose own licence lets them travel, and names every other with its address and SHA-256", () => {
    const sources = descriptor.sources as Json[];
    expect(sources.map((s) => s["icr:article"]).sort()).toEqual(api.articles.map((a) => a.id).sort());
    const shipped = readdirSync(join(unpackedRelease(), "exports")).includes("seeds") ? readdirSync(join(unpackedRelease(), "exports/seeds")) : [];
    for (const s of sources) {
      const article = api.getArticle(s["icr:article"]);
      const bytes = readFileSync(`data/seeds/${article.seed}`);
      expect(s["icr:hash"]).toBe(`sha256:${article.sha256}`);
      expect(s["icr:bytes"]).toBe(bytes.length);
      expect(s["icr:license"].name).toBe(article.license?.spdx ?? "no-licence-stated");
      if (article.document?.url) expect(s.path).toBe(article.document.url);
      if (REDISTRIBUTABLE.has(article.license?.spdx ?? "")) {
        expect(s["icr:included"]).toBe(`seeds/${article.seed}`);
        expect(exportedBytes(`seeds/${article.seed}`).equals(bytes)).toBe(true);
        const resource = (descriptor.resources as Json[]).find((r) => r.path === `seeds/${article.seed}`)!;
        expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
        expect(resource.licenses[0].name).toBe(article.license!.spdx);
      } else {
        expect(s["icr:included"]).toBeNull();
        expect(shipped).not.toContain(article.seed);
      }
    }
  });

  it("writes exports/README.md with every join of datapackage.json, the tested recipes and per-source figures from the data", () => {
    const readme = exportedText("README.md");
    for (const r of resources) for (const fk of (r.schema.foreignKeys ?? []) as Json[]) {
      expect(readme, `${r.name} → ${fk.reference.resource}`).toContain(`| \`${r.name}\` | ${fk.fields.map((f: string) => `\`${f}\``).join(", ")} | \`${fk.reference.resource}\` |`);
    }
    const recipes = [...readFileSync("docs/recipes.md", "utf8").matchAll(/<!-- recipe: [\w-]+ -->\n(```\w+\n[\s\S]*?```)/g)].map((m) => m[1]!);
    expect(recipes.length).toBeGreaterThanOrEqual(3);
    for (const recipe of recipes) expect(readme).toContain(recipe);
    for (const a of api.articles) {
      const quotes = evidence.filter((e) => e.article === a.id).length;
      const line = readme.split("\n").find((l) => l.startsWith(`| \`${a.id}\` |`));
      expect(line, a.id).toBeDefined();
      expect(line).toContain(`| ${readFileSync(`data/seeds/${a.seed}`).length} | \`${a.sha256}\` | ${quotes} |`);
    }
  });

  it("writes a Parquet file per table that reads back (hyparquet) to the CSV's rows, integers as integers", async () => {
    const { parquetReadObjects } = await import("hyparquet");
    for (const r of resources) {
      const file = exportedBytes(`parquet/${r.name}.parquet`);
      const rows = await parquetReadObjects({ file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer });
      const fields = r.schema.fields as { name: string; type: string }[];
      const asCsv = (v: unknown) => (v === null ? "" : String(v));
      expect(rows.map((row) => fields.map((f) => asCsv(row[f.name]))), r.name).toEqual(tables.get(r.name)!.map((row) => fields.map((f) => row[f.name])));
      for (const f of fields.filter((f) => f.type === "integer")) for (const row of rows) if (row[f.name] !== null) expect(typeof row[f.name], `${r.name}.${f.name}`).toBe("bigint");
    }
    expect(readdirSync(join(unpackedRelease(), "exports/parquet")).length).toBe(resources.length);
  });

  it("DuckDB loads evidence.csv and the NDJSON and joins evidence back to records", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    await con.run(`SET file_search_path = '${unpackedRelease()}'`);
    const reader = await con.runAndReadAll(
      `SELECT e.record_id, p.name, count(*) AS n FROM read_csv('exports/evidence.csv', header=true, all_varchar=true) e
       JOIN read_json('exports/ndjson/people.ndjson', format='newline_delimited') p ON p.id = e.record_id
       WHERE e.collection = 'people' GROUP BY ALL ORDER BY e.record_id`,
    );
    const got = reader.getRowObjects().map((r) => [r.record_id, r.name, Number(r.n)]);
    const want = api.people.map((p) => [p.id, p.name, evidenceOf(p).length]).filter((r) => (r[2] as number) > 0);
    expect(got).toEqual(want);
  });

  it("gives the same bytes for the same data", () => {
    const again = join(mkdtempSync(join(tmpdir(), "icr-export-")), "exports");
    execFileSync("node_modules/.bin/tsx", ["scripts/export.ts", "--out", again], { stdio: "ignore" });
    const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes(".")).sort();
    const first = join(unpackedRelease(), "exports");
    expect(files(again)).toEqual(files(first));
    for (const f of files(first)) expect(readFileSync(join(again, f)).equals(readFileSync(join(first, f))), f).toBe(true);
  });

  it("refuses to place a repeated quote that does not state its occurrence: a clear message, exit 1, nothing written", () => {
    // In the fixture dataset, the account's signature line stands under two embedded posts.
    const { data } = copyOfFixture();
    const org = readRecord(data, "organizations", "presidencia-sudavia-account");
    delete org.evidence[0].occurrence;
    writeRecord(data, "organizations", "presidencia-sudavia-account", org);
    const parent = mkdtempSync(join(tmpdir(), "icr-export-"));
    const out = join(parent, "exports");
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/export.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("data/organizations/presidencia-sudavia-account.json: the quote at /evidence/0 cannot be placed in velo-wire.txt (ambiguous, 2 occurrences); run npm run check");
    expect(existsSync(out)).toBe(false);
    // Artefacts are written as they are made, beside the output (some were, before the failing record):
    // an earlier export in place (its README carries the export's banner) stays as it was, and nothing is
    // left beside it.
    mkdirSync(out);
    const earlier = "<!-- generated by scripts/export.ts (npm run export), do not edit -->\nan earlier export\n";
    writeFileSync(join(out, "README.md"), earlier);
    const again = spawnSync("node_modules/.bin/tsx", ["scripts/export.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(again.status).toBe(1);
    expect(readdirSync(out)).toEqual(["README.md"]);
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe(earlier);
    expect(readdirSync(parent)).toEqual(["exports"]);
  });

  it("release.yml packs the exports so that both archives unpack into one top-level exports/ folder", () => {
    const workflow = readFileSync(".github/workflows/release.yml", "utf8");
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const [, name] of workflow.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, name).toHaveProperty(name!);
    expect(workflow).toMatch(/types: \[published\]/);
    expect(workflow).toContain(`gh release upload "$TAG" exports.zip exports.tar.gz`);
    for (const asset of ["exports.zip", "exports.tar.gz"]) expect(readFileSync("docs/recipes.md", "utf8")).toContain(asset);
    // The workflow's own packing step, run on the exports where its export step puts them.
    const out = /npm run export -- --out (\S+)/.exec(workflow)?.[1];
    const pack = /- run: \|\n((?: {10}.*\n)+)/.exec(workflow)?.[1]?.replace(/^ {10}/gm, "");
    expect(out).toBe("release/exports");
    expect(pack).toContain("zip");
    const work = mkdtempSync(join(tmpdir(), "icr-pack-"));
    cpSync(join(unpackedRelease(), "exports"), join(work, out!), { recursive: true });
    execFileSync("bash", ["-e", "-c", pack!], { cwd: work });
    const zipped = execFileSync("unzip", ["-Z1", join(work, "exports.zip")], { encoding: "utf8" }).trim().split("\n");
    const tarred = execFileSync("tar", ["-tzf", join(work, "exports.tar.gz")], { encoding: "utf8" }).trim().split("\n");
    for (const listing of [zipped, tarred]) {
      expect(listing.every((p) => p === "exports/" || p.startsWith("exports/")), listing.find((p) => !p.startsWith("exports/"))).toBe(true);
      expect(listing).toContain("exports/datapackage.json");
      expect(listing).toContain("exports/README.md");
    }
  });
});

describe("exports of the invented fixture dataset", () => {
  const out = join(mkdtempSync(join(tmpdir(), "icr-fixture-export-")), "exports");
  execFileSync("node_modules/.bin/tsx", ["scripts/export.ts", "--data", fixtureDir, "--out", out], { stdio: "ignore" });
  const read = (path: string) => csvObjects(readFileSync(join(out, path), "utf8"));
  const raw = (collection: string) => readdirSync(join(fixtureDir, collection)).map((f) => JSON.parse(readFileSync(join(fixtureDir, collection, f), "utf8")) as Json);

  it("names the outlet of an article its text credits, and of one whose outlet was only supplied with it", () => {
    const organizations = new Map(raw("organizations").map((o) => [o.id, o.name]));
    const articles = new Map(read("csv/articles.csv").map((row) => [row.id, row]));
    let supplied = 0;
    for (const a of raw("articles")) {
      const row = articles.get(a.id)!;
      const credited = (a.attributions ?? []).find((x: Json) => x.relation === "publisher") ?? (a.attributions ?? []).find((x: Json) => x.relation === "licensor");
      if (credited) expect([row.outlet, row.outlet_organization, row.outlet_source]).toEqual([organizations.get(credited.organization), credited.organization, credited.relation]);
      else if (a.document?.outlet) {
        supplied++;
        expect([row.outlet, row.outlet_organization, row.outlet_source]).toEqual([a.document.outlet.organization ? organizations.get(a.document.outlet.organization) : a.document.outlet.name, a.document.outlet.organization ?? "", "supplied"]);
      }
      // Every value an article states carries its outlet, in every table of stated values.
      for (const file of readdirSync(join(out, "csv"))) {
        for (const value of read(`csv/${file}`).filter((v) => v.article === a.id)) expect(value.outlet, `${file} ${value.record_id}${value.pointer}`).toBe(row.outlet);
      }
    }
    expect(supplied).toBeGreaterThan(0);
  });
});

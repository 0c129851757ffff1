// The exports follow the schema, resolve their keys, and place every quote exactly in its seed.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyOfData, readRecord, writeRecord } from "./helpers/data-copy.js";
import { unpackedRelease } from "./helpers/exports.js";
import { buildExports } from "../scripts/export.js";
import { snakeCase, tablesOf } from "../scripts/export/tables.js";
import { collectionNames, collections } from "../src/shared/collections.js";
import { evidenceOf } from "../src/relations.js";
import * as api from "../src/index.js";

const built = buildExports();
const artefacts = new Map(built.filter((a) => typeof a.content === "string").map((a) => [a.path, a.content as string]));
const parquet = new Map(built.filter((a) => typeof a.content !== "string").map((a) => [a.path, a.content as Uint8Array]));
const descriptor = JSON.parse(artefacts.get("datapackage.json")!) as {
  resources: { name: string; type?: string; path: string; hash?: string; schema?: { fields: { name: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[];
};

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += ch;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const tables = new Map(descriptor.resources.filter((r) => r.type === "table").map((r) => [r.name, parseCsv(artefacts.get(r.path)!)]));

describe("exports", () => {
  it("every schema property of every collection is a column or a child table (or evidence)", () => {
    for (const collection of collectionNames) {
      const schema = JSON.parse(readFileSync(`schema/${collections[collection].schema}`, "utf8")) as { properties: Record<string, unknown> };
      const resources = descriptor.resources.filter((r) => r.name === collection || r.name.startsWith(`${collection}_`));
      for (const property of Object.keys(schema.properties)) {
        if (property === "evidence") continue;
        const table = `${collection}_${snakeCase(property)}`;
        const found = resources.some((r) => r.name === table || r.name.startsWith(`${table}_`) || r.schema!.fields.some((f) => f.name === property || f.name.startsWith(`${property}_`)));
        expect(found, `${collection}.${property}`).toBe(true);
      }
      expect(tablesOf(collection)[0]!.name).toBe(collection);
    }
  });

  it("every primary key is unique and every foreign key resolves", () => {
    for (const r of descriptor.resources.filter((r) => r.type === "table")) {
      const rows = tables.get(r.name)!;
      const keys = rows.map((row) => r.schema!.primaryKey.map((k) => row[k]).join("\u0000"));
      expect(new Set(keys).size, r.name).toBe(keys.length);
      for (const fk of r.schema!.foreignKeys ?? []) {
        const target = new Set(tables.get(fk.reference.resource)!.map((row) => fk.reference.fields.map((k) => row[k]).join("\u0000")));
        for (const row of rows) {
          if (fk.fields.some((k) => row[k] === "")) continue;
          expect(target.has(fk.fields.map((k) => row[k]).join("\u0000")), `${r.name} ${JSON.stringify(fk)} ${row.pointer ?? row.id}`).toBe(true);
        }
      }
    }
  });

  it("evidence.csv has one row per evidence item, each resolving to its quote in code points and bytes", () => {
    const rows = tables.get("evidence")!;
    const expected = collectionNames.flatMap((c) => (api[c] as readonly Parameters<typeof evidenceOf>[0][]).flatMap((r) => evidenceOf(r).map((e) => `${c}/${r.id}${e.pointer}`)));
    expect(rows.map((r) => `${r.collection}/${r.record_id}${r.evidence_pointer}`).sort()).toEqual(expected.sort());
    for (const row of rows) {
      const bytes = readFileSync(`data/seeds/${row.seed}`);
      expect(bytes.subarray(Number(row.byte_start), Number(row.byte_end)).toString("utf8")).toBe(row.quote);
      expect(Array.from(bytes.toString("utf8")).slice(Number(row.start), Number(row.end)).join("")).toBe(row.quote);
      expect(Number(row.occurrence)).toBeLessThanOrEqual(Number(row.occurrences));
    }
  });

  // The official Data Package v2 profile (https://datapackage.org/profiles/2.0/datapackage.json) is in no
  // package the project can install offline; these are the v2 rules the descriptor relies on, checked here.
  it("follows the Data Package v2 rules it relies on: names, paths, field types, keys, hashes, licences, sources", () => {
    const d = JSON.parse(artefacts.get("datapackage.json")!) as Record<string, any>;
    expect(d.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(d.resources.length).toBeGreaterThan(0);
    const names = d.resources.map((r: { name: string }) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const v2Types = ["string", "number", "integer", "boolean", "object", "array", "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];
    for (const r of d.resources) {
      expect(r.name, r.name).toMatch(/^[a-z0-9._-]+$/);
      // A path stays inside the package's folder: not absolute, no "../" (a v2 MUST).
      expect(typeof r.path === "string" && !r.path.startsWith("/") && !r.path.split("/").includes(".."), r.name).toBe(true);
      if (r.hash !== undefined) expect(r.hash, r.name).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const l of r.licenses ?? []) expect(l.name ?? l.path, r.name).toBeTruthy();
      if (r.type !== "table") continue;
      const fields = r.schema.fields.map((f: { name: string; type: string }) => {
        expect(v2Types, `${r.name}.${f.name}`).toContain(f.type);
        return f.name;
      });
      expect(new Set(fields).size, r.name).toBe(fields.length);
      for (const k of r.schema.primaryKey) expect(fields, r.name).toContain(k);
      for (const fk of r.schema.foreignKeys ?? []) {
        expect(fk.fields.length).toBe(fk.reference.fields.length);
        const target = d.resources.find((t: { name: string }) => t.name === fk.reference.resource);
        for (const k of fk.fields) expect(fields).toContain(k);
        for (const k of fk.reference.fields) expect(target.schema.fields.map((f: { name: string }) => f.name)).toContain(k);
      }
    }
    for (const l of d.licenses) expect(l.name ?? l.path).toBeTruthy();
    expect(d.sources.length).toBe(api.articles.length);
    for (const s of d.sources) expect(s.title).toBeTruthy();
  });

  it("every source names its seed with its SHA-256 and licence", () => {
    const sources = (JSON.parse(artefacts.get("datapackage.json")!) as { sources: { seed: string; hash: string; bytes: number; licenses: { name: string }[] }[] }).sources;
    expect(sources.map((s) => s.seed).sort()).toEqual(api.articles.map((a) => `data/seeds/${a.seed}`).sort());
    for (const s of sources) {
      const article = api.articles.find((a) => s.seed.endsWith(a.seed))!;
      expect(s.hash).toBe(`sha256:${article.sha256}`);
      expect(s.bytes).toBe(readFileSync(s.seed).length);
      expect(s.licenses[0]!.name).toBe(article.license?.spdx ?? "no-licence-stated");
    }
  });

  it("writes a Parquet file per table that reads back (hyparquet) to the CSV's rows, typed", async () => {
    const { parquetReadObjects } = await import("hyparquet");
    for (const r of descriptor.resources.filter((r) => r.type === "table")) {
      const file = parquet.get(`parquet/${r.name}.parquet`);
      expect(file, r.name).toBeDefined();
      const rows = await parquetReadObjects({ file: file!.buffer.slice(file!.byteOffset, file!.byteOffset + file!.byteLength) as ArrayBuffer });
      const fields = r.schema!.fields as { name: string; type: string }[];
      const asCsv = (v: unknown) => (v === null ? "" : String(v));
      expect(rows.map((row) => fields.map((f) => asCsv(row[f.name]))), r.name).toEqual(tables.get(r.name)!.map((row) => fields.map((f) => row[f.name])));
      for (const f of fields.filter((f) => f.type === "integer")) for (const row of rows) if (row[f.name] !== null) expect(typeof row[f.name], `${r.name}.${f.name}`).toBe("bigint");
    }
    expect(parquet.size).toBe(tables.size);
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

  it("refuses to place a repeated quote that does not state its occurrence: a clear message, exit 1, nothing written", () => {
    const { data } = copyOfData();
    const org = readRecord(data, "organizations", "tasnim-news-agency");
    delete org.evidence[0].occurrence;
    writeRecord(data, "organizations", "tasnim-news-agency", org);
    const parent = mkdtempSync(join(tmpdir(), "icr-export-"));
    const out = join(parent, "exports");
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/export.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("data/organizations/tasnim-news-agency.json: the quote at /evidence/0 cannot be placed in 001_f96156025c1638aa.txt (ambiguous, 2 occurrences); run npm run check");
    expect(existsSync(out)).toBe(false);
    // Artefacts are written as they are made, beside the output (some were, before the failing record):
    // an earlier export in place stays as it was, and nothing is left beside it.
    mkdirSync(out);
    writeFileSync(join(out, "earlier.csv"), "an earlier export\n");
    const again = spawnSync("node_modules/.bin/tsx", ["scripts/export.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(again.status).toBe(1);
    expect(readdirSync(out)).toEqual(["earlier.csv"]);
    expect(readFileSync(join(out, "earlier.csv"), "utf8")).toBe("an earlier export\n");
    expect(readdirSync(parent)).toEqual(["exports"]);
  });

  it("release.yml builds the exports a release attaches, with the npm scripts that exist", () => {
    const workflow = readFileSync(".github/workflows/release.yml", "utf8");
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const [, name] of workflow.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, name).toHaveProperty(name!);
    expect(workflow).toMatch(/types: \[published\]/);
    for (const asset of ["exports.zip", "exports.tar.gz"]) {
      expect(workflow).toContain(`gh release upload "$TAG" exports.zip exports.tar.gz`);
      expect(readFileSync("docs/recipes.md", "utf8")).toContain(asset);
    }
  });
});

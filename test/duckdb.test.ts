// Who said what, from the exports alone: DuckDB loads the CSV, Parquet and NDJSON exports and answers
// speaker, outlet, words, article and offsets with the rows the JS accessors give. The speakers are
// found from the schema (the quote properties named speaker… that reference people, one or several),
// not from a column name fixed here.
import { readFileSync } from "node:fs";
import { unpackedRelease } from "./helpers/exports.js";
import { describe, expect, it } from "vitest";
import { tablesOf } from "../scripts/export/tables.js";
import { people, quotesBy, variantsOf } from "../src/index.js";

type Row = [speaker: string, outlet: string | null, words: string, article: string, quote: string, ordinal: number, start: number, end: number, utf16Start: number, utf16End: number];

/** What the accessors say: every report of every quote, with its speaker(s). */
function fromAccessors(): Row[] {
  const rows: Row[] = [];
  for (const person of people) {
    for (const quote of quotesBy(person)) {
      variantsOf(quote).forEach(({ variant, article, outlet }, ordinal) => {
        const at = variant.evidence[0]!.position!;
        rows.push([person.name, outlet?.name ?? null, variant.asStated, article.id, quote.id, ordinal, at.codePointStart, at.codePointEnd, at.start, at.end]);
      });
    }
  }
  return sorted(rows);
}

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as Row);

/** The quote properties that name speakers, as the schema has them: a column, a list of ids, or a list of objects with a person. */
function speakerSources(read: (table: string) => string): string {
  const [root, ...children] = tablesOf("quotes");
  const parts: string[] = [];
  for (const c of root!.columns) if (c.references === "people" && c.name.startsWith("speaker")) parts.push(`SELECT id AS quote_id, "${c.name}" AS speaker_id FROM ${read("quotes")} WHERE "${c.name}" IS NOT NULL`);
  for (const t of children) {
    if (t.parent !== "quotes" || t.arrayPath.length !== 1 || !t.arrayPath[0]!.startsWith("speaker")) continue;
    const c = t.columns.find((c) => c.references === "people");
    if (c) parts.push(`SELECT record_id AS quote_id, "${c.name}" AS speaker_id FROM ${read(t.name)}`);
  }
  if (parts.length === 0) throw new Error("the quote schema names no speaker property that references people");
  return parts.join(" UNION ALL ");
}

/** The who-said-what query over the tables (CSV or Parquet: the same columns). */
function tableQuery(read: (table: string) => string): string {
  return `
    WITH speakers AS (${speakerSources(read)}),
    outlets AS (
      SELECT record_id AS article, organization FROM ${read("articles_attributions")}
      WHERE relation IN ('publisher', 'licensor')
      QUALIFY row_number() OVER (PARTITION BY record_id ORDER BY relation <> 'publisher', CAST(ordinal AS INTEGER)) = 1
    )
    SELECT p.name AS speaker, o.name AS outlet, v.asStated AS words, e.article, v.record_id AS quote, CAST(v.ordinal AS INTEGER) AS ordinal,
           CAST(e.start AS INTEGER) AS "start", CAST(e."end" AS INTEGER) AS "end", CAST(e.utf16_start AS INTEGER) AS utf16_start, CAST(e.utf16_end AS INTEGER) AS utf16_end
    FROM ${read("quotes_variants")} v
    JOIN speakers s ON s.quote_id = v.record_id
    JOIN ${read("people")} p ON p.id = s.speaker_id
    JOIN ${read("evidence")} e ON e.collection = 'quotes' AND e.record_id = v.record_id AND e.evidence_pointer = v.pointer || '/evidence/0'
    LEFT JOIN outlets ou ON ou.article = e.article
    LEFT JOIN ${read("organizations")} o ON o.id = ou.organization`;
}

/** The same question over the NDJSON records, nested as the package ships them (positions included). */
function ndjsonQuery(): string {
  const json = (c: string) => `read_json('exports/ndjson/${c}.ndjson', format = 'newline_delimited', sample_size = -1)`;
  const [root, ...children] = tablesOf("quotes");
  const speakerColumns = root!.columns.filter((c) => c.references === "people" && c.name.startsWith("speaker")).map((c) => `SELECT id AS quote_id, "${c.name}" AS speaker_id FROM ${json("quotes")} WHERE "${c.name}" IS NOT NULL`);
  const speakerLists = children
    .filter((t) => t.parent === "quotes" && t.arrayPath.length === 1 && t.arrayPath[0]!.startsWith("speaker"))
    .map((t) => {
      const c = t.columns.find((c) => c.references === "people")!;
      const item = t.scalarItems ? "s" : `s."${c.name}"`;
      return `SELECT id AS quote_id, ${item} AS speaker_id FROM (SELECT id, unnest("${t.arrayPath[0]}") AS s FROM ${json("quotes")})`;
    });
  return `
    WITH speakers AS (${[...speakerColumns, ...speakerLists].join(" UNION ALL ")}),
    variants AS (SELECT id AS quote, i - 1 AS ordinal, variants[i] AS v FROM (SELECT id, variants, generate_subscripts(variants, 1) AS i FROM ${json("quotes")})),
    outlets AS (
      SELECT id AS article, (coalesce(list_filter(attributions, x -> x.relation = 'publisher'), []) || coalesce(list_filter(attributions, x -> x.relation = 'licensor'), []))[1].organization AS organization
      FROM ${json("articles")}
    )
    SELECT p.name AS speaker, o.name AS outlet, v.v.asStated AS words, v.v.evidence[1].article AS article, v.quote, CAST(v.ordinal AS INTEGER) AS ordinal,
           CAST(v.v.evidence[1].position.codePointStart AS INTEGER) AS "start", CAST(v.v.evidence[1].position.codePointEnd AS INTEGER) AS "end",
           CAST(v.v.evidence[1].position."start" AS INTEGER) AS utf16_start, CAST(v.v.evidence[1].position."end" AS INTEGER) AS utf16_end
    FROM variants v
    JOIN speakers s ON s.quote_id = v.quote
    JOIN ${json("people")} p ON p.id = s.speaker_id
    LEFT JOIN outlets ou ON ou.article = v.v.evidence[1].article
    LEFT JOIN ${json("organizations")} o ON o.id = ou.organization`;
}

async function run(sql: string): Promise<Row[]> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  try {
    // Relative paths ('exports/...') resolve where a reader unzipped the release.
    await con.run(`SET file_search_path = '${unpackedRelease()}'`);
    const reader = await con.runAndReadAll(sql);
    return sorted(reader.getRows().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v)) as Row));
  } finally {
    con.closeSync();
  }
}

const csv = (t: string) => `read_csv('exports/${t === "evidence" ? "evidence" : `csv/${t}`}.csv', header = true, all_varchar = true)`;
const parquet = (t: string) => `read_parquet('exports/parquet/${t}.parquet')`;

describe("DuckDB: who said what, from the exports", () => {
  const expected = fromAccessors();

  it("the accessors give some reports to compare", () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((r) => r[1] !== null)).toBe(true);
  });

  it("from the CSV tables", async () => {
    expect(await run(tableQuery(csv))).toEqual(expected);
  });

  it("from the Parquet tables", async () => {
    expect(await run(tableQuery(parquet))).toEqual(expected);
  });

  it("from the NDJSON records", async () => {
    expect(await run(ndjsonQuery())).toEqual(expected);
  });

  it("the DuckDB recipe of docs/recipes.md gives the same speakers, outlets, words, articles and offsets", async () => {
    const recipe = /<!-- recipe: duckdb -->\n```sql\n([\s\S]*?)```/.exec(readFileSync("docs/recipes.md", "utf8"))?.[1];
    expect(recipe).toBeDefined();
    const rows = (await run(recipe!)) as unknown as unknown[][];
    const project = (r: unknown[]) => JSON.stringify(r.slice(0, 4).concat(r.slice(-2)));
    expect(rows.map((r) => project(r)).sort()).toEqual(expected.map((r) => project([...r.slice(0, 4), r[6], r[7]])).sort());
  });
});

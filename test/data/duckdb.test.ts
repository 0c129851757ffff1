// Who said what, from the exports alone: DuckDB loads the CSV, Parquet and NDJSON exports and answers
// speaker, outlet, words, article and offsets with the rows the JS accessors give. The speakers are
// found from the schema (the quote properties named speaker… that reference people, one or several),
// not from a column name fixed here.
import { readFileSync } from "node:fs";
import { expectedOutletName, unpackedRelease } from "../helpers/exports.js";
import { describe, expect, it } from "vitest";
import { tablesOf } from "../../scripts/export/tables.js";
import { findArticle, findPerson, people, quotesBy, variantsOf, type Evidence } from "../../src/index.js";

type Row = [speaker: string, outlet: string | null, words: string, article: string, quote: string, ordinal: number, start: number, end: number];

/** The passage a table row points at: the article's first quote holding the words, else its first quote. */
const passage = (evidence: readonly Evidence[], article: string, words: string) =>
  evidence.find((e) => e.article === article && e.quote.includes(words)) ?? evidence.find((e) => e.article === article)!;

/** What the accessors say: every report of every quote, with its speaker(s). */
function fromAccessors(): Row[] {
  const rows: Row[] = [];
  for (const person of people) {
    for (const quote of quotesBy(person)) {
      variantsOf(quote).forEach(({ variant, article }, ordinal) => {
        const at = passage(variant.evidence, article.id, variant.asStated).position!;
        rows.push([person.name, expectedOutletName(article), variant.asStated, article.id, quote.id, ordinal, at.codePointStart, at.codePointEnd]);
      });
    }
  }
  return sorted(rows);
}

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as T);

/** The quote properties that name speakers, as the schema has them: a column, a list of ids, or a list of objects with a person. */
function speakerSources(read: (table: string) => string): string {
  const [root, ...children] = tablesOf("quotes");
  const parts: string[] = [];
  for (const c of root!.columns) if (c.references === "people" && c.name.startsWith("speaker")) parts.push(`SELECT id AS quote_id, ${c.name} AS speaker_id FROM ${read("quotes")} WHERE ${c.name} IS NOT NULL`);
  for (const t of children) {
    if (t.parent !== "quotes" || t.arrayPath.length !== 1 || !t.arrayPath[0]!.startsWith("speaker")) continue;
    const c = t.columns.find((c) => c.references === "people");
    if (c) parts.push(`SELECT record_id AS quote_id, ${c.name} AS speaker_id FROM ${read(t.name)}`);
  }
  if (parts.length === 0) throw new Error("the quote schema names no speaker property that references people");
  return parts.join(" UNION ALL ");
}

/** The who-said-what query over the tables (CSV or Parquet: the same columns), no column quoted. */
function tableQuery(read: (table: string) => string): string {
  return `
    WITH speakers AS (${speakerSources(read)})
    SELECT p.name AS speaker, v.outlet, v.as_stated AS words, v.article, v.record_id AS quote, CAST(v.ordinal AS INTEGER) AS ordinal,
           CAST(v.code_point_start AS INTEGER) AS code_point_start, CAST(v.code_point_end AS INTEGER) AS code_point_end
    FROM ${read("quotes_variants")} v
    JOIN speakers s ON s.quote_id = v.record_id
    JOIN ${read("people")} p ON p.id = s.speaker_id`;
}

/** The same question over the NDJSON records, nested as the package ships them (positions included). */
function ndjsonQuery(): string {
  const json = (c: string) => `read_json('exports/ndjson/${c}.ndjson', format = 'newline_delimited', sample_size = -1)`;
  const [root, ...children] = tablesOf("quotes");
  const speakerColumns = root!.columns.filter((c) => c.references === "people" && c.name.startsWith("speaker")).map((c) => `SELECT id AS quote_id, "${c.path[0]}" AS speaker_id FROM ${json("quotes")} WHERE "${c.path[0]}" IS NOT NULL`);
  const speakerLists = children
    .filter((t) => t.parent === "quotes" && t.arrayPath.length === 1 && t.arrayPath[0]!.startsWith("speaker"))
    .map((t) => {
      const c = t.columns.find((c) => c.references === "people")!;
      const item = t.scalarItems ? "s" : `s."${c.path.join('"."')}"`;
      return `SELECT id AS quote_id, ${item} AS speaker_id FROM (SELECT id, unnest("${t.arrayPath[0]}") AS s FROM ${json("quotes")})`;
    });
  // An article's outlet: the organization its text names as publisher, else licensor, else the supplied one.
  // The supplied outlet is read through JSON, so that data where no article has one still runs.
  return `
    WITH speakers AS (${[...speakerColumns, ...speakerLists].join(" UNION ALL ")}),
    variants AS (SELECT id AS quote, i - 1 AS ordinal, variants[i] AS v FROM (SELECT id, variants, generate_subscripts(variants, 1) AS i FROM ${json("quotes")})),
    outlets AS (
      SELECT a.id AS article, coalesce(named.name, supplied.name, json_extract_string(to_json(a), '$.document.outlet.name')) AS outlet
      FROM ${json("articles")} a
      LEFT JOIN ${json("organizations")} named ON named.id = (coalesce(list_filter(a.attributions, x -> x.relation = 'publisher'), []) || coalesce(list_filter(a.attributions, x -> x.relation = 'licensor'), []))[1].organization
      LEFT JOIN ${json("organizations")} supplied ON supplied.id = json_extract_string(to_json(a), '$.document.outlet.organization')
    ),
    passages AS (
      SELECT quote, ordinal, v, list_filter(v.evidence, e -> contains(e.quote, v.asStated)) AS holding FROM variants
    )
    SELECT p.name AS speaker, ou.outlet, v.v.asStated AS words, v.v.evidence[1].article AS article, v.quote, CAST(v.ordinal AS INTEGER) AS ordinal,
           CAST(coalesce(v.holding[1], v.v.evidence[1]).position.codePointStart AS INTEGER) AS code_point_start,
           CAST(coalesce(v.holding[1], v.v.evidence[1]).position.codePointEnd AS INTEGER) AS code_point_end
    FROM passages v
    JOIN speakers s ON s.quote_id = v.quote
    JOIN ${json("people")} p ON p.id = s.speaker_id
    LEFT JOIN outlets ou ON ou.article = v.v.evidence[1].article`;
}

async function run(sql: string): Promise<unknown[][]> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  try {
    // Relative paths ('exports/...') resolve where a reader unzipped the release.
    await con.run(`SET file_search_path = '${unpackedRelease()}'`);
    const reader = await con.runAndReadAll(sql);
    return reader.getRows().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v)));
  } finally {
    con.closeSync();
  }
}

const csv = (t: string) => `read_csv('exports/${t === "evidence" ? "evidence" : `csv/${t}`}.csv', header = true, all_varchar = true)`;
const parquet = (t: string) => `read_parquet('exports/parquet/${t}.parquet')`;
const recipe = (name: string) => [...readFileSync("docs/recipes.md", "utf8").matchAll(/<!-- recipe: ([\w-]+) -->\n```sql\n([\s\S]*?)```/g)].find((m) => m[1] === name)?.[2];

describe("DuckDB: who said what, from the exports", () => {
  const expected = fromAccessors();

  it("the accessors give some reports to compare", () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it("from the CSV tables", async () => {
    expect(sorted(await run(tableQuery(csv)))).toEqual(expected);
  });

  it("from the Parquet tables", async () => {
    expect(sorted(await run(tableQuery(parquet)))).toEqual(expected);
  });

  it("from the NDJSON records", async () => {
    expect(sorted(await run(ndjsonQuery()))).toEqual(expected);
  });

  it("the DuckDB recipe of docs/recipes.md: three tables, no window function, the same speakers, outlets, words, articles and offsets", async () => {
    const sql = recipe("duckdb");
    expect(sql).toBeDefined();
    expect(new Set([...sql!.matchAll(/'exports\/parquet\/(\w+)\.parquet'/g)].map((m) => m[1])).size).toBe(3);
    expect(sql).not.toMatch(/\bOVER\b|\bQUALIFY\b|"/i);
    const project = (r: unknown[]) => JSON.stringify([r[0], r[1], r[2], r[3], r[6], r[7]]);
    expect((await run(sql!)).map((r) => JSON.stringify(r)).sort()).toEqual(expected.map(project).sort());
  });

  it("the recipe of what each outlet says: every stated value of the record it names, once per article that states it", async () => {
    const sql = recipe("duckdb-stated");
    const id = /record_id = '([\w-]+)'/.exec(sql ?? "")?.[1];
    expect(id).toBeDefined();
    const rows = (await run(sql!)).map((r) => JSON.stringify(r));
    const person = findPerson(id!);
    // Each age with the articles that state it: its own evidence, else the record's quotes holding its words.
    const want = (person?.statedAge ?? []).flatMap((age) => {
      const evidence = age.evidence ?? person!.evidence.filter((e) => e.quote.includes(age.asStated));
      return [...new Set(evidence.map((e) => e.article))].sort().map((article) => JSON.stringify([age.value, age.asStated, article, expectedOutletName(findArticle(article)!)]));
    });
    expect(rows).toEqual(want);
  });
});

// exports/README.md: what each file holds, how the tables join (from the descriptor's foreign keys), the
// recipes of docs/recipes.md (the ones the tests run), and per source text what it is, where to get it
// and how much of it the dataset quotes — every figure computed from the data at build time.
import { readFileSync } from "node:fs";
import type { SourceCoverage } from "./coverage.js";
import type { TableResource } from "./descriptor.js";
import type { SourceTerms } from "./sources.js";

export interface ReadmeSource {
  terms: SourceTerms;
  outlet: string | undefined;
  seed: { name: string; bytes: number; sha256: string };
  coverage: SourceCoverage;
}

const RECIPES = new URL("../../docs/recipes.md", import.meta.url);

/** The recipe blocks of docs/recipes.md, each with its fence, in order. */
function recipes(): string[] {
  const text = readFileSync(RECIPES, "utf8");
  return [...text.matchAll(/<!-- recipe: [\w-]+ -->\n(```\w+\n[\s\S]*?```)/g)].map((m) => m[1]!);
}

const percent = (part: number, whole: number) => (whole === 0 ? "0%" : `${((100 * part) / whole).toFixed(1)}%`);

/** A Markdown table: the header, its rule, a line per row. */
const markdownTable = (header: string[], rows: unknown[][]) => [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(", ");

function joinsTable(tables: readonly TableResource[]): string {
  const rows = tables.flatMap((t) => (t.schema.foreignKeys ?? []).map((fk) => [code([t.name]), code(fk.fields), code([fk.reference.resource]), code(fk.reference.fields)]));
  return markdownTable(["table", "columns", "join to table", "on columns"], rows);
}

function sourcesTable(sources: readonly ReadmeSource[]): string {
  const rows = sources.map(({ terms, outlet, seed, coverage }) => {
    const where = terms.travels ? `included: \`seeds/${seed.name}\`` : terms.url ? `not included: ${terms.url}` : "not included; no address was supplied";
    return [code([terms.article]), outlet ?? "none named", where, seed.bytes, code([seed.sha256]), coverage.quotes, `${percent(coverage.covered, coverage.characters)} of ${coverage.characters}`];
  });
  return markdownTable(["article", "outlet", "text", "bytes", "SHA-256", "evidence quotes", "non-whitespace characters quoted"], rows);
}

export function readme(tables: readonly TableResource[], sources: readonly ReadmeSource[]): string {
  const included = sources.filter((s) => s.terms.travels).length;
  return `# exports

The dataset as tables and linked data, for tools other than JavaScript, generated from data/ and the JSON
Schemas by \`npm run export\` (scripts/export.ts). Every release attaches this folder as \`exports.zip\` and
\`exports.tar.gz\`, each unpacking into this \`exports/\` folder; the paths below are relative to the
folder that holds it.

- \`datapackage.json\`: Frictionless Data Package v2 descriptor (validated against the official v2 profiles):
  every CSV table with its fields, types, primary and foreign keys; the source texts that travel here as
  resources; every source text with where to get it, its size and SHA-256 (\`sources\`).
- \`csv/<table>.csv\`: one table per collection (one row per record, keyed by \`id\`) and one per repeated
  part (\`<collection>_<property>\`, keyed by \`record_id\` and \`pointer\`, the JSON pointer of the value in
  its record). Every column name is snake_case and no SQL reserved word.
- Tables of stated values (\`people_stated_age\`, \`quotes_variants\`, \`agreements_wordings\`…) have, beside
  each value, the \`article\` whose text states it, that article's \`outlet\`, and where the passage sits
  (\`code_point_start\`, \`code_point_end\`): a value that several articles state has one row per article,
  so count values with \`count(DISTINCT (record_id, pointer))\`.
- \`parquet/<table>.parquet\`: the same tables (and \`evidence\`), typed (integers INT64); each file's
  key-value metadata carries the sources' licences and attributions (\`iran-cuba-relations.sources\`).
- \`evidence.csv\`: one row per evidence item: the value it supports (\`record_id\`, \`pointer\`), its quote,
  and where the quote sits in the text in code points, UTF-16 units and UTF-8 bytes, with 32 code points of
  context each side.
- \`ndjson/<collection>.ndjson\`: one record per line, as the npm package ships it (each evidence item with
  its \`position\`: \`start\`/\`end\` in UTF-16 units, \`codePointStart\`/\`codePointEnd\`).
- \`annotations.jsonld\`: one W3C Web Annotation per evidence item (quote, code point and byte selectors on
  the text; body: the record value). \`dataset.jsonld\`: schema.org nodes for the records and a Claim per
  stated value. Both have inline contexts and expand with no network; one node per line.
- \`seeds/\`: the source texts whose own licence lets them travel (${included} of ${sources.length}); the
  others are named below with the address they were retrieved from and their SHA-256, so a copy can be
  checked before its offsets are used.

## How the tables join

Every foreign key of \`datapackage.json\`: a child table's \`record_id\` is its record's \`id\`; a nested
child's (\`record_id\`, \`parent_pointer\`) is its parent row's (\`record_id\`, \`pointer\`); a reference
column holds the \`id\` of the record it names.

${joinsTable(tables)}

## Recipes

Who said what, where and in which outlet: the same recipes as the repository's docs/recipes.md, run by its
tests on this folder.

${recipes().join("\n\n")}

## Sources

Code, schemas and records: MIT. The source texts are not the project's: each travels here only when its
own text states a licence that allows it. Their terms travel with every export (\`datapackage.json\`, the
Parquet metadata, the annotations' and the JSON-LD's \`creditText\` and \`copyrightNotice\`).

${sourcesTable(sources)}

${sources.map((s) => `- ${s.terms.attribution} ${s.terms.rights}`).join("\n")}
`;
}

// `npm run export`: writes exports/ (or --out DIR) — CSV and Parquet tables derived from the JSON Schemas,
// evidence with seed positions, NDJSON records, linked data, the source texts whose terms allow it and a
// Frictionless Data Package v2 descriptor. Deterministic: same data, same bytes. Streamed: each record is
// read, written to every file it belongs in, and let go, so memory holds the articles, the seeds and one
// record (and a row group per open table), whatever the size of the dataset. `npm run export` runs node
// with --optimize-for-size: without it V8 lets garbage grow to about four times what is alive before it
// collects (docs/decisions.md has the figures). A build output, never committed: the release attaches it,
// researchers download it.
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { collectionNames } from "../src/shared/collections.js";
import { articleOutlet } from "../src/shared/outlet.js";
import { streamDataset, type DatasetStream, type JsonRecord } from "../src/dataset/read.js";
import { replaceRefusal, writeArtefactFolder, type ArtefactFile, type ArtefactFolder } from "./lib/artefacts.js";
import { exitOnDataError } from "./lib/data-errors.js";
import { withPositions, place } from "./lib/positions.js";
import { cellsOf, itemsOf, tablesOf, type Table } from "./export/tables.js";
import { EVIDENCE_FIELDS, evidenceRows, verifyRow } from "./export/evidence.js";
import { TableWriter, type TableField } from "./export/formats.js";
import { statingEvidence } from "./export/stated.js";
import { sourceTerms, type SourceTerms } from "./export/sources.js";
import { evidenceResource, PROFILE, seedPath, seedResource, sourceEntry, tableResource, type TableResource } from "./export/descriptor.js";
import { ANNOTATION_CONTEXT, annotation } from "./export/annotations.js";
import { JSONLD_CONTEXT, jsonldNodes } from "./export/jsonld.js";
import { QuoteCoverage } from "./export/coverage.js";
import { readme } from "./export/readme.js";

const GENERATOR = "scripts/export.ts (npm run export)";

/** An article's outlet as the tables give it: its name, and its organization record when it has one. */
interface OutletCells {
  name: string | null;
  organization: string | null;
  source: string | null;
}

/** The organizations the articles name (attributions, supplied outlets): the only ones whose names the export needs up front. */
function outletsOf(dataset: DatasetStream): { names: Map<string, string>; outlets: Map<string, OutletCells> } {
  const named = new Set<string>();
  for (const a of dataset.articles) {
    for (const { organization } of (a.attributions ?? []) as { organization: string }[]) named.add(organization);
    const supplied = (a.document as { outlet?: { organization?: string } } | undefined)?.outlet?.organization;
    if (supplied) named.add(supplied);
  }
  const names = new Map([...dataset.some("organizations", named)].map(([id, o]) => [id, o.name as string]));
  const outlets = new Map<string, OutletCells>();
  for (const a of dataset.articles) {
    const outlet = articleOutlet(a as never);
    const name = outlet ? ((outlet.organization ? names.get(outlet.organization) : undefined) ?? outlet.suppliedName ?? outlet.organization ?? null) : null;
    outlets.set(a.id, { name, organization: outlet?.organization ?? null, source: outlet?.source ?? null });
  }
  return { names, outlets };
}

/** A JSON-LD document written a node per line: its context first, its graph as the nodes come. */
function jsonLinesDocument(file: ArtefactFile, context: unknown) {
  let first = true;
  file.write(`{"@context": ${JSON.stringify(context)},\n"@graph": [\n`);
  return {
    node(node: unknown) {
      file.write(`${first ? "" : ",\n"}${JSON.stringify(node)}`);
      first = false;
    },
    close() {
      file.write("\n]}\n");
      file.close();
    },
  };
}

/** The rows of one table for one record: one per item, or for stated values one per item and stating article. */
function* tableRows(table: Table, file: string, record: JsonRecord, seeds: DatasetStream["seeds"], outlets: Map<string, OutletCells>): Generator<unknown[]> {
  for (const item of itemsOf(table, record)) {
    const cells = cellsOf(table, item.value);
    if (!table.parent) {
      const outlet = outlets.get(record.id);
      yield table.name === "articles" ? [...cells, outlet!.name, outlet!.organization, outlet!.source] : cells;
      continue;
    }
    const keys = [record.id, item.parent, item.ordinal, item.pointer];
    if (!table.stated) {
      yield [...keys, ...cells];
      continue;
    }
    const stating = statingEvidence(item.value, item.pointer, item.enclosing);
    if (stating.length === 0) throw new Error(`${file}: the value at ${item.pointer} has no evidence, its own or its record's; run npm run check`);
    for (const { evidence, pointer } of stating) {
      const at = place(seeds, evidence, file, pointer);
      yield [...keys, evidence.article, outlets.get(evidence.article)?.name ?? null, at.codePointStart, at.codePointEnd, ...cells];
    }
  }
}

/** Writes every file of exports/ into `folder`, reading the dataset once. */
function exportInto(folder: ArtefactFolder, dataset: DatasetStream): void {
  const { articles, seeds } = dataset;
  const { names, outlets } = outletsOf(dataset);
  const terms = new Map<string, SourceTerms>(articles.map((a) => [a.id, sourceTerms(a as never, (id) => names.get(id))]));
  // The Parquet files travel alone: each carries the sources' licences and attributions in its metadata.
  const metadata = [
    { key: "iran-cuba-relations.sources", value: JSON.stringify(articles.map((a) => terms.get(a.id))) },
    { key: "iran-cuba-relations.license", value: "records MIT; quotes from the sources under their own terms (see sources)" },
  ];
  // A table's CSV and Parquet files, open while its rows stream.
  const tableWriter = (resource: TableResource) =>
    new TableWriter(resource.schema.fields as TableField[], folder.open(resource.path), folder.open(`parquet/${resource.name}.parquet`), metadata);
  const evidenceTable = evidenceResource();
  const evidence = tableWriter(evidenceTable);
  const annotations = jsonLinesDocument(folder.open("annotations.jsonld"), ANNOTATION_CONTEXT);
  const graph = jsonLinesDocument(folder.open("dataset.jsonld"), JSONLD_CONTEXT);
  const coverage = new QuoteCoverage(seeds);
  const outletName = (article: string) => outlets.get(article)?.name ?? undefined;
  const resources: TableResource[] = [];

  for (const collection of collectionNames) {
    const tables = tablesOf(collection).map((table) => {
      const resource = tableResource(table);
      return { table, resource, writer: tableWriter(resource) };
    });
    const ndjson = folder.open(`ndjson/${collection}.ndjson`);
    for (const record of dataset.records(collection)) {
      const file = `data/${collection}/${record.id}.json`;
      // As the package ships them: each evidence item with its position in the seed.
      ndjson.write(JSON.stringify(withPositions(record, seeds, file)) + "\n");
      for (const { table, writer } of tables) for (const row of tableRows(table, file, record, seeds, outlets)) writer.row(row);
      for (const row of evidenceRows(collection, record, seeds, outletName)) {
        verifyRow(row, seeds.get(row.article)!);
        evidence.row(EVIDENCE_FIELDS.map(([name]) => row[name]));
        annotations.node(annotation(row, terms));
        coverage.add(row.article, row.utf16_start, row.utf16_end);
      }
      for (const node of jsonldNodes(collection, record, terms)) graph.node(node);
    }
    ndjson.close();
    for (const { writer, resource } of tables) {
      writer.close();
      resources.push(resource);
    }
  }
  evidence.close();
  annotations.close();
  graph.close();
  resources.push(evidenceTable);

  const travelling = articles.filter((a) => terms.get(a.id)!.travels);
  for (const a of travelling) folder.add({ path: seedPath(seeds.get(a.id)!), content: seeds.get(a.id)!.bytes });
  const descriptor = {
    $schema: PROFILE,
    name: "iran-cuba-relations",
    title: "What news texts say about Iran–Cuba ties, each value traced to its passage",
    description: `Generated by ${GENERATOR} from data/. Every record traces to an exact quote of a source text; evidence.csv holds each quote's position, and every table of stated values names the article that states each value.`,
    version: (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version,
    licenses: [{ name: "MIT", path: "https://opensource.org/licenses/MIT", title: "MIT (code, schemas, records)" }],
    sources: articles.map((a) => sourceEntry(seeds.get(a.id)!, terms.get(a.id)!)),
    resources: [...resources, ...travelling.map((a) => seedResource(seeds.get(a.id)!, terms.get(a.id)!))],
  };
  folder.add({ path: "datapackage.json", content: JSON.stringify(descriptor, null, 2) + "\n" });
  folder.add({
    path: "README.md",
    content: readme(
      resources,
      articles.map((a) => {
        const seed = seeds.get(a.id)!;
        return { terms: terms.get(a.id)!, outlet: outletName(a.id), seed: { name: seed.name, bytes: seed.bytes.length, sha256: seed.sha256 }, coverage: coverage.of(a.id) };
      }),
    ),
  });
}

const USAGE = "usage: npm run export [-- --data DIR] [-- --out DIR]";

function main(): number {
  let values: { out?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { out: { type: "string", default: "exports" }, data: { type: "string", default: fileURLToPath(new URL("../data/", import.meta.url)) }, help: { type: "boolean" } } }));
  } catch (error) {
    console.error(`export: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const refused = replaceRefusal(values.out!, GENERATOR);
  if (refused) {
    console.error(`export: ${refused}\n${USAGE}`);
    return 2;
  }
  return exitOnDataError(() => {
    const dataset = streamDataset(values.data!);
    console.log(`wrote ${writeArtefactFolder(values.out!, GENERATOR, (folder) => exportInto(folder, dataset))} files to ${values.out}/`);
  });
}

process.exitCode = main();

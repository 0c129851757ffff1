// The one reader of a data directory: the checker streams its records through `recordFiles`; `fix` and
// every script (generate, export, site, bench) read the same files through the same guards.
import { collectionNames, type CollectionName } from "../shared/collections.js";
import { join } from "node:path";
import { displayPath, listDataset, type Listing } from "./listing.js";
import { loadRecord, RecordFile } from "./record-file.js";
import { loadSeeds, type SeedFile } from "./seeds.js";

/** Every record file of a listing, read and parsed one at a time, in listing order. */
export function* recordFiles(listing: Listing): Generator<RecordFile> {
  for (const entry of listing.records) yield loadRecord(listing, entry);
}

/** A record as the scripts use it: parsed JSON with its id. */
export type JsonRecord = Record<string, unknown> & { id: string };

export interface Dataset {
  dir: string;
  /** Every record, by collection, in id order. */
  records: Record<CollectionName, JsonRecord[]>;
  /** Each article's seed, by article id. */
  seeds: Map<string, SeedFile>;
}

/** What a script cannot build from: the files named, with what is wrong; `npm run check` says more. */
export class DatasetError extends Error {}

/**
 * The whole data directory in memory, for the scripts that build from it. They run on data that passes
 * the check; a file that cannot be read, parsed or placed stops them with a message naming it, not a
 * stack trace.
 */
export function readDataset(dir: string, cwd = process.cwd()): Dataset {
  const listing = listDataset(dir, cwd);
  const records = Object.fromEntries(collectionNames.map((c) => [c, []])) as unknown as Dataset["records"];
  const problems: string[] = listing.strayFiles.map((s) => `${s.file}: ${s.message}`);
  for (const record of recordFiles(listing)) {
    if (record.problem) {
      const { line, column } = record.position(record.problem.offset ?? 0);
      problems.push(`${record.file}:${line}:${column}: ${record.problem.message}`);
    } else if (record.id !== record.name) {
      problems.push(`${record.file}: its id is not its file name`);
    } else records[record.collection].push(record.value as JsonRecord);
  }
  const seedFiles = loadSeeds(listing);
  const seeds = new Map<string, SeedFile>();
  for (const article of records.articles) {
    const seed = seedFiles.get(article.seed as string);
    if (!seed || seed.problem || seed.sha256 !== article.sha256) problems.push(`${displayPath(listing, join(dir, "articles", `${article.id}.json`))}: its seed ${String(article.seed)} is missing, unreadable or changed`);
    else seeds.set(article.id, seed);
  }
  if (problems.length) throw new DatasetError(`${dir} cannot be read:\n${problems.map((p) => `  ${p}`).join("\n")}\nrun \`npm run check\` for every problem and how to fix it`);
  return { dir, records, seeds };
}

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

/** A record file's problem as a script reports it, or undefined when the record can be used. */
function problemOf(record: RecordFile): string | undefined {
  if (record.problem) {
    const { line, column } = record.position(record.problem.offset ?? 0);
    return `${record.file}:${line}:${column}: ${record.problem.message}`;
  }
  return record.id === record.name ? undefined : `${record.file}: its id is not its file name`;
}

/** Each article's seed, by article id; a missing, unreadable or changed seed is a problem. */
function seedsOf(listing: Listing, articles: readonly JsonRecord[], problems: string[]): Map<string, SeedFile> {
  const seedFiles = loadSeeds(listing);
  const seeds = new Map<string, SeedFile>();
  for (const article of articles) {
    const seed = seedFiles.get(article.seed as string);
    if (!seed || seed.problem || seed.sha256 !== article.sha256) problems.push(`${displayPath(listing, join(listing.dir, "articles", `${article.id}.json`))}: its seed ${String(article.seed)} is missing, unreadable or changed`);
    else seeds.set(article.id, seed);
  }
  return seeds;
}

const cannotRead = (dir: string, problems: readonly string[]) =>
  new DatasetError(`${dir} cannot be read:\n${problems.map((p) => `  ${p}`).join("\n")}\nrun \`npm run check\` for every problem and how to fix it`);

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
    const problem = problemOf(record);
    if (problem) problems.push(problem);
    else records[record.collection].push(record.value as JsonRecord);
  }
  const seeds = seedsOf(listing, records.articles, problems);
  if (problems.length) throw cannotRead(dir, problems);
  return { dir, records, seeds };
}

/** A data directory read as it is used: the articles and their seeds at once, every other record one at a time. */
export interface DatasetStream {
  dir: string;
  /** Every article, in id order: the seeds hang on them, and there is one per source text. */
  articles: JsonRecord[];
  /** Each article's seed, by article id. */
  seeds: Map<string, SeedFile>;
  /** The records of one collection in id order, each read and parsed when the previous one is let go. */
  records(collection: CollectionName): Generator<JsonRecord>;
  /** The records of a collection with these ids, read in one walk of the listing; an id with no file is left out. */
  some(collection: CollectionName, ids: ReadonlySet<string>): Map<string, JsonRecord>;
}

/**
 * The data directory for a script whose memory must not grow with the dataset (the export): only the
 * articles and seeds are held. A record that cannot be used stops the walk with the same message as
 * readDataset, naming the file.
 */
export function streamDataset(dir: string, cwd = process.cwd()): DatasetStream {
  const listing = listDataset(dir, cwd);
  const problems: string[] = listing.strayFiles.map((s) => `${s.file}: ${s.message}`);
  const usable = (record: RecordFile): JsonRecord => {
    const problem = problemOf(record);
    if (problem) throw cannotRead(dir, [problem]);
    return record.value as JsonRecord;
  };
  const articles: JsonRecord[] = [];
  for (const entry of listing.records) {
    if (entry.collection !== "articles") continue;
    const record = loadRecord(listing, entry);
    const problem = problemOf(record);
    if (problem) problems.push(problem);
    else articles.push(record.value as JsonRecord);
  }
  const seeds = seedsOf(listing, articles, problems);
  if (problems.length) throw cannotRead(dir, problems);
  return {
    dir,
    articles,
    seeds,
    *records(collection) {
      if (collection === "articles") return yield* articles;
      for (const entry of listing.records) if (entry.collection === collection) yield usable(loadRecord(listing, entry));
    },
    some(collection, ids) {
      const found = new Map<string, JsonRecord>();
      for (const entry of listing.records) if (entry.collection === collection && ids.has(entry.name)) found.set(entry.name, usable(loadRecord(listing, entry)));
      return found;
    },
  };
}

import type { CollectionName } from "../collections.js";
import type { Finding } from "./diagnostic.js";
import type { Listing, RecordFile, SeedFile } from "./dataset.js";
import type { SeedText } from "./seed-text.js";

/**
 * What every rule sees besides the record in hand: facts about the whole directory that are known
 * before any record is checked, so that records can be checked one at a time, in any order, on any
 * thread (src/check/run.ts).
 */
export interface CheckContext {
  /** The ids that exist in each collection: the file names of `data/<collection>/` without `.json`. */
  ids: Record<CollectionName, ReadonlySet<string>>;
  /** Schema-valid articles by id (the first file wins where ids repeat), with their values. */
  articles: ReadonlyMap<string, RecordFile>;
  /** Every seed file of `seeds/`, by file name, read and hashed. */
  seeds: ReadonlyMap<string, SeedFile>;
  /** The seed text of an article whose seed exists and matches its SHA-256; undefined otherwise. */
  seedText(articleId: string): SeedText | undefined;
  report(file: RecordFile | SeedFile | string, finding: Finding): void;
  /** Counts what was checked, for the summary (`evidence quotes traced`...). */
  count(what: string, n?: number): void;
}

/**
 * The directory after every record went through the per-record rules. Records are not kept (memory
 * holds one at a time); what spans files asks for a record's declared id by its place in the listing,
 * and for a file to report on.
 */
export interface CheckedDirectory {
  listing: Listing;
  /** The id that `listing.records[index]` declares; undefined when it has none (or does not parse). */
  idAt(index: number): string | undefined;
  /** The record file at `listing.records[index]`, to report on (its text is read again only to place the error). */
  fileAt(index: number): RecordFile;
}

/**
 * One check, in its own module under src/check/rules/, with its own test. A rule looks at one record
 * at a time (`checkRecord`, or `checkValidRecord` for records that passed the schema), and, for what
 * spans files (ids across records, seeds, files that are not records), once at the end (`checkDirectory`).
 */
export interface Rule {
  name: string;
  /** One line: what the rule guarantees. */
  description: string;
  checkRecord?(record: RecordFile, context: CheckContext): void;
  checkValidRecord?(record: RecordFile, context: CheckContext): void;
  checkDirectory?(directory: CheckedDirectory, context: CheckContext): void;
}

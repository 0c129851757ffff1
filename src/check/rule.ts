import type { CollectionName } from "../shared/collections.js";
import type { Finding } from "./diagnostic.js";
import type { Listing } from "../dataset/listing.js";
import type { RecordFile } from "../dataset/record-file.js";
import type { SeedFile } from "../dataset/seeds.js";
import type { SeedText } from "./seed-text.js";
import type { SearchSteps } from "./substrings.js";

/** What the checker can use of one article record, whatever else is wrong with it. */
export interface ArticleFacts {
  record: RecordFile;
  /** The seed file name, when `seed` is a string. */
  seed: string | undefined;
  /** The recorded SHA-256, when it is 64 lowercase hex digits. */
  sha256: string | undefined;
  /** The well-shaped non-content spans (`quote` and `kind` strings), with their index in `nonContent`. */
  nonContent: { quote: string; kind: string; index: number }[];
  /** The well-shaped photo captions (`asStated` strings), with their index in `captions`. */
  captions: { text: string; index: number }[];
}

/**
 * What every rule sees besides the record in hand: facts about the whole directory that are known
 * before any record is checked, so that records can be checked one at a time (src/check/run.ts).
 */
export interface CheckContext {
  /** The ids that exist in each collection: the file names of `data/<collection>/` without `.json`. */
  ids: Record<CollectionName, ReadonlySet<string>>;
  /**
   * Every article record that parses, by file name (references resolve by file name), with what can be
   * used of it even when it fails the schema: its seed and SHA-256 where they are well-formed, and its
   * well-shaped non-content spans. A broken `languages` does not stop its quotes being traced.
   */
  articles: ReadonlyMap<string, ArticleFacts>;
  /** Whether some article file gives no usable seed name (it does not parse, or its `seed` is not a string): seeds may then look unclaimed only because of it. */
  articleWithoutSeed: boolean;
  /** Every seed file of `seeds/`, by file name, read and hashed. */
  seeds: ReadonlyMap<string, SeedFile>;
  /** The seed text of an article whose seed exists and matches its SHA-256; undefined otherwise. */
  seedText(articleId: string): SeedText | undefined;
  report(file: RecordFile | SeedFile | string, finding: Finding): void;
  /** Counts what was checked, for the summary (`evidence quotes traced`...). */
  count(what: string, n?: number): void;
  /** When set (by tests), the rules' string searches count their steps into it, so they can be held linear. */
  searchSteps?: SearchSteps;
}

/**
 * One check, in its own module under src/check/rules/, with its own test. A rule looks at one record
 * at a time (`checkRecord`), and, for what spans files (seeds, articles, files that are not records),
 * once at the end (`checkDirectory`). What a rule gathers across records lives in its `State`, made
 * fresh by `start` for each run. Every record that parses goes through every rule, schema errors or
 * not: each rule checks the parts that are shaped as it needs and leaves the rest to the schema rule,
 * so one run reports every problem and no problem is reported as a consequence of another.
 */
export interface Rule<State = undefined> {
  name: string;
  /** One line: what the rule guarantees. */
  description: string;
  start?(): State;
  checkRecord?(record: RecordFile, context: CheckContext, state: State): void;
  checkDirectory?(listing: Listing, context: CheckContext, state: State): void;
}

/** A rule of any state, as the checker holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

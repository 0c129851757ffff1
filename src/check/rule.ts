import type { CollectionName } from "../collections.js";
import type { Finding } from "./diagnostic.js";
import type { Dataset, RecordFile, SeedFile } from "./dataset.js";
import type { SeedText } from "./seed-text.js";

/** What every rule sees: the loaded data, and indexes built once for all rules. */
export interface RuleContext {
  dataset: Dataset;
  /** Records that passed the schema rule; later rules read only these. */
  valid(): RecordFile[];
  /** Schema-valid records by collection and id (the first file wins where ids repeat). */
  byId: Record<CollectionName, Map<string, RecordFile>>;
  /** The seed text of an article whose seed exists and matches its SHA-256; undefined otherwise. */
  seedText(articleId: string): SeedText | undefined;
  report(file: RecordFile | SeedFile | string, finding: Finding): void;
  /** Counts what was checked, for the summary (`evidence quotes traced`...). */
  count(what: string, n?: number): void;
}

/** One check, in its own module under src/check/rules/, with its own test. */
export interface Rule {
  name: string;
  /** One line: what the rule guarantees. */
  description: string;
  run(context: RuleContext): void;
}

// One record file, read and parsed, with what is needed to place an error in it: the positions of its
// values and keys are parsed only when a rule reports one.
import { join } from "node:path";
import type { CollectionName } from "../shared/collections.js";
import { MAX_RECORD_DEPTH, nestedDeeperThan } from "../shared/depth.js";
import { LineIndex, parseJsonWithPositions, type PositionedJson } from "../check/json-positions.js";
import { decodeUtf8, readRegularFile, type LoadProblem } from "./files.js";
import { displayPath, type Listing, type RecordEntry } from "./listing.js";

/** Record files larger than this are refused unread: a record is a few kilobytes. */
export const MAX_RECORD_BYTES = 1024 * 1024;

// JSON.stringify writes a lone surrogate back as the same escape, so even a canonical file can hold one.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

export class RecordFile {
  /** The record's value, when the file parsed as JSON. */
  value: unknown = undefined;
  problem: LoadProblem | undefined;
  /** The file's text ("" when it could not be read). */
  text = "";
  /** Set by the schema rule; later rules read only records that passed it. */
  schemaValid = false;
  private positioned: PositionedJson | undefined;
  private lines: LineIndex | undefined;

  constructor(
    readonly collection: CollectionName,
    /** Display path, relative to the working directory. */
    readonly file: string,
    /** The file name without `.json`: the id the record must have. */
    readonly name: string,
  ) {}

  /** The `id` the record declares, when it is a string. */
  get id(): string | undefined {
    const id = (this.value as { id?: unknown } | null | undefined)?.id;
    return typeof id === "string" ? id : undefined;
  }

  /** Whether the text holds a `\uD8xx`-style escape: the only way JSON text can carry a lone surrogate. */
  get surrogateEscape(): boolean {
    return SURROGATE_ESCAPE.test(this.text);
  }

  /** Positions of every value and key; parsed on first use, since only failing files need them. */
  positions(): PositionedJson {
    this.positioned ??= parseJsonWithPositions(this.text, MAX_RECORD_DEPTH);
    return this.positioned;
  }

  position(offset: number): { line: number; column: number } {
    this.lines ??= new LineIndex(this.text);
    return this.lines.position(offset);
  }

  /** Line and column of a JSON pointer, or of its nearest ancestor that exists. */
  locate(pointer: string, atKey = false): { line: number; column: number } {
    const { valueOffsets, keyOffsets } = this.positions();
    let p = pointer;
    for (;;) {
      const offset = (atKey ? keyOffsets.get(p) : undefined) ?? valueOffsets.get(p);
      if (offset !== undefined) return this.position(offset);
      if (p === "") return { line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
}

/** Reads and parses one record file; what goes wrong is kept on it, for the readable-json rule to report. */
export function loadRecord(listing: Pick<Listing, "dir" | "cwd">, entry: RecordEntry): RecordFile {
  const path = join(listing.dir, entry.collection, `${entry.name}.json`);
  const record = new RecordFile(entry.collection, displayPath(listing, path), entry.name);
  const read = readRegularFile(path, entry.kind, MAX_RECORD_BYTES);
  if ("problem" in read) {
    record.problem = read.problem;
    return record;
  }
  const decoded = decodeUtf8(read.bytes);
  record.text = decoded.text; // when it is not UTF-8, decoded leniently, only to place the error
  if (decoded.problem) {
    record.problem = decoded.problem;
    return record;
  }
  try {
    record.value = JSON.parse(decoded.text);
  } catch {
    const { issues } = record.positions();
    const issue = issues.find((i) => i.kind === "syntax" || i.kind === "too-deep") ?? issues[0];
    record.problem = { kind: "syntax", message: issue ? `malformed JSON: ${issue.message}` : "malformed JSON", offset: issue?.offset ?? 0 };
    return record;
  }
  // Before any rule: ajv's uniqueItems compares items recursively, and overflows on a deep enough value.
  if (nestedDeeperThan(record.value, MAX_RECORD_DEPTH)) {
    const tooDeep = record.positions().issues.find((i) => i.kind === "too-deep");
    record.value = undefined;
    record.problem = { kind: "syntax", message: tooDeep?.message ?? `nested more than ${MAX_RECORD_DEPTH} levels deep`, offset: tooDeep?.offset ?? 0, hint: "records nest a few levels; check that the right file was added" };
  }
  return record;
}

// Reads a data directory into memory for the rules: every record file (as text and parsed), every seed
// (as bytes, hashed once). Problems reading a file are kept on it for the readable-json rule to report.
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { collections, collectionNames, type CollectionName } from "../collections.js";
import { isCanonicalText } from "./canonical.js";
import { LineIndex, parseJsonWithPositions, type PositionedJson } from "./json-positions.js";

// JSON.stringify writes a lone surrogate back as the same escape, so even a canonical file can hold one.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/** Record files larger than this are refused unread: a record is a few kilobytes. */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** Seeds larger than this are refused unread. */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;
/** Records nest about seven levels; deeper input is refused before anything walks it. */
export const MAX_DEPTH = 64;

export interface LoadProblem {
  message: string;
  offset?: number;
  hint?: string;
  /** A file-system problem (not a file, too large...), rather than malformed content. */
  kind: "file" | "encoding" | "syntax";
}

export class RecordFile {
  /** The record's value, when the file parsed as JSON. */
  value: unknown = undefined;
  problem: LoadProblem | undefined;
  /** Set by the schema rule; later rules read only records that passed it. */
  schemaValid = false;
  /** Whether the text is exactly the value's canonical formatting: decided while loading, with the text at hand. */
  canonical = false;
  /** Whether the text holds a `\uD8xx`-style escape: the only way JSON text can carry a lone surrogate. */
  surrogateEscape = false;
  /** The file's text; released after loading once its facts are known, and read again only to place an error. */
  private held: string | undefined = "";
  private positioned: PositionedJson | undefined;
  private lines: LineIndex | undefined;

  constructor(
    readonly collection: CollectionName,
    /** Display path, relative to the working directory. */
    readonly file: string,
    /** The file name without `.json`. */
    readonly name: string,
    /** Absolute path, to read the text again when an error must be placed. */
    readonly path: string,
  ) {}

  get text(): string {
    this.held ??= new TextDecoder("utf-8").decode(readFileSync(this.path));
    return this.held;
  }

  set text(value: string) {
    this.held = value;
  }

  /** Frees the text: a record of 100 000 need not keep its bytes once checked. */
  releaseText(): void {
    this.held = undefined;
  }

  /** The record's id, when it has a string one. */
  get id(): string | undefined {
    const v = this.value as { id?: unknown } | undefined;
    return typeof v?.id === "string" ? v.id : undefined;
  }

  /** Positions of every value and key; parsed on first use, since only failing files need them. */
  positions(): PositionedJson {
    this.positioned ??= parseJsonWithPositions(this.text, MAX_DEPTH);
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

export class SeedFile {
  problem: LoadProblem | undefined;
  text = "";
  sha256 = "";
  constructor(
    readonly file: string,
    readonly name: string,
  ) {}
}

export interface Dataset {
  dir: string;
  records: RecordFile[];
  /** Every seed file of `seeds/`, by file name. */
  seeds: Map<string, SeedFile>;
  /** Files that are neither records nor seeds where one was expected (a `.txt` among records...). */
  strayFiles: { file: string; message: string; hint: string }[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decode(bytes: Buffer): { text: string } | { problem: LoadProblem; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: { kind: "encoding", offset: 0, message: "file starts with a byte-order mark (BOM)", hint: "save the file as UTF-8 without BOM" } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // The lenient decoder marks the first bad sequence with U+FFFD: point there.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    return { text: lenient, problem: { kind: "encoding", offset: Math.max(0, lenient.indexOf("\uFFFD")), message: "file is not valid UTF-8", hint: "save the file as UTF-8" } };
  }
}

/** One reusable buffer per size limit: reading a file is then open, one read, close; no stat, no allocation. */
const buffers = new Map<number, Buffer>();

/**
 * Reads a file the directory listing says is regular, refusing links unread and oversized files after at
 * most `maxBytes + 1` bytes. The returned bytes are a view of a shared buffer: use them before the next read.
 */
function readRegularFile(path: string, entry: Dirent, maxBytes: number): { bytes: Buffer } | { problem: LoadProblem } {
  if (entry.isSymbolicLink()) return { problem: { kind: "file", message: "is a symbolic link", hint: "records and seeds must be regular files inside the data directory" } };
  if (!entry.isFile()) return { problem: { kind: "file", message: "is not a regular file", hint: "remove it from the data directory" } };
  let buffer = buffers.get(maxBytes);
  if (!buffer) buffers.set(maxBytes, (buffer = Buffer.allocUnsafe(maxBytes + 1)));
  const fd = openSync(path, "r");
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length <= maxBytes; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) {
      const size = fstatSync(fd).size;
      return { problem: { kind: "file", message: `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${maxBytes / 1024 / 1024} MiB limit`, hint: "a record is a few kilobytes: split it, or check that the right file was added" } };
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function listDir(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

export function loadDataset(dir: string, cwd = process.cwd()): Dataset {
  const display = (path: string) => relative(cwd, path) || path;
  const records: RecordFile[] = [];
  const strayFiles: Dataset["strayFiles"] = [];

  for (const collection of collectionNames) {
    const folder = join(dir, collection);
    for (const entry of listDir(folder)) {
      const path = join(folder, entry.name);
      if (!entry.name.endsWith(".json")) {
        strayFiles.push({ file: display(path), message: `is not a .json file, in the ${collection} folder`, hint: `data/${collection}/ holds only ${collections[collection].singular} records named <id>.json` });
        continue;
      }
      const record = new RecordFile(collection, display(path), entry.name.slice(0, -".json".length), path);
      records.push(record);
      const read = readRegularFile(path, entry, MAX_RECORD_BYTES);
      if ("problem" in read) {
        record.problem = read.problem;
        continue;
      }
      const decoded = decode(read.bytes);
      if ("problem" in decoded) {
        record.problem = decoded.problem;
        record.text = decoded.text ?? ""; // lenient text, only to place the error
        continue;
      }
      record.text = decoded.text;
      try {
        record.value = JSON.parse(decoded.text);
        record.canonical = isCanonicalText(collection, record.value, decoded.text);
        record.surrogateEscape = SURROGATE_ESCAPE.test(decoded.text);
        if (record.canonical) record.releaseText();
      } catch {
        const { issues } = record.positions();
        const issue = issues.find((i) => i.kind === "syntax" || i.kind === "too-deep") ?? issues[0];
        record.problem = { kind: "syntax", message: issue ? `malformed JSON: ${issue.message}` : "malformed JSON", offset: issue?.offset ?? 0 };
      }
    }
  }

  const seeds = new Map<string, SeedFile>();
  for (const entry of listDir(join(dir, "seeds"))) {
    const path = join(dir, "seeds", entry.name);
    const seed = new SeedFile(display(path), entry.name);
    seeds.set(entry.name, seed);
    const read = readRegularFile(path, entry, MAX_SEED_BYTES);
    if ("problem" in read) {
      seed.problem = read.problem;
      continue;
    }
    seed.sha256 = createHash("sha256").update(read.bytes).digest("hex");
    // Seeds are kept byte for byte, BOM included: a quote is matched against exactly what was published.
    try {
      seed.text = utf8.decode(read.bytes);
    } catch {
      seed.problem = { kind: "encoding", message: "seed is not valid UTF-8", hint: "seeds must be UTF-8 text" };
    }
  }
  return { dir, records, seeds, strayFiles };
}

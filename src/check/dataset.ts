// Lists a data directory and reads its files: one record at a time for the rules (as text and parsed),
// every seed once (as bytes, hashed once). Problems reading a file are kept on it for the readable-json
// rule to report.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, readdirSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { collections, collectionNames, type CollectionName } from "../collections.js";
import { isCanonicalText } from "./canonical.js";
import { MAX_RECORD_DEPTH, nestedDeeperThan } from "../depth.js";
import { LineIndex, parseJsonWithPositions, type PositionedJson } from "./json-positions.js";

// JSON.stringify writes a lone surrogate back as the same escape, so even a canonical file can hold one.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/** Record files larger than this are refused unread: a record is a few kilobytes. */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** Seeds larger than this are refused unread. */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;
/** Records nest about seven levels; deeper input is refused before anything walks it (ajv included). */
export const MAX_DEPTH = MAX_RECORD_DEPTH;
/** In a canonical (2-space) text, a line this indented lies MAX_DEPTH containers deep: only then walk the value. */
const DEEP_INDENT = `\n${" ".repeat(2 * MAX_DEPTH)}`;

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
  /** The `id` the file declares, when it is a string. */
  declaredId: string | undefined;
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
    return this.declaredId;
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

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decode(bytes: Buffer): { text: string } | { problem: LoadProblem; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: { kind: "encoding", offset: 0, message: "file starts with a byte-order mark (BOM)", hint: "save the file as UTF-8 without BOM" } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Point at the first bad byte, not at the first U+FFFD: the file may hold a legitimate one earlier.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    return { text: lenient, problem: { kind: "encoding", offset: firstInvalidUtf8Offset(bytes), message: "file is not valid UTF-8", hint: "save the file as UTF-8" } };
  }
}

/**
 * The text offset (UTF-16 units) where the first invalid UTF-8 sequence begins: the longest prefix that
 * decodes strictly (an incomplete final sequence allowed, as in streaming) is found by bisection.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, lo), { stream: true }).length;
}

/** One reusable buffer per size limit: reading a file is then open, fstat, one read, close; no allocation. */
const buffers = new Map<number, Buffer>();

/**
 * Reads a file the directory listing says is regular, refusing links and oversized files unread. The
 * size from `fstat` both enforces the limit and ends the read, so no further read is spent finding the
 * end of the file (that read cost more than the `fstat`). The returned bytes are a view of a shared
 * buffer: use them before the next read.
 */
function readRegularFile(path: string, kind: EntryKind, maxBytes: number): { bytes: Buffer } | { problem: LoadProblem } {
  if (kind === "symlink") return { problem: { kind: "file", message: "is a symbolic link", hint: "records and seeds must be regular files inside the data directory" } };
  if (kind !== "file") return { problem: { kind: "file", message: "is not a regular file", hint: "remove it from the data directory" } };
  let buffer = buffers.get(maxBytes);
  if (!buffer) buffers.set(maxBytes, (buffer = Buffer.allocUnsafe(maxBytes)));
  let fd: number;
  try {
    // O_NONBLOCK: a file replaced by a FIFO since the listing must not block the open; fstat then refuses it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: unreadable(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: { kind: "file", message: "is not a regular file (it changed since the directory was listed)", hint: "remove it from the data directory" } };
    const size = stat.size;
    if (size > maxBytes) {
      return { problem: { kind: "file", message: `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${maxBytes / 1024 / 1024} MiB limit`, hint: "a record is a few kilobytes: split it, or check that the right file was added" } };
    }
    let length = 0;
    for (let n = -1; n !== 0 && length < size; length += n) n = readSync(fd, buffer, length, size - length, null);
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: unreadable(error) };
  } finally {
    closeSync(fd);
  }
}

/** A file-system error as a problem of the file: permissions and the like are data problems, not bugs. */
function unreadable(error: unknown): LoadProblem {
  const code = (error as NodeJS.ErrnoException).code ?? "an error";
  return { kind: "file", message: `could not be read (${code})`, hint: code === "EACCES" || code === "EPERM" ? "make the file readable by whoever runs the check" : "check that the file is intact and readable" };
}

/** What the directory listing says a file is; links and folders are refused unread. */
export type EntryKind = "file" | "symlink" | "other";

/** A record file found by listing the data directory, before it is read. */
export interface RecordEntry {
  collection: CollectionName;
  /** The file name without `.json`: the id the record must have. */
  name: string;
  kind: EntryKind;
}

/**
 * The data directory as listed, nothing read yet: enough to know every id that exists (ids are file
 * names), to split the records among workers, and to report files that are not records.
 */
export interface Listing {
  dir: string;
  cwd: string;
  /** Every record file, by collection, each collection in name order. */
  records: RecordEntry[];
  seeds: { name: string; kind: EntryKind }[];
  /** Files that are neither records nor seeds where one was expected (a `.txt` among records...). */
  strayFiles: { file: string; message: string; hint: string }[];
}

function kindOf(entry: Dirent): EntryKind {
  return entry.isSymbolicLink() ? "symlink" : entry.isFile() ? "file" : "other";
}

/** A folder's entries, sorted; a folder that is absent has none, one that cannot be read is a stray-file problem. */
function listDir(listing: Listing, path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      const message = code === "ENOTDIR" ? "is a file where a folder belongs" : `is a folder that cannot be read (${code ?? "an error"})`;
      listing.strayFiles.push({ file: displayPath(listing, path), message, hint: "each collection and seeds/ must be a readable folder of the data directory" });
    }
    return [];
  }
}

/** Display path of a file: relative to the working directory, as every message shows it. */
function displayPath(listing: Pick<Listing, "cwd">, path: string): string {
  return relative(listing.cwd, path) || path;
}

export function listDataset(dir: string, cwd = process.cwd()): Listing {
  const listing: Listing = { dir, cwd, records: [], seeds: [], strayFiles: [] };
  for (const collection of collectionNames) {
    const folder = join(dir, collection);
    for (const entry of listDir(listing, folder)) {
      if (entry.name.endsWith(".json")) {
        listing.records.push({ collection, name: entry.name.slice(0, -".json".length), kind: kindOf(entry) });
      } else {
        listing.strayFiles.push({ file: displayPath(listing, join(folder, entry.name)), message: `is not a .json file, in the ${collection} folder`, hint: `data/${collection}/ holds only ${collections[collection].singular} records named <id>.json` });
      }
    }
  }
  for (const entry of listDir(listing, join(dir, "seeds"))) listing.seeds.push({ name: entry.name, kind: kindOf(entry) });
  return listing;
}

/** Reads and parses one record file, deciding while its text is at hand whether it is canonical. */
const folders = new Map<string, { path: string; file: string }>();

/**
 * Where a record file is (absolute path) and how messages show it (display path). The folder's two
 * forms are computed once: a file name from the listing has no separators, so appending it is exact.
 */
export function recordLocation(listing: Pick<Listing, "dir" | "cwd">, collection: CollectionName, name: string): { path: string; file: string } {
  const key = `${listing.dir}\u0000${listing.cwd}\u0000${collection}`;
  let folder = folders.get(key);
  if (!folder) {
    const path = join(listing.dir, collection);
    const file = relative(listing.cwd, path);
    folders.set(key, (folder = { path: `${path}${sep}`, file: file === "" ? "" : `${file}${sep}` }));
  }
  return { path: `${folder.path}${name}.json`, file: `${folder.file}${name}.json` };
}

/** Reads and parses one record file. `onBytes` sees the bytes read, before anything is made of them (the cache hashes them). */
export function loadRecord(listing: Pick<Listing, "dir" | "cwd">, entry: RecordEntry, onBytes?: (bytes: Uint8Array) => void): RecordFile {
  const { path, file } = recordLocation(listing, entry.collection, entry.name);
  const record = new RecordFile(entry.collection, file, entry.name, path);
  const read = readRegularFile(path, entry.kind, MAX_RECORD_BYTES);
  if ("problem" in read) {
    record.problem = read.problem;
    return record;
  }
  onBytes?.(read.bytes);
  const decoded = decode(read.bytes);
  if ("problem" in decoded) {
    record.problem = decoded.problem;
    record.text = decoded.text ?? ""; // lenient text, only to place the error
    return record;
  }
  record.text = decoded.text;
  try {
    record.value = JSON.parse(decoded.text);
  } catch {
    const { issues } = record.positions();
    const issue = issues.find((i) => i.kind === "syntax" || i.kind === "too-deep") ?? issues[0];
    record.problem = { kind: "syntax", message: issue ? `malformed JSON: ${issue.message}` : "malformed JSON", offset: issue?.offset ?? 0 };
    return record;
  }
  record.canonical = isCanonicalText(entry.collection, record.value, decoded.text);
  // Before any rule: ajv's uniqueItems compares items recursively, and overflows on a deep enough value.
  if ((!record.canonical || decoded.text.includes(DEEP_INDENT)) && nestedDeeperThan(record.value, MAX_DEPTH)) {
    const tooDeep = record.positions().issues.find((i) => i.kind === "too-deep");
    record.value = undefined;
    record.problem = { kind: "syntax", message: tooDeep?.message ?? `nested more than ${MAX_DEPTH} levels deep`, offset: tooDeep?.offset ?? 0, hint: "records nest a few levels; check that the right file was added" };
    return record;
  }
  const id = (record.value as { id?: unknown } | null)?.id;
  if (typeof id === "string") record.declaredId = id;
  record.surrogateEscape = SURROGATE_ESCAPE.test(decoded.text);
  if (record.canonical) record.releaseText();
  return record;
}

/** Reads every seed byte for byte and hashes it once. */
export function loadSeeds(listing: Listing): Map<string, SeedFile> {
  const seeds = new Map<string, SeedFile>();
  for (const entry of listing.seeds) {
    const path = join(listing.dir, "seeds", entry.name);
    const seed = new SeedFile(displayPath(listing, path), entry.name);
    seeds.set(entry.name, seed);
    const read = readRegularFile(path, entry.kind, MAX_SEED_BYTES);
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
  return seeds;
}

/** A whole data directory in memory: for `fix`, which rewrites records one by one. */
export interface Dataset {
  dir: string;
  records: RecordFile[];
  /** Every seed file of `seeds/`, by file name. */
  seeds: Map<string, SeedFile>;
}

export function loadDataset(dir: string, cwd = process.cwd()): Dataset {
  const listing = listDataset(dir, cwd);
  return { dir, records: listing.records.map((entry) => loadRecord(listing, entry)), seeds: loadSeeds(listing) };
}

// `check --cache`: per record file, what the last check found, keyed by the file's content hash (with
// size, mtime and ctime as a fast path), with the records its findings depend on. A run re-checks the
// files that changed and what depends on them (src/check/incremental.ts) and reuses the rest. The cache
// is one file, written atomically, whose first line holds the key (checker code, version, schema,
// directory) and a SHA-256 of the rest: a cache of another checker or schema is ignored; one that does not
// verify or parse is ignored with a warning; neither is ever trusted.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetSchema } from "../generated/dataset-schema.js";
import { MAX_RECORD_BYTES, listDataset, recordLocation } from "./dataset.js";
import type { RankedDiagnostic, CheckResult, Facts } from "./run.js";
import { directoryFacts } from "./run.js";
import { checkIncrementally, recordKey, recordsToRecheck, type KnownRecord } from "./incremental.js";
import { rules } from "./rules/index.js";

/** Bumped when the cache file's layout changes. */
const CACHE_FORMAT = 2;

/** What the cache is valid for: a cache made under any other key is ignored. */
export interface CacheKeyParts {
  /** The package version. */
  version: string;
  /** A hash of the checker's code (the built CLI, or the sources it runs from). */
  code: string;
  /** The schema the checker validates against. */
  schema: unknown;
  /** The data directory and the working directory (diagnostics name files relative to it), absolute. */
  dir: string;
  cwd: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  const { version, code, schema, dir, cwd } = parts;
  return sha256(JSON.stringify({ format: CACHE_FORMAT, version, code, schema, dir: resolve(dir), cwd: resolve(cwd) }));
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * The version and code of the checker running from `entry` (the CLI module): the built CLI is one bundle
 * (validators and schema included), so its bytes are its code; run from source, every source file counts.
 */
export function checkerIdentity(entry: URL): Pick<CacheKeyParts, "version" | "code" | "schema"> {
  const path = fileURLToPath(entry);
  let version = "unknown";
  try {
    version = String((JSON.parse(readFileSync(new URL("../package.json", entry), "utf8")) as { version?: unknown }).version);
  } catch {
    // A checker without its package.json still has its code hash.
  }
  const hash = createHash("sha256");
  if (path.endsWith(".js")) hash.update(readFileSync(path));
  else {
    const root = dirname(path);
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = join(dir, entry.name);
        // The data bundles are the records, not the checker.
        if (entry.isDirectory()) {
          if (full !== join(root, "generated", "data")) walk(full);
        } else if (/\.(ts|cts|mts|js|cjs|mjs)$/.test(entry.name)) hash.update(`${full.slice(root.length)}\0`).update(readFileSync(full)).update("\0");
      }
    };
    walk(root);
  }
  return { version, code: hash.digest("hex"), schema: datasetSchema };
}

/** Where the cache of a data directory lives by default: node_modules/.cache/, as linters keep theirs. */
export function defaultCacheFile(dir: string, cwd = process.cwd()): string {
  return join(cwd, "node_modules", ".cache", "iran-cuba-relations", `check-${sha256(resolve(dir)).slice(0, 16)}.json`);
}

/**
 * The cache's records, column by column: a few long arrays parse and are collected faster than one small
 * array per record. Diagnostics and declared ids are kept only for the records that have them.
 */
interface CacheBody {
  /** `collection/name` of each record. */
  keys: string[];
  /** Size, mtimeMs and ctimeMs of each file; -1 for times too recent to trust. */
  size: number[];
  mtime: number[];
  ctime: number[];
  /** Each file's content hash: SHA-256, its first 128 bits in base64url (a third of the hex, as unlikely to collide by accident). */
  hash: string[];
  /** The records each record's findings depend on, joined by "\n". */
  deps: string[];
  /** By key: the id a record declares when it is not its file name (null: none). */
  ids: Record<string, string | null>;
  /** By key: the per-record diagnostics of the records that have any. */
  diagnostics: Record<string, RankedDiagnostic[]>;
  /** Each article's facts as the per-record rules see them (`articleFingerprint`). */
  articles: Record<string, string>;
}

const emptyBody = (): CacheBody => ({ keys: [], size: [], mtime: [], ctime: [], hash: [], deps: [], ids: {}, diagnostics: {}, articles: {} });

/** Why the cache was not used; `warning` when it was damaged rather than merely made for something else. */
type Loaded = { body: CacheBody } | { ignored: string; warning: boolean };

const SEVERITIES = new Set(["error", "warning"]);

function isDiagnostic(d: unknown): d is RankedDiagnostic {
  const x = d as Record<string, unknown> | null;
  return (
    typeof x === "object" && x !== null &&
    typeof x.file === "string" && Number.isInteger(x.line) && Number.isInteger(x.column) &&
    SEVERITIES.has(x.severity as string) && typeof x.rule === "string" && typeof x.message === "string" &&
    Number.isInteger(x.ruleIndex) && rules[x.ruleIndex as number]?.name === x.rule &&
    (x.pointer === undefined || typeof x.pointer === "string") && (x.hint === undefined || typeof x.hint === "string")
  );
}

function column(value: unknown, length: number, type: "string" | "number"): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const item of value) if (typeof item !== type) return false;
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isBody(body: unknown): body is CacheBody {
  if (!isRecord(body) || !Array.isArray(body.keys)) return false;
  const n = body.keys.length;
  return (
    column(body.keys, n, "string") && column(body.size, n, "number") && column(body.mtime, n, "number") && column(body.ctime, n, "number") &&
    column(body.hash, n, "string") && column(body.deps, n, "string") &&
    isRecord(body.ids) && Object.values(body.ids).every((id) => id === null || typeof id === "string") &&
    isRecord(body.diagnostics) && Object.values(body.diagnostics).every((list) => Array.isArray(list) && list.every(isDiagnostic)) &&
    isRecord(body.articles) && Object.values(body.articles).every((f) => typeof f === "string")
  );
}

/** Reads and verifies a cache file: anything unexpected means it is not used. */
export function readCache(file: string, key: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? { ignored: "there is none yet", warning: false } : { ignored: `it cannot be read (${code ?? "error"})`, warning: true };
  }
  const newline = text.indexOf("\n");
  let header: { format?: unknown; key?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(newline === -1 ? text : text.slice(0, newline));
  } catch {
    return { ignored: "its header is not JSON", warning: true };
  }
  if (typeof header !== "object" || header === null || typeof header.key !== "string" || typeof header.sha256 !== "string") return { ignored: "its header is not a cache header", warning: true };
  if (header.key !== key) return { ignored: "it was made by another checker version, for another schema or directory", warning: false };
  const rest = text.slice(newline + 1);
  if (sha256(rest) !== header.sha256) return { ignored: "its contents do not match their checksum", warning: true };
  let body: unknown;
  try {
    body = JSON.parse(rest);
  } catch {
    return { ignored: "its contents are not JSON", warning: true };
  }
  return isBody(body) ? { body } : { ignored: "its contents are not shaped as a cache", warning: true };
}

/** Writes the cache atomically: to a temporary file beside it, then renamed over it. */
function writeCache(file: string, key: string, body: CacheBody): void {
  const rest = JSON.stringify(body);
  const temporary = `${file}.${process.pid}.tmp`;
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(temporary, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(rest) })}\n${rest}`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** An article as the per-record rules see it: its facts and its seed's state. Records citing it depend on it. */
function articleFingerprint(facts: Facts, name: string): string {
  const article = facts.articles.get(name);
  if (!article) return "absent";
  const seed = article.seed === undefined ? undefined : facts.seeds.get(article.seed);
  const seedState = !seed ? "missing" : seed.problem ? `problem: ${seed.problem.message}` : seed.sha256;
  // Every fact but the record itself (seed, SHA-256, non-content spans, captions...): a fact added later counts too.
  const { record: _, ...known } = article;
  return JSON.stringify([known, seedState]);
}

const hashBytes = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest().subarray(0, 16).toString("base64url");

function hashOf(path: string): string | undefined {
  try {
    return hashBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Within this many milliseconds of the run, a file's mtime could be shared by a later edit: its hash is compared next time. */
const RACY_MS = 2000;

export interface CachedCheck {
  result: CheckResult;
  /** Records read and checked again, and records whose findings came from the cache. */
  rechecked: number;
  reused: number;
  /** Record files read to compare their content hash (their size or times differed, or were too recent to trust). */
  hashed: number;
}

/**
 * Checks a data directory, re-checking only what changed since the cache at `file` was written and what
 * depends on it, then writes the cache anew. `warn` is told when a cache is damaged or cannot be written.
 */
export function checkWithCache(
  dir: string,
  options: { file: string; key: string; cwd?: string; warn: (message: string) => void; racyMs?: number },
): CachedCheck {
  const racyMs = options.racyMs ?? RACY_MS;
  const started = Date.now();
  const listing = listDataset(dir, options.cwd);
  const facts = directoryFacts(listing);
  const loaded = readCache(options.file, options.key);
  if ("ignored" in loaded && loaded.warning) options.warn(`ignoring the cache ${options.file}: ${loaded.ignored}; checking every file`);
  const before: CacheBody = "body" in loaded ? loaded.body : emptyBody();
  const after = emptyBody();
  const place = new Map<string, number>();
  before.keys.forEach((key, i) => place.set(key, i));

  // Which files differ: same size and times, or else the same content hash, means unchanged.
  const sizes: number[] = [];
  const mtimes: number[] = [];
  const ctimes: number[] = [];
  const hashes: (string | undefined)[] = [];
  const old: (number | undefined)[] = [];
  const changed = new Set<string>();
  const added = new Set<string>();
  const present = new Set<string>();
  let hashed = 0;
  listing.records.forEach((entry, index) => {
    const key = recordKey(entry.collection, entry.name);
    present.add(key);
    const was = (old[index] = place.get(key));
    if (was === undefined) added.add(key);
    // Only regular files are cached: anything else is re-checked, and reported, every time.
    const { path } = recordLocation(listing, entry.collection, entry.name);
    let stat: Stats | undefined;
    try {
      // throwIfNoEntry: a file removed since the listing is common enough not to cost an exception.
      stat = entry.kind === "file" ? lstatSync(path, { throwIfNoEntry: false }) : undefined;
    } catch {
      stat = undefined;
    }
    if (!stat?.isFile()) return void changed.add(key);
    [sizes[index], mtimes[index], ctimes[index]] = [stat.size, stat.mtimeMs, stat.ctimeMs];
    if (was !== undefined && before.size[was] === stat.size && before.mtime[was] === stat.mtimeMs && before.ctime[was] === stat.ctimeMs) return void (hashes[index] = before.hash[was]);
    // A file the cache does not know is checked whatever its hash: the hash is taken from the bytes the
    // check reads (onBytes below), so the file is read once.
    if (was === undefined) return void changed.add(key);
    // One whose size or times differ is hashed first, to tell an edit from a touch.
    hashes[index] = stat.size > MAX_RECORD_BYTES ? undefined : hashOf(path);
    hashed++;
    if (hashes[index] === undefined || hashes[index] !== before.hash[was]) changed.add(key);
  });
  const removed = new Set(before.keys.filter((key) => !present.has(key)));
  for (const entry of listing.records) if (entry.collection === "articles") after.articles[entry.name] = articleFingerprint(facts, entry.name);
  const articles = new Set<string>();
  for (const name of new Set([...Object.keys(before.articles), ...Object.keys(after.articles)])) {
    if (before.articles[name] !== after.articles[name]) articles.add(name);
  }

  const recheck = recordsToRecheck(
    listing,
    { changed, added, removed, articles },
    (targets) => before.keys.filter((_, i) => before.deps[i]!.split("\n").some((t) => targets.has(t))),
    () => Object.entries(before.diagnostics).filter(([, list]) => list.some((d) => rules[d.ruleIndex]!.name === "references")).map(([key]) => key),
  );

  const store = (index: number, found: KnownRecord, deps: string) => {
    const hash = hashes[index];
    if (sizes[index] === undefined || hash === undefined) return; // not a regular file, or not hashed: never cached
    const entry = listing.records[index]!;
    const key = recordKey(entry.collection, entry.name);
    // A file changed within the timestamps' resolution of this run could keep its size and times: compare its hash next time.
    const racy = mtimes[index]! >= started - racyMs || ctimes[index]! >= started - racyMs;
    after.keys.push(key);
    after.size.push(sizes[index]!);
    after.mtime.push(racy ? -1 : mtimes[index]!);
    after.ctime.push(racy ? -1 : ctimes[index]!);
    after.hash.push(hash);
    after.deps.push(deps);
    if (found.idException !== undefined) after.ids[key] = found.idException;
    if (found.diagnostics.length) after.diagnostics[key] = found.diagnostics;
  };
  const known = (index: number): KnownRecord => {
    const entry = listing.records[index]!;
    const key = recordKey(entry.collection, entry.name);
    const record: KnownRecord = { diagnostics: Object.hasOwn(before.diagnostics, key) ? before.diagnostics[key]! : [] };
    if (Object.hasOwn(before.ids, key)) record.idException = before.ids[key]!;
    store(index, record, before.deps[old[index]!]!);
    return record;
  };
  const result = checkIncrementally(
    listing,
    facts,
    recheck,
    known,
    (index, record, found) => {
      // A file that could not be read as a file (too large, unreadable) is re-checked every time.
      if (record.problem?.kind !== "file") store(index, found, found.dependsOn.join("\n"));
    },
    // The hash of exactly the bytes whose findings are stored: if the file changes after this read, its
    // hash differs next time and it is checked again.
    (index, bytes) => {
      if (old[index] === undefined && sizes[index] !== undefined) {
        hashes[index] = hashBytes(bytes);
        hashed++;
      }
    },
  );
  // Nothing re-checked, re-hashed, removed or changed in the articles: the cache on disk says it all already.
  const same = "body" in loaded && recheck.size === 0 && hashed === 0 && removed.size === 0 && articles.size === 0;
  try {
    if (!same) writeCache(options.file, options.key, after);
  } catch (error) {
    options.warn(`could not write the cache ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { result, rechecked: recheck.size, reused: listing.records.length - recheck.size, hashed };
}

// The check on several threads. Every thread lists the directory and gathers its facts (ids, seeds,
// articles) — a few files — then checks its share of the records (`assigned`: a fixed part, then what it
// claims of the rest); the main thread checks its share and then runs the rules that span files over what
// came back. Only small things cross threads:
// each shard's diagnostics, counts, the ids that differ from file names, and the listing's fingerprint.
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { listDataset, type Listing } from "./dataset.js";
import { checkRecords, directoryFacts, finishCheck, type CheckResult, type ShardResult } from "./run.js";

/** Below this many records per extra thread, starting a worker costs more than it saves. */
export const RECORDS_PER_WORKER = 20_000;

/**
 * What a worker is given: where the data is and which shard is its own. It lists the directory and
 * gathers the facts itself, at the same time as the main thread does, rather than wait to be sent
 * them; the listing's fingerprint, sent back, proves both saw the same files.
 */
interface ShardTask {
  kind: "iran-cuba-relations/check-shard";
  dir: string;
  cwd: string;
  shard: number;
  shards: number;
  /** The counter the threads claim the second half of the records from (`assigned`). */
  next: SharedArrayBuffer;
}

/** How many records a thread claims at once from the shared half: claiming costs nothing next to checking them. */
const CLAIM = 64;

/**
 * The records a thread checks: every `shards`-th of the first half of the listing, from `shard`, then
 * runs of CLAIM taken from the second half as the thread gets to them. The main thread starts checking
 * while a worker is still starting and listing, so a fixed split left it idle at the end, waiting; now
 * whichever thread is ahead takes more of the second half. The fixed half makes sure every thread
 * checks records (the report is the same whoever checks which record: `finishCheck` sorts).
 */
export function* assigned(shard: number, shards: number, next: Int32Array, total: number): Generator<number> {
  const fixed = Math.floor(total / 2);
  for (let i = shard; i < fixed; i += shards) yield i;
  for (;;) {
    const start = fixed + Atomics.add(next, 0, CLAIM);
    if (start >= total) return;
    for (let i = start; i < Math.min(start + CLAIM, total); i++) yield i;
  }
}

type ShardReport = ShardResult & { fingerprint: string };

function fingerprint(listing: Listing): string {
  const names = listing.records.map((e) => `${e.collection}/${e.name}/${e.kind}`).join("\n");
  const seeds = listing.seeds.map((e) => `${e.name}/${e.kind}`).join("\n");
  return createHash("sha256").update(names).update("\n\n").update(seeds).digest("hex");
}

/** Call at the top of the CLI: in a worker started by `checkDirectoryInParallel`, runs its task and returns true. */
export function runAsCheckWorker(): boolean {
  const task = workerData as ShardTask | undefined;
  if (isMainThread || task?.kind !== "iran-cuba-relations/check-shard") return false;
  const listing = listDataset(task.dir, task.cwd);
  const records = assigned(task.shard, task.shards, new Int32Array(task.next), listing.records.length);
  const { diagnostics, counts, idExceptions } = checkRecords(listing, directoryFacts(listing), records);
  const report: ShardReport = { diagnostics, counts, idExceptions, fingerprint: fingerprint(listing) };
  parentPort!.postMessage(report);
  return true;
}

function runWorker(script: URL, task: ShardTask): Promise<ShardReport> {
  return new Promise((resolve, reject) => {
    // A smaller young generation than the default: a worker's garbage is one record at a time, and with
    // the default its heap grows further before it collects (about 20 MiB more peak at 100 000 records).
    const worker = new Worker(script, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    let result: ShardReport | undefined;
    worker.once("message", (message: ShardReport) => (result = message));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`check worker exited with code ${code} before reporting`))));
  });
}

/** However many threads are asked for, each gets at least this many records: fewer, and it only costs. */
export const MIN_RECORDS_PER_THREAD = 100;

/** How many threads to use for a directory of this many records: one per 20 000, at most one per core. */
export function defaultJobs(records: number): number {
  return threadCount(records);
}

/**
 * The threads actually started: as asked (or the default), but never more than there are cores nor more
 * than one per 100 records, since a thread that is not needed costs its start-up and its own heap.
 */
export function threadCount(records: number, requested?: number, cores = availableParallelism()): number {
  const asked = requested ?? Math.floor(records / RECORDS_PER_WORKER);
  return Math.max(1, Math.min(asked, cores, Math.floor(records / MIN_RECORDS_PER_THREAD)));
}

/**
 * Checks a data directory on `jobs` threads (default: by size and cores). `workerScript` is a module
 * that calls `runAsCheckWorker()` first thing (the built CLI). The result is the same as
 * `checkDirectory`'s, diagnostic for diagnostic, however the work is split.
 */
export async function checkDirectoryInParallel(dir: string, options: { workerScript: URL; jobs?: number; cwd?: string }): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const listing = listDataset(dir, cwd);
  const total = listing.records.length;
  const jobs = threadCount(total, options.jobs);
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const workers = Array.from({ length: jobs - 1 }, (_, i) =>
    runWorker(options.workerScript, { kind: "iran-cuba-relations/check-shard", dir, cwd, shard: i + 1, shards: jobs, next }),
  );
  // Errors from workers are awaited below; keep an early rejection from counting as unhandled meanwhile.
  for (const w of workers) w.catch(() => undefined);
  const facts = directoryFacts(listing);
  const own = checkRecords(listing, facts, assigned(0, jobs, new Int32Array(next), total));
  const reports = await Promise.all(workers);
  const expected = jobs > 1 ? fingerprint(listing) : "";
  if (reports.some((r) => r.fingerprint !== expected)) throw new DirectoryChangedError(dir);
  return finishCheck(listing, facts, [own, ...reports]);
}

/** The directory's files changed while the threads were reading it: their shards would not add up. */
export class DirectoryChangedError extends Error {
  constructor(dir: string) {
    super(`the files in ${dir} changed while they were being checked; run the check again`);
  }
}

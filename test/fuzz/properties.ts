// The fuzz properties, shared by the fixed-seed test (test/e2e/fuzz.test.ts) and long campaigns (scripts/fuzz.ts).
// Each returns the broken properties as failures carrying what is needed to replay them.
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schemaAjv } from "../../scripts/lib/ajv.js";
import { nestedDeeperThan } from "../../src/shared/depth.js";
import { collections, collectionNames, type CollectionName } from "../../src/shared/collections.js";
import { checkDirectory } from "../../src/check/index.js";
import { formatJson } from "../../src/check/format.js";
import { validate } from "../../src/validate-core.js";
import * as zod from "../../src/zod.js";
import { readSchemaFiles } from "../../scripts/lib/schema-files.js";
import { fileSystemMutations, mutate, mutateText, rng, type Mutant } from "./mutate.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface Failure {
  property: string;
  seed: number;
  detail: string;
  /** The mutant's bytes (or value as JSON), to save as a reproducer. */
  reproducer?: string;
}

/** The real records, as file bytes per collection (read once per process). */
export function realRecords(): { collection: CollectionName; name: string; bytes: Buffer }[] {
  return (records ??= collectionNames.flatMap((collection) =>
    readdirSync(join(repoRoot, "data", collection)).filter((f) => f.endsWith(".json")).sort()
      .map((name) => ({ collection, name, bytes: readFileSync(join(repoRoot, "data", collection, name)) }))));
}
let records: ReturnType<typeof realRecords> | undefined;

/** ajv compiled afresh from schema/ (once per process), not the generated standalone validators; ajv's own keywords. */
export function freshAjv(): Record<CollectionName, (v: unknown) => boolean> {
  return (fresh ??= (() => {
    const ajv = schemaAjv();
    const files = readSchemaFiles();
    return Object.fromEntries(collectionNames.map((c) => {
      const fn = ajv.getSchema((files.get(collections[c].schema) as { $id: string }).$id)!;
      return [c, (v: unknown) => fn(v) as boolean];
    })) as Record<CollectionName, (v: unknown) => boolean>;
  })());
}
let fresh: ReturnType<typeof freshAjv> | undefined;

export const verdict = (f: () => boolean): string => { try { return f() ? "valid" : "invalid"; } catch (e) { return `threw ${(e as Error).name}: ${(e as Error).message.slice(0, 80)}`; } };

/** The validate entry, the zod entry and fresh ajv give one verdict on `runs` value mutants of the real records. */
export function validatorsAgree(seed: number, runs: number): { failures: Failure[]; invalid: number } {
  const ajv = freshAjv();
  const records = realRecords();
  const failures: Failure[] = [];
  let invalid = 0;
  for (let i = 0; i < runs; i++) {
    const r = rng(seed + i);
    const { collection, bytes } = records[Math.floor(r() * records.length)]!;
    const text = mutateText(r, JSON.parse(bytes.toString("utf8")));
    const value: unknown = JSON.parse(text);
    const schema = (zod as unknown as Record<string, { safeParse(v: unknown): { success: boolean } }>)[`${collections[collection].singular}Schema`]!;
    // Past the depth no record can reach, the entries answer invalid by contract; plain ajv recurses and may
    // overflow, so it is not asked there (the answer it owes is the same: no record is that deep).
    const tooDeep = nestedDeeperThan(value);
    const got = { validate: verdict(() => validate(collection, value).valid), zod: verdict(() => schema.safeParse(value).success), ajv: tooDeep ? "invalid" : verdict(() => ajv[collection](value)) };
    if (got.ajv === "invalid") invalid++;
    if (new Set(Object.values(got)).size !== 1 || got.ajv.startsWith("threw")) {
      failures.push({ property: "validators-agree", seed: seed + i, detail: `${collection}: ${JSON.stringify(got)}`, reproducer: text });
    }
  }
  return { failures, invalid };
}

export interface Campaign {
  root: string;
  /** Relative file (as the checker names it) → the mutant written there. */
  mutants: Map<string, Mutant & { seed: number }>;
}

/** A data copy with `count` record files mutated (seeds seed..seed+count-1) and one file-system mutation. */
export function mutatedCopy(seed: number, count: number): Campaign {
  const root = mkdtempSync(join(tmpdir(), "icr-fuzz-"));
  cpSync(join(repoRoot, "data"), join(root, "data"), { recursive: true });
  const records = realRecords();
  const mutants = new Map<string, Mutant & { seed: number }>();
  for (let i = 0; i < count; i++) {
    const r = rng(seed + i);
    const { collection, name, bytes } = records[Math.floor(r() * records.length)]!;
    const file = `data/${collection}/${name}`;
    if (mutants.has(file)) continue;
    const m = mutate(r, bytes);
    if (m.bytes.equals(bytes)) continue;
    writeFileSync(join(root, file), m.bytes);
    mutants.set(file, { ...m, seed: seed + i });
  }
  // One file-system mutation per copy, on a record not already mutated.
  const r = rng(seed ^ 0x5eed);
  const spare = records.filter((x) => !mutants.has(`data/${x.collection}/${x.name}`));
  const { collection, name } = spare[Math.floor(r() * spare.length)]!;
  const path = join(root, "data", collection, name);
  const op = fileSystemMutations[Math.floor(r() * fileSystemMutations.length)]!;
  const kind = `fs:${op}`;
  const file = `data/${collection}/${name}`;
  switch (op) {
    case "wrong-name": renameSync(path, join(root, "data", collection, `x-${name}`)); mutants.set(`data/${collection}/x-${name}`, { kind, bytes: Buffer.alloc(0), seed }); break;
    case "non-json-extension": renameSync(path, `${path}.txt`); break; // a stray file; the record it was is then missing
    case "symlink": rmSync(path); symlinkSync("/dev/null", path); mutants.set(file, { kind, bytes: Buffer.alloc(0), seed }); break;
    case "directory-for-file": rmSync(path); mkdirSync(path); mutants.set(file, { kind, bytes: Buffer.alloc(0), seed }); break;
    case "empty-file": writeFileSync(path, ""); mutants.set(file, { kind, bytes: Buffer.alloc(0), seed }); break;
  }
  return { root, mutants };
}

/** Whether a mutant is an invalid record on its own: unparseable, not UTF-8, or rejected by the schema. */
function invalidOnItsOwn(collection: CollectionName, m: Mutant, ajv: Record<CollectionName, (v: unknown) => boolean>): boolean {
  if (m.kind.startsWith("fs:")) return true;
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try { return !ajv[collection](JSON.parse(text.decode(m.bytes))); } catch { return true; }
}

// Mutations whose diagnostic must land exactly where they are: an invalid UTF-8 sequence is wrong at
// its first byte, and a BOM at 1:1. A flipped byte or an inserted character can make the JSON go wrong
// only later (a flipped quote ends a string early), so their position is a lower bound, not the answer.
const exactPosition = new Set(["bytes:invalid-utf8", "bytes:bom"]);

/** The checker in-process over a mutated copy: never throws, names every invalid mutant, places exact ones. */
export function checkerNamesMutants(campaign: Campaign): Failure[] {
  const ajv = freshAjv();
  const failures: Failure[] = [];
  let result;
  try { result = checkDirectory(join(campaign.root, "data"), { cwd: campaign.root }); }
  catch (e) { return [{ property: "checker-never-throws", seed: [...campaign.mutants.values()][0]?.seed ?? 0, detail: String((e as Error).stack).slice(0, 300) }]; }
  for (const [file, m] of campaign.mutants) {
    const collection = file.split("/")[1] as CollectionName;
    const mine = result.diagnostics.filter((d) => d.file === file);
    const replay = { seed: m.seed, reproducer: m.bytes.toString("latin1") };
    if (invalidOnItsOwn(collection, m, ajv) && mine.length === 0) failures.push({ property: "invalid-mutant-named", detail: `${m.kind} ${file} not in the report`, ...replay });
    if (exactPosition.has(m.kind) && m.position && mine.length > 0 && !mine.some((d) => d.line === m.position!.line && d.column === m.position!.column)) {
      failures.push({ property: "position-at-mutation", detail: `${m.kind} ${file}: expected ${m.position.line}:${m.position.column}, got ${mine.map((d) => `${d.line}:${d.column} ${d.rule}`).join(", ")}`, ...replay });
    }
  }
  return failures;
}

/** Far more than any report of a data copy: a report is never cut short (the default 1 MiB killed the CLI with SIGTERM). */
const CLI_OUTPUT_LIMIT = 1 << 30;

/** The built CLI on a mutated copy: exit 0/1/2, no stack trace, and the report of the library's checker. */
export function cliProperties(campaign: Campaign, seed: number): Failure[] {
  const out = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), "check", "data", "--format", "json"], { cwd: campaign.root, encoding: "utf8", timeout: 60_000, maxBuffer: CLI_OUTPUT_LIMIT, env: { ...process.env, NO_COLOR: "1" } });
  const failures: Failure[] = [];
  // The error says why a run was stopped: ETIMEDOUT (the timeout) or ENOBUFS (the output limit) both end in SIGTERM.
  if (![0, 1, 2].includes(out.status ?? -1)) failures.push({ property: "exit-code", seed, detail: `exit ${out.status} signal ${out.signal}${out.error ? ` (${(out.error as NodeJS.ErrnoException).code})` : ""}: ${(out.stderr + out.stdout).slice(0, 200)}` });
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(out.stdout + out.stderr)) failures.push({ property: "no-stack-trace", seed, detail: (out.stderr + out.stdout).slice(0, 300) });
  if ((out.status === 0 || out.status === 1) && out.stdout !== formatJson(checkDirectory(join(campaign.root, "data"), { cwd: campaign.root }))) {
    failures.push({ property: "cli-is-library", seed, detail: "the CLI's JSON report differs from checkDirectory's" });
  }
  return failures;
}

// The incremental check shared by `check --changed <ref>` (src/check/git-changes.ts) and `check --cache`
// (src/check/cache.ts): re-check only the records a change can affect, take what the others found from
// what is known of them, and run the rules that span files from the listing as always. Diagnostics are
// sorted as in the full check and the summary counts the listing, so the report is the full check's.
//
// What a record's per-record findings depend on, besides its own bytes (every `checkRecord` of
// src/check/rules/ reads no more; a rule that reads more must be added here, and the differential test,
// test/incremental.test.ts, is there to catch one that is not):
// - whether each record it references exists (references resolve by file name: the listing);
// - for the articles it cites (and, for an article, itself), their facts (seed, SHA-256, non-content
//   spans, captions) and their seed's bytes;
// - for a reference that does not resolve, every id of the target collection (the "did you mean" hint).
import type { CollectionName } from "../collections.js";
import { allEvidence } from "../walk.js";
import type { Listing, RecordFile } from "./dataset.js";
import { checkRecords, finishCheck, type CheckResult, type Facts, type RankedDiagnostic } from "./run.js";
import { forEachReference } from "./schema-lookup.js";

/** A record file's key: `collection/name`, which is also how a reference to it is written here. */
export function recordKey(collection: CollectionName | string, name: string): string {
  return `${collection}/${name}`;
}

/** What a record's per-record rules found, as the incremental check reuses it. */
export interface KnownRecord {
  /** The per-record rules' diagnostics, in the order they were reported (ties sort by it). */
  diagnostics: RankedDiagnostic[];
  /** The id it declares when that is not its file name: the id, or null for none. Absent when they agree. */
  idException?: string | null;
}

/** A record once checked: what it found, and the records (`collection/id`) its findings depend on. */
export interface CheckedRecord extends KnownRecord {
  dependsOn: string[];
}

/** Every record the record's findings depend on: each reference the schema marks, and each cited article. */
export function dependenciesOf(record: RecordFile): string[] {
  const found = new Set<string>();
  forEachReference(record.collection, record.value, (collection, id) => found.add(recordKey(collection, id)));
  // The trace rules find evidence by its shape, also where the schema allows none: count those articles too.
  for (const { evidence } of allEvidence(record.value)) found.add(recordKey("articles", evidence.article));
  // An article's own rules read its own seed (supplied-document compares its title with the text).
  if (record.collection === "articles") for (const id of [record.name, record.id]) if (id !== undefined) found.add(recordKey("articles", id));
  return [...found];
}

/** What changed since the findings that are known were made. */
export interface Change {
  /** Records (`collection/name`) whose file is new or differs. */
  changed: ReadonlySet<string>;
  /** Those of `changed` that are new: their ids were not there before. */
  added: ReadonlySet<string>;
  /** Records (`collection/name`) that no longer exist. */
  removed: ReadonlySet<string>;
  /** Articles (by file name) whose facts or seed may differ. */
  articles: ReadonlySet<string>;
}

/**
 * Which records must be checked again, by place in the listing: the changed ones, those that depend on
 * a removed record or a changed article (`dependents` finds them), and, when records appeared or
 * disappeared, those whose known findings include an unresolved reference (`unresolved`), since its
 * hint is picked among the ids.
 */
export function recordsToRecheck(
  listing: Pick<Listing, "records">,
  change: Change,
  dependents: (targets: ReadonlySet<string>) => Iterable<string>,
  unresolved: () => Iterable<string> = () => [],
): Set<number> {
  const wanted = new Set(change.changed);
  const targets = new Set([...change.removed, ...[...change.articles].map((a) => recordKey("articles", a))]);
  if (targets.size) for (const key of dependents(targets)) wanted.add(key);
  if (change.removed.size || change.added.size) for (const key of unresolved()) wanted.add(key);
  // The few wanted keys by collection, so the pass over the listing builds no string per record.
  const byCollection = new Map<string, Set<string>>();
  for (const key of wanted) {
    const slash = key.indexOf("/");
    const collection = key.slice(0, slash);
    let names = byCollection.get(collection);
    if (!names) byCollection.set(collection, (names = new Set()));
    names.add(key.slice(slash + 1));
  }
  const recheck = new Set<number>();
  if (byCollection.size) listing.records.forEach((entry, index) => byCollection.get(entry.collection)?.has(entry.name) && recheck.add(index));
  return recheck;
}

/**
 * The check of a listing where only `recheck` is read and checked again; every other record contributes
 * what `known` says it found. `visit` sees each re-checked record with what it found; `onBytes`, the
 * bytes of each re-checked record as they were read.
 */
export function checkIncrementally(
  listing: Listing,
  facts: Facts,
  recheck: ReadonlySet<number>,
  known: (index: number) => KnownRecord,
  visit?: (index: number, record: RecordFile, found: CheckedRecord) => void,
  onBytes?: (index: number, bytes: Uint8Array) => void,
): CheckResult {
  const fresh = checkRecords(listing, facts, [...recheck].sort((a, b) => a - b), undefined, {
    onBytes,
    visit: (index, record, diagnostics) => {
      if (!visit) return;
      const found: CheckedRecord = { diagnostics: [...diagnostics], dependsOn: dependenciesOf(record) };
      if (record.id !== record.name) found.idException = record.id ?? null;
      visit(index, record, found);
    },
  });
  const diagnostics = fresh.diagnostics;
  const idExceptions = fresh.idExceptions;
  for (let index = 0; index < listing.records.length; index++) {
    if (recheck.has(index)) continue;
    const record = known(index);
    for (const d of record.diagnostics) diagnostics.push(d);
    if (record.idException !== undefined) idExceptions.push([index, record.idException]);
  }
  // The rules' counts cover only the records read: an incremental check does not state them.
  const { counts: _, ...result } = finishCheck(listing, facts, [{ diagnostics, counts: {}, idExceptions }]);
  return result;
}

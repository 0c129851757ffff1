// evidence.csv: one row per evidence item, with where its quote sits in the seed, in code points and
// UTF-8 bytes (and UTF-16 units, for JavaScript), placed as the checker places it (scripts/lib/positions.ts) and verified.
import { allEvidence } from "../../src/shared/walk.js";
import { resolvesOnly } from "../../src/shared/stating.js";
import type { CollectionName } from "../../src/shared/collections.js";
import { place } from "../lib/positions.js";
import type { SeedFile as Seed } from "../../src/dataset/seeds.js";
import { valueAt } from "../../src/shared/pointer.js";

export const CONTEXT = 32;

export interface EvidenceRow {
  collection: CollectionName;
  record_id: string;
  evidence_pointer: string;
  pointer: string;
  field: string;
  value: string | null;
  as_stated: string | null;
  article: string;
  seed: string;
  non_content: boolean;
  resolves: boolean;
  from: string | null;
  quote: string;
  occurrences: number;
  occurrence: number;
  start: number;
  end: number;
  utf16_start: number;
  utf16_end: number;
  byte_start: number;
  byte_end: number;
  prefix: string;
  suffix: string;
}

function contextBefore(text: string, at: number): string {
  const chars = Array.from(text.slice(Math.max(0, at - CONTEXT * 2), at));
  return chars.slice(-CONTEXT).join("");
}

function contextAfter(text: string, at: number): string {
  return Array.from(text.slice(at, at + CONTEXT * 2)).slice(0, CONTEXT).join("");
}

function normalizedValue(host: Record<string, unknown>): string | null {
  for (const key of ["value", "status", "kind", "name", "date"]) {
    const v = host[key];
    if (v === undefined) continue;
    return typeof v === "string" ? v : JSON.stringify(v);
  }
  return null;
}


export function evidenceRows(collection: CollectionName, record: Record<string, unknown>, seeds: ReadonlyMap<string, Seed>): EvidenceRow[] {
  return allEvidence(record).map(({ evidence, pointer: evidencePointer }) => {
    const pointer = evidencePointer.replace(/\/evidence\/\d+$/, "");
    const host = (valueAt(record, pointer) ?? {}) as Record<string, unknown>;
    const p = place(seeds, evidence, `data/${collection}/${record.id as string}.json`, evidencePointer);
    const seed = seeds.get(evidence.article)!;
    return {
      collection,
      record_id: record.id as string,
      evidence_pointer: evidencePointer,
      pointer,
      field: pointer.split("/").slice(1).filter((s) => !/^\d+$/.test(s)).join(".") || "(record)",
      value: normalizedValue(host),
      as_stated: typeof host.asStated === "string" ? host.asStated : null,
      article: evidence.article,
      seed: seed.name,
      non_content: evidence.nonContent === true,
      resolves: resolvesOnly(evidence),
      from: evidence.from ?? null,
      quote: evidence.quote,
      occurrences: p.occurrences,
      occurrence: p.occurrence,
      start: p.codePointStart,
      end: p.codePointEnd,
      utf16_start: p.start,
      utf16_end: p.end,
      byte_start: p.byteStart,
      byte_end: p.byteEnd,
      prefix: contextBefore(seed.text, p.start),
      suffix: contextAfter(seed.text, p.end),
    };
  });
}

/** Proves a row's selectors resolve to exactly its quote, from the seed's bytes, code points and UTF-16 units. */
export function verifyRow(row: EvidenceRow, seed: Seed): void {
  const byByte = seed.bytes.subarray(row.byte_start, row.byte_end).toString("utf8");
  const byUtf16 = seed.text.slice(row.utf16_start, row.utf16_end);
  const byCp = String.fromCodePoint(...codePointsOf(seed).slice(row.start, row.end));
  if (byByte !== row.quote || byCp !== row.quote || byUtf16 !== row.quote) {
    throw new Error(`export: selectors of ${row.collection}/${row.record_id}${row.evidence_pointer} do not resolve to the quote`);
  }
}

// Counted independently of the offset tables the positions come from, so the check is not circular.
const codePointCache = new WeakMap<Seed, number[]>();
function codePointsOf(seed: Seed): number[] {
  let cps = codePointCache.get(seed);
  if (!cps) codePointCache.set(seed, (cps = Array.from(seed.text, (ch) => ch.codePointAt(0)!)));
  return cps;
}

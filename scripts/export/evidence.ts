// evidence.csv: one row per evidence item, with where its quote sits in the seed, in code points and
// UTF-8 bytes, found at build time and verified.
import { allEvidence } from "../../src/walk.js";
import type { CollectionName } from "../../src/collections.js";

export interface SeedText {
  article: string;
  file: string;
  text: string;
  /** Non-content spans' [start, end) in UTF-16 units, from the article record. */
  nonContent: [number, number][];
  cp?: Int32Array;
  bytes?: Int32Array;
}

/** Code point and UTF-8 byte offsets of every UTF-16 index of the seed (computed once, linear). */
function offsets(seed: SeedText) {
  if (!seed.cp) {
    const n = seed.text.length;
    const cp = new Int32Array(n + 1);
    const bytes = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const c = seed.text.charCodeAt(i);
      const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && seed.text.charCodeAt(i - 1) >= 0xd800 && seed.text.charCodeAt(i - 1) <= 0xdbff;
      cp[i + 1] = cp[i]! + (low ? 0 : 1);
      bytes[i + 1] = bytes[i]! + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3);
    }
    seed.cp = cp;
    seed.bytes = bytes;
  }
  return { cp: seed.cp, bytes: seed.bytes! };
}

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
  from: string | null;
  quote: string;
  occurrences: number;
  occurrence: number;
  start: number;
  end: number;
  byte_start: number;
  byte_end: number;
  prefix: string;
  suffix: string;
}

function allIndexes(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
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

function valueAt(record: unknown, pointer: string): unknown {
  let v = record;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/**
 * Which occurrence an evidence item means, when its quote occurs more than once: the occurrences in the
 * kind of span it claims (non-content or content) are the candidates; the first of them is taken and
 * the row records how many there were, so a reader sees the choice. Never silently guessed.
 */
function pick(seed: SeedText, quote: string, nonContent: boolean): { index: number; occurrences: number; occurrence: number } {
  const all = allIndexes(seed.text, quote);
  if (all.length === 0) throw new Error(`export: quote not found in ${seed.file}: ${JSON.stringify(quote.slice(0, 60))}`);
  const inNonContent = (i: number) => seed.nonContent.some(([s, e]) => i >= s && i + quote.length <= e);
  const candidates = all.filter((i) => inNonContent(i) === nonContent);
  const chosen = (candidates.length > 0 ? candidates : all)[0]!;
  return { index: chosen, occurrences: all.length, occurrence: all.indexOf(chosen) + 1 };
}

export function evidenceRows(collection: CollectionName, record: Record<string, unknown>, seeds: Map<string, SeedText>): EvidenceRow[] {
  return allEvidence(record).map(({ evidence, pointer: evidencePointer }) => {
    const pointer = evidencePointer.replace(/\/evidence\/\d+$/, "");
    const host = (valueAt(record, pointer) ?? {}) as Record<string, unknown>;
    const seed = seeds.get(evidence.article);
    if (!seed) throw new Error(`export: ${collection}/${record.id as string}: no seed for article ${evidence.article}`);
    const nonContent = evidence.nonContent === true;
    const { index, occurrences, occurrence } = pick(seed, evidence.quote, nonContent);
    const endIndex = index + evidence.quote.length;
    const { cp, bytes } = offsets(seed);
    return {
      collection,
      record_id: record.id as string,
      evidence_pointer: evidencePointer,
      pointer,
      field: pointer.split("/").slice(1).filter((s) => !/^\d+$/.test(s)).join(".") || "(record)",
      value: normalizedValue(host),
      as_stated: typeof host.asStated === "string" ? host.asStated : null,
      article: evidence.article,
      seed: seed.file,
      non_content: nonContent,
      from: evidence.from ?? null,
      quote: evidence.quote,
      occurrences,
      occurrence,
      start: cp[index]!,
      end: cp[endIndex]!,
      byte_start: bytes[index]!,
      byte_end: bytes[endIndex]!,
      prefix: contextBefore(seed.text, index),
      suffix: contextAfter(seed.text, endIndex),
    };
  });
}

/** Proves a row's selectors resolve to exactly its quote, from the seed's bytes and code points. */
export function verifyRow(row: EvidenceRow, seedBytes: Buffer): void {
  const byByte = seedBytes.subarray(row.byte_start, row.byte_end).toString("utf8");
  const byCp = Array.from(seedBytes.toString("utf8")).slice(row.start, row.end).join("");
  if (byByte !== row.quote || byCp !== row.quote) {
    throw new Error(`export: selectors of ${row.collection}/${row.record_id}${row.evidence_pointer} do not resolve to the quote`);
  }
}

// evidence.csv: one row per evidence item, with where its quote sits in the seed, in code points and
// UTF-8 bytes (and UTF-16 units, for JavaScript), placed as the checker places it (scripts/lib/positions.ts) and verified.
// Its fields are described here once: the rows, the Data Package resource and the README follow them.
import { allEvidence } from "../../src/shared/walk.js";
import { resolvesOnly } from "../../src/shared/stating.js";
import type { CollectionName } from "../../src/shared/collections.js";
import { place } from "../lib/positions.js";
import type { SeedFile as Seed } from "../../src/dataset/seeds.js";
import type { FieldType } from "./formats.js";
import { fieldSteps, valueAt } from "../../src/shared/pointer.js";

const CONTEXT = 32;

/** Every field of evidence.csv, in order, with its type and what it holds. */
export const EVIDENCE_FIELDS = [
  ["collection", "string", "The record's collection."],
  ["record_id", "string", "The record's id."],
  ["evidence_pointer", "string", "JSON pointer of the evidence item in the record."],
  ["pointer", "string", "JSON pointer of the value (object) the evidence supports; empty: the record. With record_id, the key of its row in the value's table."],
  ["field", "string", "The supported value's property path without indexes, (record) for the record."],
  ["value", "string", "The normalized value beside the words (value, status, kind, name or date), JSON for non-strings."],
  ["as_stated", "string", "The value exactly as the text writes it, when the object has one."],
  ["article", "string", "The article whose text holds the quote."],
  ["outlet", "string", "The article's outlet (see articles.outlet), when it has one."],
  ["seed", "string", "The source text's file name: under seeds/ when its terms let it travel, else listed in datapackage.json's sources."],
  ["non_content", "boolean", "The quote comes from a span the article marks as non-content."],
  ["resolves", "boolean", "The quote only resolves the value (the date a weekday counts from): it does not make its article a source of the value."],
  ["quoted_from", "string", "The kind of content the quote comes from when it is not running text (caption); empty otherwise."],
  ["quote", "string", "The exact passage."],
  ["occurrences", "integer", "How many times the quote occurs in the seed."],
  ["occurrence", "integer", "Which occurrence (from 1) the positions give: the only one, or the one the evidence states (its `occurrence`)."],
  ["code_point_start", "integer", "Start of the quote in Unicode code points of the seed, from 0 (Python and R string indexes, W3C TextPositionSelector)."],
  ["code_point_end", "integer", "End (exclusive) in code points."],
  ["utf16_start", "integer", "Start in UTF-16 code units (JavaScript string offsets)."],
  ["utf16_end", "integer", "End (exclusive) in UTF-16 code units."],
  ["byte_start", "integer", "Start in UTF-8 bytes of the seed file."],
  ["byte_end", "integer", "End (exclusive) in bytes."],
  ["prefix", "string", "Up to 32 code points before the quote."],
  ["suffix", "string", "Up to 32 code points after the quote."],
] as const satisfies readonly (readonly [string, FieldType, string])[];

export type EvidenceRow = { [F in (typeof EVIDENCE_FIELDS)[number] as F[0]]: F[1] extends "integer" ? number : F[1] extends "boolean" ? boolean : F[0] extends "value" | "as_stated" | "outlet" | "quoted_from" ? string | null : string };

/** The first of the values beside the words, JSON for non-strings. */
function normalizedValue(host: Record<string, unknown>): string | null {
  const v = ["value", "status", "kind", "name", "date"].map((key) => host[key]).find((x) => x !== undefined);
  return v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v);
}

export function evidenceRows(collection: CollectionName, record: Record<string, unknown>, seeds: ReadonlyMap<string, Seed>, outlet: (article: string) => string | undefined): EvidenceRow[] {
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
      field: fieldSteps(pointer).join(".") || "(record)",
      value: normalizedValue(host),
      as_stated: typeof host.asStated === "string" ? host.asStated : null,
      article: evidence.article,
      outlet: outlet(evidence.article) ?? null,
      seed: seed.name,
      non_content: evidence.nonContent === true,
      resolves: resolvesOnly(evidence),
      quoted_from: evidence.from ?? null,
      quote: evidence.quote,
      occurrences: p.occurrences,
      occurrence: p.occurrence,
      code_point_start: p.codePointStart,
      code_point_end: p.codePointEnd,
      utf16_start: p.start,
      utf16_end: p.end,
      byte_start: p.byteStart,
      byte_end: p.byteEnd,
      // CONTEXT code points each side: twice as many UTF-16 units hold at least that many.
      prefix: Array.from(seed.text.slice(Math.max(0, p.start - CONTEXT * 2), p.start)).slice(-CONTEXT).join(""),
      suffix: Array.from(seed.text.slice(p.end, p.end + CONTEXT * 2)).slice(0, CONTEXT).join(""),
    };
  });
}

/**
 * Proves a row's selectors resolve to exactly its quote: its bytes and UTF-16 units, and as many code
 * points as the quote has (the tests count code points from the start of the seed independently).
 */
export function verifyRow(row: EvidenceRow, seed: Seed): void {
  const byByte = seed.bytes.subarray(row.byte_start, row.byte_end).toString("utf8");
  const byUtf16 = seed.text.slice(row.utf16_start, row.utf16_end);
  const codePoints = row.code_point_end - row.code_point_start;
  if (byByte !== row.quote || byUtf16 !== row.quote || codePoints !== Array.from(row.quote).length || row.code_point_start > row.utf16_start) {
    throw new Error(`export: selectors of ${row.collection}/${row.record_id}${row.evidence_pointer} do not resolve to the quote`);
  }
}

// Places every evidence quote in its seed for the builds that ship positions (dist/data) and for the
// exports: one seed reader and one placement (src/locate.ts), so every artefact agrees with the checker.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Offsets, placeQuote } from "../../src/shared/locate.js";
import { escapePointerSegment } from "../../src/shared/pointer.js";
import { readCollection, dataDir } from "./collections.js";

export interface Seed {
  article: string;
  file: string;
  bytes: Buffer;
  text: string;
  offsets: Offsets;
}

export interface Placed {
  /** UTF-16 offsets. */
  start: number;
  end: number;
  codePointStart: number;
  codePointEnd: number;
  byteStart: number;
  byteEnd: number;
  occurrences: number;
  occurrence: number;
}

/** Every article's seed, by article id. */
export function readSeeds(dir: string = dataDir): Map<string, Seed> {
  const seeds = new Map<string, Seed>();
  for (const { value } of readCollection("articles", dir)) {
    const a = value as { id: string; seed: string };
    const bytes = readFileSync(join(dir, "seeds", a.seed));
    const text = bytes.toString("utf8");
    seeds.set(a.id, { article: a.id, file: a.seed, bytes, text, offsets: new Offsets(text) });
  }
  return seeds;
}

/** Where one evidence item's quote sits; throws naming the record when the data does not place it (npm run check says why). */
export function place(seeds: ReadonlyMap<string, Seed>, evidence: { article: string; quote: string; occurrence?: number }, file: string, pointer: string): Placed {
  const seed = seeds.get(evidence.article);
  if (!seed) throw new Error(`${file}: the evidence at ${pointer} cites article ${evidence.article}, which has no seed; run npm run check`);
  const p = placeQuote(seed.text, evidence.quote, evidence.occurrence);
  if (!p.ok) throw new Error(`${file}: the quote at ${pointer} cannot be placed in ${seed.file} (${p.problem}, ${p.occurrences} occurrences); run npm run check`);
  const end = p.index + evidence.quote.length;
  const { codePoints, bytes } = seed.offsets;
  return {
    start: p.index, end,
    codePointStart: codePoints[p.index]!, codePointEnd: codePoints[end]!,
    byteStart: bytes[p.index]!, byteEnd: bytes[end]!,
    occurrences: p.occurrences, occurrence: p.occurrence,
  };
}

/** A copy of a record whose every evidence item carries its `position` (what dist/data ships). */
export function withPositions<T>(record: T, seeds: ReadonlyMap<string, Seed>, file: string): T {
  const visit = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => visit(v, `${pointer}/${i}`));
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = key === "evidence" && Array.isArray(child)
        ? child.map((e: { article: string; quote: string; occurrence?: number }, i) => {
            const p = place(seeds, e, file, `${pointer}/evidence/${i}`);
            return { ...e, position: { start: p.start, end: p.end, codePointStart: p.codePointStart, codePointEnd: p.codePointEnd } };
          })
        : visit(child, `${pointer}/${escapePointerSegment(key)}`);
    }
    return out;
  };
  return visit(record, "") as T;
}

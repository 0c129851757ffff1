// Places every evidence quote in its seed for the builds that ship positions (the package's records) and
// for the exports: one placement (src/shared/locate.ts), so every artefact agrees with the checker.
import { Offsets, placeQuote } from "../../src/shared/locate.js";
import { escapePointerSegment } from "../../src/shared/pointer.js";
import type { SeedFile } from "../../src/dataset/seeds.js";

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

/** Each seed's offset tables, made once per seed text. */
const offsets = new WeakMap<SeedFile, Offsets>();
/** Each evidence item's placement: the export asks for one item's several times (tables, evidence, records). */
const placed = new WeakMap<object, Placed>();

/** Where one evidence item's quote sits; throws naming the record when the data does not place it (npm run check says why). */
export function place(seeds: ReadonlyMap<string, SeedFile>, evidence: { article: string; quote: string; occurrence?: number }, file: string, pointer: string): Placed {
  const known = placed.get(evidence);
  if (known) return known;
  const seed = seeds.get(evidence.article);
  if (!seed) throw new Error(`${file}: the evidence at ${pointer} cites article ${evidence.article}, which has no seed; run npm run check`);
  const p = placeQuote(seed.text, evidence.quote, evidence.occurrence);
  if (!p.ok) throw new Error(`${file}: the quote at ${pointer} cannot be placed in ${seed.name} (${p.problem}, ${p.occurrences} occurrences); run npm run check`);
  let table = offsets.get(seed);
  if (!table) offsets.set(seed, (table = new Offsets(seed.text)));
  const end = p.index + evidence.quote.length;
  const [from, to] = [table.at(p.index), table.at(end)];
  const result: Placed = {
    start: p.index, end,
    codePointStart: from.codePoint, codePointEnd: to.codePoint,
    byteStart: from.byte, byteEnd: to.byte,
    occurrences: p.occurrences, occurrence: p.occurrence,
  };
  placed.set(evidence, result);
  return result;
}

/** A copy of a record whose every evidence item carries its `position` (what the package ships). */
export function withPositions<T>(record: T, seeds: ReadonlyMap<string, SeedFile>, file: string): T {
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

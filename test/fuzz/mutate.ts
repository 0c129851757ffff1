// Seeded mutants of the real records for the fuzz properties (test/e2e/fuzz.test.ts, scripts/fuzz.ts).
// Each mutant is the bytes of one record file plus, where the mutation has one well-defined place in
// those bytes (a flipped bit, inserted bytes, a BOM), the 1-based line and column of it.
// Structural mutations (a key removed, a type changed) re-serialize the record, so they carry no position.

export { rng } from "../../scripts/lib/random.js";

export interface Mutant {
  /** Which mutator made it, e.g. "structural:delete-key". */
  kind: string;
  bytes: Buffer;
  /** Where the bytes first differ from the original, when that is a meaningful place to report. */
  position?: { line: number; column: number };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const DEEP = "\u0000deep\u0000";
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Every JSON path (array of keys) in a value, the root included. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
function getAt(value: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((v, k) => (v as any)[k], value);
}
function setAt(value: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next as Json;
  const parent = getAt(value, path.slice(0, -1)) as any;
  const key = path[path.length - 1]!;
  if (next === undefined) Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else parent[key] = next;
  return value;
}

const unicode = ["\u0301", "e\u0301", "\u00e9", "\u202e", "\u2066", "\u200f", "\u201c", "\u201d", "\u2019", "\u00a0", "\u202f", "\ufeff", "\u0000", "\n", "\ud83d\ude00", "\uffff"];
const wrongTypes: Json[] = [null, true, 0, -1.5, 1e300, "", "x", [], {}, [null], { a: 1 }];

function structural(r: () => number, record: Json): Mutant {
  const value = structuredClone(record);
  const all = paths(value).filter((p) => p.length > 0);
  const target = pick(r, all);
  const op = pick(r, ["delete-key", "wrong-type", "insert-key", "duplicate-element", "deep-nesting", "huge-array", "unicode-string", "stringify-number"] as const);
  let out: Json = value;
  let deepText = "";
  switch (op) {
    case "delete-key": out = setAt(value, target, undefined); break;
    case "wrong-type": out = setAt(value, target, structuredClone(pick(r, wrongTypes))); break;
    case "insert-key": {
      const objects = paths(value).filter((p) => { const v = getAt(value, p); return v !== null && typeof v === "object" && !Array.isArray(v); });
      (getAt(value, pick(r, objects)) as any)[pick(r, ["bogus", "id", "note", "__proto__x", "évidence"])] = pick(r, wrongTypes);
      break;
    }
    case "duplicate-element": {
      const arrays = paths(value).filter((p) => Array.isArray(getAt(value, p)) && (getAt(value, p) as Json[]).length > 0);
      if (arrays.length) { const a = getAt(value, pick(r, arrays)) as Json[]; a.push(structuredClone(a[0]!)); }
      break;
    }
    case "deep-nesting": {
      // Mostly shallow; one in ten deeper than any stack should have to follow, as two equal copies
      // (uniqueItems). Spliced in as text: building it as a value would overflow this code's own recursion.
      const n = r() < 0.1 ? 5000 + Math.floor(r() * 5000) : 1 + Math.floor(r() * 200);
      const opens = Array.from({ length: n }, () => (r() < 0.5 ? "[" : '{"a":'));
      const one = opens.join("") + '"x"' + opens.reverse().map((o) => (o === "[" ? "]" : "}")).join("");
      deepText = r() < 0.5 ? one : `[${one},${one}]`;
      out = setAt(value, target, DEEP); break;
    }
    case "huge-array": out = setAt(value, target, Array.from({ length: 1000 + Math.floor(r() * 4000) }, (_, i) => `x${i % 7}`)); break;
    case "unicode-string": {
      const strings = all.filter((p) => typeof getAt(value, p) === "string");
      const p = pick(r, strings.length ? strings : all);
      const s = String(getAt(value, p));
      const at = Math.floor(r() * (s.length + 1));
      const insert = pick(r, unicode);
      out = setAt(value, p, r() < 0.2 ? s.normalize(pick(r, ["NFC", "NFD", "NFKC"])) : s.slice(0, at) + insert + s.slice(at));
      break;
    }
    case "stringify-number": {
      const numbers = all.filter((p) => typeof getAt(value, p) === "number");
      if (numbers.length) { const p = pick(r, numbers); out = setAt(value, p, String(getAt(value, p))); }
      break;
    }
  }
  let text = JSON.stringify(out, null, 2) + "\n";
  if (deepText) text = text.replace(JSON.stringify(DEEP), deepText);
  return { kind: `structural:${op}`, bytes: Buffer.from(text) };
}

/** 1-based line and column (in UTF-16 units of the decoded text before the byte) of a byte offset. */
export function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset).toString("utf8").split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function byteLevel(r: () => number, original: Buffer): Mutant {
  const op = pick(r, ["truncate", "flip-byte", "bom", "invalid-utf8", "insert-char", "empty"] as const);
  let at = Math.floor(r() * original.length);
  // Insert at a character boundary: inside a multi-byte character the split character itself would be
  // the first invalid byte, earlier than the mutation.
  if (op === "invalid-utf8" || op === "insert-char") while (at > 0 && (original[at]! & 0xc0) === 0x80) at--;
  switch (op) {
    case "truncate": return { kind: "bytes:truncate", bytes: original.subarray(0, at) };
    case "flip-byte": {
      const b = Buffer.from(original);
      b[at] = b[at]! ^ (1 << Math.floor(r() * 8));
      return { kind: "bytes:flip-byte", bytes: b, position: positionOfByte(b, at) };
    }
    case "bom": return { kind: "bytes:bom", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]), position: { line: 1, column: 1 } };
    case "invalid-utf8": {
      const bad = pick(r, [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf]]);
      const b = Buffer.concat([original.subarray(0, at), Buffer.from(bad), original.subarray(at)]);
      return { kind: "bytes:invalid-utf8", bytes: b, position: positionOfByte(b, at) };
    }
    case "insert-char": {
      const ch = pick(r, ["{", "}", "[", "]", ",", ":", '"', "\\", "x", "\u0000", "\u202e", "\ud83d"]);
      const b = Buffer.concat([original.subarray(0, at), Buffer.from(ch), original.subarray(at)]);
      return { kind: "bytes:insert-char", bytes: b, position: positionOfByte(b, at) };
    }
    case "empty": return { kind: "bytes:empty", bytes: Buffer.alloc(0) };
  }
}

/** One mutant of a record file: structural (on the parsed value) or byte-level (on the bytes). */
export function mutate(r: () => number, original: Buffer): Mutant {
  return r() < 0.6 ? structural(r, JSON.parse(original.toString("utf8")) as Json) : byteLevel(r, original);
}

/** Only value-level mutants (for the validator agreement): the record mutated structurally, as JSON text. */
export function mutateText(r: () => number, record: unknown): string {
  return structural(r, record as Json).bytes.toString("utf8");
}

/** File-system mutations of a data copy: things in the wrong place, which the checker must name, not crash on. */
export const fileSystemMutations = ["wrong-name", "non-json-extension", "symlink", "directory-for-file", "empty-file"] as const;
export type FileSystemMutation = (typeof fileSystemMutations)[number];

// Full-text search over names, quotes and stated values, on MiniSearch. One index, prebuilt, split into
// files the page loads on demand, so that no file grows with the dataset:
// - terms are folded (accents and case dropped) and filed under a prefix; a prefix whose part of the
//   index would weigh more than PART_BYTES is split by its next letter, and so on, so a query term needs
//   only the parts whose prefix it starts with, or that start with it;
// - a part still too heavy (one very common word) is cut into chunks of documents;
// - each part is a MiniSearch index (its own serialized form, loaded with MiniSearch.loadJS), and what
//   a result shows (page, name, kind) is in a table of its own, in chunks of DOC_CHUNK, loaded for the
//   results shown.
// Every file is a script that hands its data to the page (SEARCH_PART, SEARCH_DOCS), which works from
// file:// where fetch does not.
import MiniSearch from "minisearch";
import { collections } from "../../src/shared/collections.js";
import { nameOf, push, type SiteData, type SiteRecord } from "./data.js";
import { type Artefact, recordPath } from "./layout.js";
import { walkObjects } from "../../src/shared/walk.js";

/** Folds text for matching: accents and case dropped. The page runs this very function (its source is copied into site.js). */
export const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
/** Splits folded text into terms: runs of letters and digits. The page runs this very function too. */
export const terms = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The parts of the index that may hold a term beginning with `t`: those whose prefix starts with `t`,
 * and the one (not exact) whose prefix `t` starts with. The page runs this very function too.
 */
export const partsFor = (parts: [string, number, number][], t: string): [string, number, number][] =>
  parts.filter((p) => p[0].indexOf(t) === 0 || (!p[1] && t.indexOf(p[0]) === 0));

/** The file name of a part (`p` + its prefix in hex, `x` for an exact part). The page runs this very function too. */
export const partFile = (p: [string, number, number]): string => "p" + hexKey(p[0]) + (p[1] ? "x" : "");

/** A key as a file name: each UTF-16 unit as four hex digits (the page computes the same). */
export const hexKey = (key: string): string => [...Array(key.length).keys()].map((i) => key.charCodeAt(i).toString(16).padStart(4, "0")).join("");

export const FIELDS = ["name", "quote", "value"] as const;
type Field = (typeof FIELDS)[number];

/** Upper bound for one file of the index, short of one document's own entry: well under the bench's 300 KB per file. */
const PART_BYTES = 200 * 1024;
/** Results table entries per file. */
export const DOC_CHUNK = 500;

/** What a record says, by field: its names, the words of its statements, its stated values. */
export function searchText(record: SiteRecord, data: SiteData): Record<Field, string[]> {
  const v = record.value;
  const name = [nameOf(record, data), ...(Array.isArray(v.nameForms) ? v.nameForms.map(String) : [])];
  const quote: string[] = [];
  const value: string[] = [];
  walkObjects(v, (node, pointer) => {
    const inVariant = record.collection === "quotes" && /^\/variants\/\d+$/.test(pointer);
    if (typeof node.asStated === "string") (inVariant ? quote : value).push(node.asStated);
    for (const [key, x] of Object.entries(node)) {
      // Normalized values beside the words (an age, a date, a status); notes and evidence are not values.
      if (key !== "asStated" && key !== "note" && key !== "id" && (typeof x === "number" || (key === "value" && typeof x === "string"))) value.push(String(x));
    }
  });
  return { name, quote, value };
}

interface Doc {
  n: number;
  fields: Record<Field, string[]>;
}

/** The prefix parts of the index: disjoint, covering every term; `exact` holds only the term equal to its key. */
interface Part {
  key: string;
  exact: boolean;
  terms: string[];
}

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

function indexOf(docs: Doc[], keep: Set<string>): MiniSearch {
  const index = new MiniSearch({ fields: [...FIELDS], tokenize: (s) => (s ? s.split(" ") : []), processTerm: (t) => t });
  index.addAll(docs.map((d) => ({ id: d.n, ...Object.fromEntries(FIELDS.map((f) => [f, d.fields[f].filter((t) => keep.has(t)).join(" ")])) })));
  return index;
}

/** The files of the search index (search/index/…, search/docs/…, search/manifest.js). */
export function* searchFiles(data: SiteData, partBytes = PART_BYTES): Generator<Artefact> {
  const docs: Doc[] = [];
  const table: [string, string, string][] = [];
  const postings = new Map<string, number[]>();
  for (const list of data.records.values()) {
    for (const record of list) {
      const text = searchText(record, data);
      const n = docs.length;
      const fields = Object.fromEntries(FIELDS.map((f) => [f, terms(fold(text[f].join(" ")))])) as Record<Field, string[]>;
      docs.push({ n, fields });
      table.push([recordPath(record.key), nameOf(record, data), collections[record.collection].singular]);
      for (const t of new Set(FIELDS.flatMap((f) => fields[f]))) push(postings, t, n);
    }
  }
  // What a part weighs, roughly: each posting, and each document's entry (id, field lengths) in it.
  const estimate = (ts: string[]) => {
    const inPart = new Set<number>();
    let bytes = 0;
    for (const t of ts) for (const n of postings.get(t)!) { inPart.add(n); bytes += t.length / 4 + 10; }
    return bytes + inPart.size * 30;
  };
  const parts: Part[] = [];
  const split = (key: string, ts: string[]): void => {
    if (estimate(ts) <= partBytes || ts.every((t) => t.length <= key.length)) {
      parts.push({ key, exact: false, terms: ts });
      return;
    }
    const byNext = new Map<string, string[]>();
    const exact: string[] = [];
    for (const t of ts) {
      if (t.length === key.length) exact.push(t);
      else push(byNext, t.slice(0, key.length + 1), t);
    }
    if (exact.length) parts.push({ key, exact: true, terms: exact });
    for (const [k, list] of [...byNext].sort(([a], [b]) => (a < b ? -1 : 1))) split(k, list);
  };
  split("", [...postings.keys()].sort());

  const manifest: [string, number, number][] = [];
  for (const part of parts) {
    const keep = new Set(part.terms);
    const members = [...new Set(part.terms.flatMap((t) => postings.get(t)!))].sort((a, b) => a - b).map((n) => docs[n]!);
    // Chunks of documents, each under the bound: halved until the serialized index fits.
    const chunks: string[] = [];
    const cut = (list: Doc[]): void => {
      const json = JSON.stringify(indexOf(list, keep));
      if (Buffer.byteLength(json) <= partBytes || list.length === 1) chunks.push(json);
      else { cut(list.slice(0, list.length >> 1)); cut(list.slice(list.length >> 1)); }
    };
    cut(members);
    const file = partFile([part.key, part.exact ? 1 : 0, 0]);
    for (const [i, json] of chunks.entries()) yield { path: `search/index/${file}-${i}.js`, content: `SEARCH_PART(${JSON.stringify(file)}, ${i}, ${json.replace(/</g, "\\u003c")});\n` };
    manifest.push([part.key, part.exact ? 1 : 0, chunks.length]);
  }
  for (let i = 0; i * DOC_CHUNK < table.length; i++) {
    yield { path: `search/docs/${i}.js`, content: `SEARCH_DOCS(${i}, ${JSON.stringify(table.slice(i * DOC_CHUNK, (i + 1) * DOC_CHUNK)).replace(/</g, "\\u003c")});\n` };
  }
  yield { path: "search/manifest.js", content: `window.SEARCH_MANIFEST = ${JSON.stringify({ parts: manifest, docChunk: DOC_CHUNK, fields: FIELDS })};\n` };
  if (bytesOf(manifest) > PART_BYTES) throw new Error(`the search manifest weighs ${bytesOf(manifest)} bytes, over ${PART_BYTES}`);
}

// What a change to the data claims, for the person who reviews it: the records added, removed and renamed;
// each value added, changed or removed with its words, quote and article; each reading (certainty other than
// `stated`) and derived date among them with its note; notes added or rewritten; disagreements and variants
// that appear or disappear; and the suggested marks still present.
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { collectionNames, collections, type CollectionName } from "../shared/collections.js";
import { notesOf } from "../shared/notes.js";
import { walkObjects } from "../shared/walk.js";
import type { PerSourceSchemaNode } from "../shared/per-source.js";
import type { Dataset, JsonRecord } from "../dataset/read.js";
import { differenceKey, findDifferences, type Disagreement, type Variant } from "../differences/find.js";

export interface Cited {
  article: string;
  quote: string;
  occurrence?: number;
  suggested?: boolean;
}

export interface ValueChange {
  record: string;
  pointer: string;
  change: "added" | "changed" | "removed";
  /** The value's own fields, its evidence and note left out (for a removed value, as it was). */
  value: Record<string, unknown>;
  /** The words of the text it stands for (`asStated`), when it has them. */
  words?: string;
  evidence: Cited[];
  certainty?: string;
  derivation?: string;
  note?: string;
}

export interface NoteChange {
  record: string;
  pointer: string;
  change: "added" | "rewritten";
  note: string;
  before?: string;
}

export interface DifferenceChange {
  change: "appears" | "disappears";
  key: string;
  difference: Disagreement | Variant;
}

export interface Review {
  ref: string;
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  values: ValueChange[];
  /** The values among `values` a person must judge: certainty other than `stated`, or a derived date. */
  readings: ValueChange[];
  notes: NoteChange[];
  differences: DifferenceChange[];
  /** Evidence still marked suggested, anywhere in the data. */
  suggested: { record: string; pointer: string; evidence: Cited }[];
}

type Records = Map<string, { collection: CollectionName; record: JsonRecord }>;

const recordsOf = (dataset: Dataset): Records => new Map(collectionNames.flatMap((c) => dataset.records[c].map((record) => [`${c}/${record.id}`, { collection: c, record }] as const)));
const withoutId = (record: JsonRecord) => JSON.stringify({ ...record, id: undefined });
const cited = (e: Record<string, unknown>): Cited => ({ article: String(e.article), quote: String(e.quote), ...(e.occurrence ? { occurrence: e.occurrence as number } : {}), ...(e.suggested ? { suggested: true } : {}) });

/** Whether an object is a value: it has evidence of its own, words (`asStated`), a certainty or a derivation. */
const isValue = (node: unknown): node is Record<string, unknown> =>
  node !== null && typeof node === "object" && !Array.isArray(node) && (Array.isArray((node as Record<string, unknown>).evidence) || ["asStated", "certainty", "derivation"].some((k) => typeof (node as Record<string, unknown>)[k] === "string"));

/** A value as it stands on its own: the values nested in it left out, so that a change to one is its own, not its parent's too. */
const ownText = (node: Record<string, unknown>) =>
  JSON.stringify(node, function (this: unknown, key, v: unknown) {
    return this !== node || key === "evidence" || !(isValue(v) || (Array.isArray(v) && v.some(isValue))) ? v : undefined;
  });

/**
 * Every value of a record, by pointer, with the evidence that covers it (its own or its parent's). The
 * record itself stands as its evidence items, one by one.
 */
function valuesOf(record: unknown): Map<string, { node: Record<string, unknown>; evidence: readonly unknown[] }> {
  const found = new Map<string, { node: Record<string, unknown>; evidence: readonly unknown[] }>();
  walkObjects(record, (node, pointer, evidence) => {
    if (pointer === "") (Array.isArray(node.evidence) ? node.evidence : []).forEach((e, i) => found.set(`/evidence/${i}`, { node: { evidence: [e] }, evidence: [e] }));
    else if (isValue(node)) found.set(pointer, { node, evidence: evidence ?? [] });
  });
  return found;
}

/** The record's own plain fields (`name`, `kind`, `nameForms`...: strings, numbers, lists of them), id aside. */
function plainFields(record: unknown): Map<string, unknown> {
  const plain = (v: unknown) => v === null || typeof v !== "object" || (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"));
  return new Map(Object.entries((record ?? {}) as Record<string, unknown>).filter(([k, v]) => k !== "id" && plain(v)));
}

function changedValues(key: string, collection: CollectionName, before: unknown, after: unknown): ValueChange[] {
  const was = plainFields(before);
  // Notes are listed on their own (changedNotes).
  const notes = new Set([...notesOf(collection, before ?? {}), ...notesOf(collection, after)].map((n) => n.pointer.split("/")[1]));
  const now = plainFields(after);
  const fields: ValueChange[] = [...now].flatMap(([field, value]) =>
    notes.has(field) || JSON.stringify(was.get(field)) === JSON.stringify(value) ? [] : [{ record: key, pointer: `/${field}`, change: was.has(field) ? ("changed" as const) : ("added" as const), value: { [field]: value }, evidence: [] }],
  );
  const gone: ValueChange[] = before === undefined ? [] : [...was].flatMap(([field, value]) => (notes.has(field) || now.has(field) ? [] : [{ record: key, pointer: `/${field}`, change: "removed" as const, value: { [field]: value }, evidence: [] }]));
  return [...fields, ...gone, ...changedObjects(key, before, after)];
}

function changedObjects(key: string, before: unknown, after: unknown): ValueChange[] {
  const old = valuesOf(before);
  const now = valuesOf(after);
  const oldTexts = new Set([...old.values()].map((v) => ownText(v.node)));
  const nowTexts = new Set([...now.values()].map((v) => ownText(v.node)));
  const out: ValueChange[] = [];
  const push = (pointer: string, node: Record<string, unknown>, evidence: readonly unknown[], change: ValueChange["change"]) => {
    const { evidence: _own, note, ...value } = node;
    out.push({
      record: key,
      pointer,
      change,
      value: pointer.startsWith("/evidence/") ? {} : value,
      ...(typeof node.asStated === "string" ? { words: node.asStated } : {}),
      evidence: (evidence as Record<string, unknown>[]).map(cited),
      ...(typeof node.certainty === "string" ? { certainty: node.certainty } : {}),
      ...(typeof node.derivation === "string" ? { derivation: node.derivation } : {}),
      ...(typeof note === "string" ? { note } : {}),
    });
  };
  for (const [pointer, { node, evidence }] of now) if (!oldTexts.has(ownText(node))) push(pointer, node, evidence, old.has(pointer) ? "changed" : "added"); // else unchanged, perhaps moved
  // A value whose text is gone is removed, unless another took its place at its pointer (listed as changed).
  for (const [pointer, { node, evidence }] of old) {
    const there = now.get(pointer);
    if (!nowTexts.has(ownText(node)) && !(there && !oldTexts.has(ownText(there.node)))) push(pointer, node, evidence, "removed");
  }
  return out;
}

function changedNotes(key: string, collection: CollectionName, before: unknown, after: unknown): NoteChange[] {
  const old = new Map(before === undefined ? [] : notesOf(collection, before).map((n) => [n.pointer, n.note]));
  const oldTexts = new Set(old.values());
  return notesOf(collection, after).flatMap(({ note, pointer }) => {
    if (oldTexts.has(note)) return [];
    const was = old.get(pointer);
    return [{ record: key, pointer, note, ...(was === undefined ? { change: "added" as const } : { change: "rewritten" as const, before: was }) }];
  });
}

function differencesOf(dataset: Dataset): Map<string, Disagreement | Variant> {
  const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;
  const { disagreements, variants } = findDifferences(defs, collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: dataset.records[c] })));
  return new Map([...disagreements, ...variants].map((d) => [differenceKey(d), d]));
}

export function review(ref: string, before: Dataset, after: Dataset): Review {
  const old = recordsOf(before);
  const now = recordsOf(after);
  let added = [...now.keys()].filter((k) => !old.has(k));
  let removed = [...old.keys()].filter((k) => !now.has(k));
  const renamed: Review["renamed"] = [];
  for (const from of removed) {
    const { collection, record } = old.get(from)!;
    const to = added.find((k) => now.get(k)!.collection === collection && withoutId(now.get(k)!.record) === withoutId(record));
    if (to) renamed.push({ from, to });
  }
  added = added.filter((k) => !renamed.some((r) => r.to === k));
  removed = removed.filter((k) => !renamed.some((r) => r.from === k));

  const values: ValueChange[] = [];
  const notes: NoteChange[] = [];
  const suggested: Review["suggested"] = [];
  for (const [key, { collection, record }] of now) {
    const was = old.get(renamed.find((r) => r.to === key)?.from ?? key)?.record;
    values.push(...changedValues(key, collection, was, record));
    notes.push(...changedNotes(key, collection, was, record));
    walkObjects(record, (node, pointer) => {
      if (Array.isArray(node.evidence)) (node.evidence as Record<string, unknown>[]).forEach((e, i) => e?.suggested === true && suggested.push({ record: key, pointer: `${pointer}/evidence/${i}`, evidence: cited(e) }));
    });
  }
  const readings = values.filter((v) => v.change !== "removed" && (v.certainty !== undefined && v.certainty !== "stated") || (v.derivation !== undefined && v.derivation !== "stated"));

  const beforeDiffs = differencesOf(before);
  const afterDiffs = differencesOf(after);
  const differences: DifferenceChange[] = [
    ...[...afterDiffs].filter(([k]) => !beforeDiffs.has(k)).map(([key, difference]) => ({ change: "appears" as const, key, difference })),
    ...[...beforeDiffs].filter(([k]) => !afterDiffs.has(k)).map(([key, difference]) => ({ change: "disappears" as const, key, difference })),
  ];
  return { ref, added, removed, renamed, values, readings, notes, differences, suggested };
}

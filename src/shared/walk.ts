// Walks a record, valid or not: every object with its JSON pointer and the evidence that covers it.
// Only well-shaped evidence ({ article, quote } strings) counts, so a record with schema errors still
// has every part that is shaped right traced.
import { escapePointerSegment } from "./pointer.js";
import type { Evidence } from "../generated/schema/types.js";

type JsonObject = Record<string, unknown>;

/**
 * Calls `visit` for every object in the record, depth first, with the evidence list of the nearest
 * object (itself or an ancestor) that has one: the passages its verbatim strings must occur in.
 */
export function walkObjects(
  value: unknown,
  visit: (node: JsonObject, pointer: string, evidence: readonly Evidence[] | undefined) => void,
  pointer = "",
  inherited: readonly Evidence[] | undefined = undefined,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === "object") walkObjects(item, visit, `${pointer}/${i}`, inherited);
    }
    return;
  }
  if (value === null || typeof value !== "object") return;
  const node = value as JsonObject;
  const evidence = Array.isArray(node.evidence) ? (node.evidence as unknown[]).filter(isEvidence) : inherited;
  visit(node, pointer, evidence);
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue;
    const child = node[key];
    if (child !== null && typeof child === "object") walkObjects(child, visit, `${pointer}/${escapePointerSegment(key)}`, evidence);
  }
}

/** Whether a value is shaped like evidence: an object with a string `article` and a non-empty string `quote` (the schema reports an empty one). */
export function isEvidence(value: unknown): value is Evidence {
  const e = value as Partial<Evidence> | null;
  return typeof e === "object" && e !== null && typeof e.article === "string" && typeof e.quote === "string" && e.quote !== "";
}

/** A verbatim `asStated` string with the evidence it must occur in. */
export interface StatedAt {
  asStated: string;
  pointer: string;
  evidence: readonly Evidence[] | undefined;
}

/** An object of a record, as `walkObjects` visits it. */
export interface WalkedObject {
  node: JsonObject;
  pointer: string;
  evidence: readonly Evidence[] | undefined;
}

interface TraceIndex {
  evidence: { evidence: Evidence; pointer: string }[];
  stated: StatedAt[];
}

// The rules ask for one record's walk several times in a row, then never again: remembering the last
// one is enough, and unlike a WeakMap of every record it keeps nothing alive once the check moves on.
let lastWalked: unknown;
let lastObjects: WalkedObject[] | undefined;
let lastRecord: unknown;
let lastIndex: TraceIndex | undefined;

/** Every object of a record with its pointer and evidence, as walkObjects visits them: the rules that look at every object share one walk. */
export function objectsOf(record: unknown): readonly WalkedObject[] {
  if (lastObjects && lastWalked === record) return lastObjects;
  const objects: WalkedObject[] = [];
  walkObjects(record, (node, pointer, evidence) => void objects.push({ node, pointer, evidence }));
  [lastWalked, lastObjects] = [record, objects];
  return objects;
}

/** One walk per record collects what every trace rule needs; the rules share it. */
export function traceIndex(record: unknown): TraceIndex {
  if (lastIndex && lastRecord === record) return lastIndex;
  const found: TraceIndex = { evidence: [], stated: [] };
  for (const { node, pointer, evidence } of objectsOf(record)) {
    if (Array.isArray(node.evidence)) {
      (node.evidence as unknown[]).forEach((e, i) => {
        if (isEvidence(e)) found.evidence.push({ evidence: e, pointer: `${pointer}/evidence/${i}` });
      });
    }
    if (typeof node.asStated === "string") found.stated.push({ asStated: node.asStated, pointer: `${pointer}/asStated`, evidence });
  }
  [lastRecord, lastIndex] = [record, found];
  return found;
}

/** Every evidence item of a record, with its pointer. */
export function allEvidence(record: unknown): { evidence: Evidence; pointer: string }[] {
  return traceIndex(record).evidence;
}

// Walks a schema-valid record: every object with its JSON pointer and the evidence that covers it.
import { escapePointerSegment } from "./check/json-positions.js";
import type { Evidence } from "./generated/types.js";

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
    value.forEach((item, i) => walkObjects(item, visit, `${pointer}/${i}`, inherited));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const node = value as JsonObject;
  const evidence = Array.isArray(node.evidence) ? (node.evidence as Evidence[]) : inherited;
  visit(node, pointer, evidence);
  for (const [key, child] of Object.entries(node)) {
    if (child !== null && typeof child === "object") walkObjects(child, visit, `${pointer}/${escapePointerSegment(key)}`, evidence);
  }
}

/** Every evidence item of a record, with its pointer. */
export function allEvidence(record: unknown): { evidence: Evidence; pointer: string }[] {
  const out: { evidence: Evidence; pointer: string }[] = [];
  walkObjects(record, (node, pointer) => {
    if (Array.isArray(node.evidence)) {
      (node.evidence as Evidence[]).forEach((evidence, i) => out.push({ evidence, pointer: `${pointer}/evidence/${i}` }));
    }
  });
  return out;
}

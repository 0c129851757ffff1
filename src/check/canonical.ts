// The one canonical formatting of a record file: keys in the order the schema declares them,
// two-space indent, a final newline. `fix` writes it; the canonical-format rule expects it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CollectionName } from "../shared/collections.js";
import type { RecordFile } from "../dataset/record-file.js";
import { deref, recordSchema, type SchemaNode } from "../shared/schema-lookup.js";

function orderKeys(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) {
    const items = deref(schema)?.items;
    return value.map((item) => orderKeys(item, items));
  }
  if (value === null || typeof value !== "object") return value;
  const properties = deref(schema)?.properties ?? {};
  const out: Record<string, unknown> = {};
  const put = (key: string) => {
    const child = orderKeys((value as Record<string, unknown>)[key], properties[key]);
    // "__proto__" must stay an ordinary key, as JSON.parse made it.
    if (key === "__proto__") Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    else out[key] = child;
  };
  for (const key of Object.keys(properties)) if (Object.hasOwn(value, key)) put(key);
  // Keys the schema does not know keep their place after the known ones (the schema rule reports them).
  for (const key of Object.keys(value)) if (!Object.hasOwn(properties, key)) put(key);
  return out;
}

export function canonicalText(collection: CollectionName, value: unknown): string {
  return JSON.stringify(orderKeys(value, recordSchema(collection)), null, 2) + "\n";
}

/** Writes a record into its file of a data directory in canonical formatting: what `fix` and `suggest --write` write. */
export function writeCanonical(dir: string, collection: CollectionName, name: string, value: unknown): void {
  writeFileSync(join(dir, collection, `${name}.json`), canonicalText(collection, value));
}

/** Whether every object's keys come in schema order (unknown keys after the known ones). */
function keysInOrder(value: unknown, schema: SchemaNode | undefined): boolean {
  if (Array.isArray(value)) {
    const items = deref(schema)?.items;
    for (const item of value) if (!keysInOrder(item, items)) return false;
    return true;
  }
  if (value === null || typeof value !== "object") return true;
  const properties = deref(schema)?.properties;
  if (!properties) return true;
  let last = -1;
  let order: Map<string, number> | undefined = propertyOrder.get(properties);
  if (!order) propertyOrder.set(properties, (order = new Map(Object.keys(properties).map((k, i) => [k, i]))));
  for (const key of Object.keys(value)) {
    const at = order.get(key) ?? Number.MAX_SAFE_INTEGER;
    if (at < last) return false;
    last = at;
    if (!keysInOrder((value as Record<string, unknown>)[key], properties[key])) return false;
  }
  return true;
}

const propertyOrder = new WeakMap<object, Map<string, number>>();

/**
 * Whether a text is exactly the canonical formatting of its parsed value. Cheap path: native
 * JSON.stringify and a walk that checks key order, instead of building a reordered copy. A value nested
 * too deeply to stringify is simply not canonical (the readable-json rule names the depth).
 */
export function isCanonicalText(collection: CollectionName, value: unknown, text: string): boolean {
  try {
    // As `=== text` with the newline appended, without copying either: `startsWith` compared unit by unit
    // and cost more than JSON.stringify; a slice is a view, and `===` compares it natively.
    const formatted = JSON.stringify(value, null, 2);
    return text.length === formatted.length + 1 && text.endsWith("\n") && text.slice(0, -1) === formatted && keysInOrder(value, recordSchema(collection));
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

// Two rules (and fix) ask about the same record one after the other, then never again: the last answer is
// enough, and unlike a WeakMap entry per record it leaves the garbage collector nothing to clear.
let last: { record: RecordFile; canonical: boolean } | undefined;

/** Whether a record file is in canonical formatting (decided once per record: two rules and fix ask). */
export function isCanonical(record: RecordFile): boolean {
  if (last?.record !== record) last = { record, canonical: record.problem === undefined && isCanonicalText(record.collection, record.value, record.text) };
  return last.canonical;
}

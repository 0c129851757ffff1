// The one canonical formatting of a record file: keys in the order the schema declares them,
// two-space indent, a final newline. `fix` writes it; the canonical-format rule expects it.
import type { CollectionName } from "../collections.js";
import type { RecordFile } from "./dataset.js";
import { recordSchema, resolve, type SchemaNode } from "./schema-lookup.js";

function orderKeys(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) {
    const items = resolve(schema)?.items;
    return value.map((item) => orderKeys(item, items));
  }
  if (value === null || typeof value !== "object") return value;
  const properties = resolve(schema)?.properties ?? {};
  const out: Record<string, unknown> = {};
  const put = (key: string) => Object.defineProperty(out, key, { value: orderKeys((value as Record<string, unknown>)[key], properties[key]), enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(properties)) if (Object.hasOwn(value, key)) put(key);
  // Keys the schema does not know keep their place after the known ones (the schema rule reports them).
  for (const key of Object.keys(value)) if (!Object.hasOwn(properties, key)) put(key);
  return out;
}

export function canonicalText(collection: CollectionName, value: unknown): string {
  return JSON.stringify(orderKeys(value, recordSchema(collection)), null, 2) + "\n";
}

const canonical = new WeakMap<RecordFile, boolean>();

/** Whether a parsed record file's text is exactly its canonical formatting (computed once per file). */
export function isCanonical(record: RecordFile): boolean {
  let result = canonical.get(record);
  if (result === undefined) {
    result = record.text === canonicalText(record.collection, record.value);
    canonical.set(record, result);
  }
  return result;
}

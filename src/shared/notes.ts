// Where a record's curator notes are: the fields the schema types as a `Note` (one, or a list), found
// through the schema, not by field name, so a new note field is found without code changes.
import type { CollectionName } from "./collections.js";
import { objectsOf } from "./walk.js";
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { deref, schemaAt, type SchemaNode } from "./schema-lookup.js";

const NOTE = "#/$defs/Note";
const defs = datasetSchema.$defs as unknown as Record<string, SchemaNode>;

/** Whether a schema node is a note: it refers, through any `$ref`s, to the `Note` definition. */
function isNote(node: SchemaNode | undefined): boolean {
  for (let guard = 0; node?.$ref && guard < 32; guard++) {
    if (node.$ref === NOTE) return true;
    node = defs[node.$ref.replace("#/$defs/", "")];
  }
  return false;
}

// The note fields of each object schema, found once: notesOf looks at every object of every record.
const noteFieldsOf = new WeakMap<object, { key: string; list: boolean }[]>();

function noteFields(properties: Record<string, SchemaNode>): { key: string; list: boolean }[] {
  let fields = noteFieldsOf.get(properties);
  if (!fields) {
    fields = Object.entries(properties).flatMap<{ key: string; list: boolean }>(([key, field]) => (isNote(field) ? [{ key, list: false }] : isNote(deref(field)?.items) ? [{ key, list: true }] : []));
    noteFieldsOf.set(properties, fields);
  }
  return fields;
}

/** Every note string of a record, with its JSON pointer. */
export function notesOf(collection: CollectionName, record: unknown): { note: string; pointer: string }[] {
  const found: { note: string; pointer: string }[] = [];
  for (const { node, pointer } of objectsOf(record)) {
    const properties = schemaAt(collection, pointer)?.properties;
    for (const { key, list } of properties ? noteFields(properties) : []) {
      if (!Object.hasOwn(node, key)) continue;
      const value = node[key];
      if (!list && typeof value === "string") found.push({ note: value, pointer: `${pointer}/${key}` });
      else if (list && Array.isArray(value)) value.forEach((v, i) => typeof v === "string" && found.push({ note: v, pointer: `${pointer}/${key}/${i}` }));
    }
  }
  return found;
}

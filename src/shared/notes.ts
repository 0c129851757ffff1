// Where a record's curator notes are: the fields the schema types as a `Note` (one, or a list), found
// through the schema, not by field name, so a new note field is found without code changes.
import type { CollectionName } from "./collections.js";
import { objectsOf } from "./walk.js";
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { deref, schemaAt, type SchemaNode } from "./schema-lookup.js";

const NOTE = "#/$defs/Note";
const defs = datasetSchema.$defs as unknown as Record<string, SchemaNode>;

const noteNodes = new WeakMap<SchemaNode, boolean>();

/** Whether a schema node is a note: it refers, through any `$ref`s, to the `Note` definition (asked per key of every object: cached). */
function isNote(schema: SchemaNode | undefined): boolean {
  if (!schema) return false;
  let answer = noteNodes.get(schema);
  if (answer === undefined) {
    answer = false;
    for (let node: SchemaNode | undefined = schema, guard = 0; node?.$ref && guard < 32 && !answer; guard++) {
      answer = node.$ref === NOTE;
      node = defs[node.$ref.replace("#/$defs/", "")];
    }
    noteNodes.set(schema, answer);
  }
  return answer;
}

/** Every note string of a record, with its JSON pointer. */
export function notesOf(collection: CollectionName, record: unknown): { note: string; pointer: string }[] {
  const found: { note: string; pointer: string }[] = [];
  for (const { node, pointer } of objectsOf(record)) {
    const properties = schemaAt(collection, pointer)?.properties ?? {};
    for (const [key, value] of Object.entries(node)) {
      const field = properties[key];
      if (typeof value === "string" && isNote(field)) found.push({ note: value, pointer: `${pointer}/${key}` });
      else if (Array.isArray(value) && isNote(deref(field)?.items)) value.forEach((v, i) => typeof v === "string" && found.push({ note: v, pointer: `${pointer}/${key}/${i}` }));
    }
  }
  return found;
}

// Finds the part of the record schema that describes a value, by walking the value's JSON pointer:
// canonical key order and readable schema messages both read it.
import { datasetSchema } from "../generated/dataset-schema.js";
import { collections, type CollectionName } from "../collections.js";

export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: readonly string[];
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  items?: SchemaNode;
  anyOf?: readonly SchemaNode[];
}

const defs = datasetSchema.$defs as unknown as Record<string, SchemaNode>;

/** Follows `$ref`s, keeping the first description met: a property's own beats its definition's. */
export function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
  let s = schema;
  let description = s?.description;
  for (let guard = 0; s?.$ref && guard < 32; guard++) {
    s = defs[s.$ref.replace("#/$defs/", "")];
    description ??= s?.description;
  }
  return s && description !== s.description ? { ...s, description } : s;
}

export function recordSchema(collection: CollectionName): SchemaNode {
  return defs[collections[collection].title]!;
}

/** The schema of the value at a JSON pointer inside a record, when the schema describes it. */
export function schemaAt(collection: CollectionName, pointer: string): SchemaNode | undefined {
  let node = resolve(recordSchema(collection));
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node) return undefined;
    node = /^\d+$/.test(segment) && node.items ? resolve(node.items) : resolve(node.properties?.[segment]);
  }
  return node;
}

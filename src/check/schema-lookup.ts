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

const derefCache = new WeakMap<SchemaNode, SchemaNode | undefined>();

/** Follows `$ref`s to the node that describes the value; cached, no allocation: for hot paths. */
export function deref(schema: SchemaNode | undefined): SchemaNode | undefined {
  if (!schema?.$ref) return schema;
  let target = derefCache.get(schema);
  if (target === undefined && !derefCache.has(schema)) {
    target = schema;
    for (let guard = 0; target?.$ref && guard < 32; guard++) target = defs[target.$ref.replace("#/$defs/", "")];
    derefCache.set(schema, target);
  }
  return target;
}

/** Follows `$ref`s, keeping the first description met: a property's own beats its definition's (for messages). */
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

const titleToCollection = new Map(Object.entries(collections).map(([name, c]) => [c.title as string, name as CollectionName]));

const targetCache = new Map<string, CollectionName | undefined>();

/** The collection a schema node points into, when the node is a reference (a `$ref` to `<Title>Id`). */
export function referenceTarget(node: SchemaNode | undefined): CollectionName | undefined {
  const ref = node?.$ref;
  if (!ref) return undefined;
  if (!targetCache.has(ref)) {
    const match = /^#\/\$defs\/(\w+)Id$/.exec(ref);
    targetCache.set(ref, match ? titleToCollection.get(match[1]!) : undefined);
  }
  return targetCache.get(ref);
}

export interface Reference {
  pointer: string;
  collection: CollectionName;
  id: string;
}

/** Every reference a record makes, found through its schema: the schema, not field names, says what refers to what. */
export function referencesIn(collection: CollectionName, record: unknown): Reference[] {
  const out: Reference[] = [];
  const walk = (value: unknown, node: SchemaNode | undefined, pointer: string): void => {
    if (typeof value === "string") {
      const target = referenceTarget(node);
      if (target && pointer !== "/id") out.push({ pointer, collection: target, id: value });
      return;
    }
    const s = deref(node);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, s?.items, `${pointer}/${i}`));
    else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, s?.properties?.[key], `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  walk(record, { $ref: `#/$defs/${collections[collection].title}` }, "");
  return out;
}

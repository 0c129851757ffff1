// Finds the part of the record schema that describes a value, by walking the value's JSON pointer:
// canonical key order and readable schema messages both read it.
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { collections, type CollectionName } from "./collections.js";

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
  examples?: readonly unknown[];
  /** The expected form, from the first node met along the `$ref`s that gives `examples` (set by `resolve`). */
  form?: ExpectedForm;
}

/** A form in words (the description of the schema node that gives the examples) and its examples. */
export interface ExpectedForm {
  description: string | undefined;
  examples: readonly unknown[];
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

/**
 * Follows `$ref`s, keeping the first description met: a property's own beats its definition's (for
 * messages). The first node that gives `examples` (the property, or a definition such as `LanguageTag`)
 * is kept as `form`, so a message can say what form is expected even where the property's own
 * description only says what the value means.
 */
export function resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
  let s = schema;
  let description = s?.description;
  let form: ExpectedForm | undefined = s?.examples ? { description: s.description, examples: s.examples } : undefined;
  for (let guard = 0; s?.$ref && guard < 32; guard++) {
    s = defs[s.$ref.replace("#/$defs/", "")];
    description ??= s?.description;
    if (!form && s?.examples) form = { description: s.description, examples: s.examples };
  }
  if (!s) return s;
  return description !== s.description || form ? { ...s, description, form } : s;
}

export function recordSchema(collection: CollectionName): SchemaNode {
  return defs[collections[collection].title]!;
}

// notesOf asks for the schema at every object of every record: the same few hundred pointers, over and
// over, once list indexes are set aside (every item of a list has the same schema; no schema here names a
// property with digits). Cleared when full, so that it never grows without bound.
const schemaAtCache = new Map<string, SchemaNode | undefined>();
// Before that, the pointer as given, by collection: most lookups end here, with no key to build.
const byPointer = new Map<CollectionName, Map<string, SchemaNode | undefined>>();

/** The schema of the value at a JSON pointer inside a record, when the schema describes it. */
export function schemaAt(collection: CollectionName, pointer: string): SchemaNode | undefined {
  let seen = byPointer.get(collection);
  if (!seen) byPointer.set(collection, (seen = new Map()));
  const known = seen.get(pointer);
  if (known !== undefined || seen.has(pointer)) return known;
  if (seen.size >= 10_000) seen.clear();
  const node = schemaAtNormalized(collection, pointer);
  seen.set(pointer, node);
  return node;
}

function schemaAtNormalized(collection: CollectionName, pointer: string): SchemaNode | undefined {
  const key = `${collection}${pointer.replace(/\/\d+(?=\/|$)/g, "/#")}`;
  if (schemaAtCache.has(key)) return schemaAtCache.get(key);
  let node = resolve(recordSchema(collection));
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node) break;
    node = /^\d+$/.test(segment) && node.items ? resolve(node.items) : resolve(node.properties?.[segment]);
  }
  if (schemaAtCache.size >= 10_000) schemaAtCache.clear();
  schemaAtCache.set(key, node);
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

/** A path through a record to a reference: property names, with "*" for every item of an array. */
type ReferencePath = { steps: string[]; collection: CollectionName };

const pathCache = new Map<CollectionName, ReferencePath[]>();

/** Every path at which the collection's schema allows a reference, computed once from the schema. */
export function referencePaths(collection: CollectionName): ReferencePath[] {
  let paths = pathCache.get(collection);
  if (paths) return paths;
  paths = [];
  const visit = (node: SchemaNode | undefined, steps: string[], depth: number): void => {
    if (depth > 12) return; // the schemas nest about seven levels; no recursion in them
    const target = referenceTarget(node);
    if (target) {
      if (steps.join("/") !== "id") paths!.push({ steps, collection: target });
      return;
    }
    const s = deref(node);
    if (s?.items) visit(s.items, [...steps, "*"], depth + 1);
    for (const [key, child] of Object.entries(s?.properties ?? {})) visit(child, [...steps, key], depth + 1);
  };
  visit({ $ref: `#/$defs/${collections[collection].title}` }, [], 0);
  pathCache.set(collection, paths);
  return paths;
}

/** The reference paths of a collection merged into a tree, so shared prefixes are walked once per record. */
interface PathTree {
  /** Set where a reference ends: the collection it points into. */
  target?: CollectionName;
  /** Children by property name; "*" for every item of an array. */
  next: Map<string, PathTree>;
}

const treeCache = new Map<CollectionName, PathTree>();

function pathTree(collection: CollectionName): PathTree {
  let tree = treeCache.get(collection);
  if (tree) return tree;
  tree = { next: new Map() };
  for (const { steps, collection: target } of referencePaths(collection)) {
    let node = tree;
    for (const step of steps) {
      let child = node.next.get(step);
      if (!child) node.next.set(step, (child = { next: new Map() }));
      node = child;
    }
    node.target = target;
  }
  treeCache.set(collection, tree);
  return tree;
}

/**
 * Calls `visit` for every reference a record makes, with a function that builds its JSON pointer: the
 * pointer is only built for a reference that is reported, not for the hundreds of thousands that resolve;
 * call it during `visit`, while the walk is still there.
 */
export function forEachReference(collection: CollectionName, record: unknown, visit: (target: CollectionName, id: string, pointer: () => string) => void): void {
  const path: (string | number)[] = [];
  // One function for the whole walk, not one per reference: called during `visit`, the path is the reference's.
  const pointer = () => path.map((s) => `/${s}`).join("");
  const walk = (value: unknown, node: PathTree): void => {
    if (node.target && typeof value === "string") visit(node.target, value, pointer);
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      const items = node.next.get("*");
      if (!items) return;
      for (let k = 0; k < value.length; k++) {
        path.push(k);
        walk(value[k], items);
        path.pop();
      }
      return;
    }
    for (const [step, child] of node.next) {
      if (step === "*" || !Object.hasOwn(value, step)) continue;
      path.push(step);
      walk((value as Record<string, unknown>)[step], child);
      path.pop();
    }
  };
  walk(record, pathTree(collection));
}

/**
 * Every reference a record makes. The schema, not field names, says what refers to what: references are
 * found along the paths the schema allows them at, so a field can be named for its meaning (`speakers`).
 */
export function referencesIn(collection: CollectionName, record: unknown): Reference[] {
  const out: Reference[] = [];
  forEachReference(collection, record, (target, id, pointer) => out.push({ pointer: pointer(), collection: target, id }));
  return out;
}

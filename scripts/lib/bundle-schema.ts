// Bundles schema/*.schema.json into one schema with local `#/$defs/...` refs only.
// json-schema-to-typescript then emits each shared definition once, and z.fromJSONSchema
// (which accepts only local refs) can read it.
import { collections, type CollectionName } from "../../src/shared/collections.js";
import { type JsonSchema, readSchemaFiles } from "./schema-files.js";
import { rewriteObjects } from "../../src/shared/schema-rewrite.js";

const DEFS_FILE = "defs.schema.json";
const BASE = "https://iran-cuba-relations.invalid/schema/";

const rewriteRefs = (node: unknown, fileToDef: Map<string, string>) =>
  rewriteObjects(node, (object) => {
    if (typeof object.$ref !== "string") return object;
    const [file, fragment = ""] = object.$ref.split("#");
    if (file === "" || file === DEFS_FILE) object.$ref = `#${fragment}`;
    else if (fileToDef.has(file!) && fragment === "") object.$ref = `#/$defs/${fileToDef.get(file!)}`;
    else throw new Error(`unsupported $ref ${object.$ref}: refs must be relative to schema/`);
    return object;
  });

export function bundleSchemas(): JsonSchema {
  const files = readSchemaFiles();
  const defsFile = files.get(DEFS_FILE);
  if (!defsFile) throw new Error(`schema/${DEFS_FILE} is missing`);
  const fileToDef = new Map<string, string>();
  for (const { schema: file, title } of Object.values(collections)) {
    const schema = files.get(file);
    if (!schema) throw new Error(`schema/${file} is missing`);
    if (schema.title !== title) throw new Error(`schema/${file} must have the title "${title}"`);
    fileToDef.set(file, title);
  }
  const defs: JsonSchema = { ...(rewriteRefs(defsFile.$defs, fileToDef) as JsonSchema) };
  const properties: JsonSchema = {};
  for (const [collection, { schema: file, title }] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const { $schema: _schema, $id: _id, ...rest } = files.get(file)!;
    defs[title] = rewriteRefs(rest, fileToDef);
    properties[collection] = {
    description: `Every record of data/${collection}/.`,
    type: "array",
      items: { $ref: `#/$defs/${title}` },
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${BASE}dataset.schema.json`,
    title: "Dataset",
    description: "The whole dataset: every collection's records. Bundled from schema/*.schema.json.",
    type: "object",
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
    $defs: defs,
  };
}

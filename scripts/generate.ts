// `npm run generate`: writes the code derived from schema/ and data/, never committed (.gitignore):
//   src/generated/schema/   from schema/ alone, what the checker needs (so `npm run check` works on any data):
//     types.ts           record types (json-schema-to-typescript), each shared definition once
//     validators.cjs     ajv standalone validators, bundled into the build (no ajv at run time)
//     dataset-schema.ts  the bundled schema (local refs only), for key order and zod
//     validate.ts        typed validators for consumers
//   src/generated/records/  from data/, what the accessors ship:
//     ids.ts             id lists and unions (`PersonId = "ebrahim-raisi" | ...`)
//     <collection>.json + .cjs + .d.cts   the records with evidence positions, shared by ESM and CJS
//     collections/<collection>.ts        typed accessors
// `generate schema` writes only the first folder: `npm run check` runs it first (precheck).
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compile } from "json-schema-to-typescript";
import standaloneCode from "ajv/dist/standalone/index.js";
import { schemaAjv } from "./lib/ajv.js";
import { linearUniqueItems } from "./lib/unique-items.js";
import { bundleSchemas } from "./lib/bundle-schema.js";
import { readSchemaFiles, type JsonSchema } from "./lib/schema-files.js";
import { writeArtefacts, type Artefact } from "./lib/artefacts.js";
import { withPositions } from "./lib/positions.js";
import { deeplyReadonly } from "./lib/readonly-types.js";
import { collections, collectionNames, type CollectionName } from "../src/shared/collections.js";
import { onlyRequiredAlternatives, rewriteObjects } from "../src/shared/schema-rewrite.js";
import { readDataset } from "../src/dataset/read.js";
import { exitOnDataError } from "./lib/data-errors.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const GENERATOR = "scripts/generate.ts (npm run generate)";
const idTypeName = (c: CollectionName) => `${collections[c].title}Id`;
/** The evidence property the build writes (withPositions) into every evidence item the package ships. */
const SHIPPED_POSITION = "position";

/** Shapes the bundle for json-schema-to-typescript only; the published schema is untouched. */
const prepareForTypes = (bundle: JsonSchema) =>
  rewriteObjects(bundle, (node) => {
    // anyOf of bare `required` lists is a validation constraint, not a type; left in, it becomes an index signature.
    if (onlyRequiredAlternatives(node.anyOf)) delete node.anyOf;
    // `$ref` beside a description would become a new named copy of the type; allOf keeps the name and the doc.
    if (typeof node.$ref !== "string" || Object.keys(node).length === 1) return node;
    const { $ref, ...rest } = node;
    return { ...rest, allOf: [{ $ref }] };
  }) as JsonSchema;

/**
 * The record types of the package: the schema's, deeply read-only (the records are shared by every importer),
 * ids typed by the data, and evidence with the `position` the build writes into every shipped item.
 */
async function generateTypes(bundle: JsonSchema): Promise<string> {
  const schema = prepareForTypes(bundle);
  const defs = schema.$defs as Record<string, JsonSchema>;
  for (const c of collectionNames) {
    // Ids are typed by the data: a misspelled id literal is a compile error.
    defs[idTypeName(c)] = { ...defs[idTypeName(c)], tsType: `Ids.${idTypeName(c)}` };
  }
  // data/ never holds a position (the quote-placement rule refuses one); recordArtefacts adds it to every
  // evidence item the package ships (withPositions), so the shipped type has it, not as optional.
  const evidence = defs.Evidence as { required: string[]; properties: Record<string, unknown> };
  if (!evidence.properties[SHIPPED_POSITION]) throw new Error(`generate: the Evidence schema has no ${SHIPPED_POSITION} property for the build to fill`);
  evidence.required = [...evidence.required, SHIPPED_POSITION];
  const types = await compile(schema as never, "Dataset", {
    bannerComment: `import type * as Ids from "../records/ids.js";`,
    additionalProperties: false,
    ignoreMinAndMaxItems: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    format: true,
  });
  return deeplyReadonly(types);
}

function generateValidators(): string {
  const ajv = schemaAjv({ code: { source: true, lines: true } }, [linearUniqueItems]);
  const files = readSchemaFiles();
  const exportsMap = Object.fromEntries(collectionNames.map((c) => [c, files.get(collections[c].schema)!.$id as string]));
  return `${standaloneCode.default(ajv, exportsMap)}\n`;
}

function generateValidatorTypes(): string {
  let out = `/** An error as ajv reports it. */\nexport interface ValidationError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, unknown>;\n  message?: string;\n}\n`;
  out += `/** A compiled validator: true when the value is a valid record; errors are then on \`.errors\`. */\nexport interface ValidateFunction {\n  (data: unknown): boolean;\n  errors?: ValidationError[] | null;\n}\n`;
  for (const c of collectionNames) out += `/** Validates one record of data/${c}/ against schema/${collections[c].schema}. */\nexport declare const ${c}: ValidateFunction;\n`;
  return out;
}

/** Typed validators for consumers: `validatePerson(x)` → `{ valid: true, value }` or readable errors. */
function generateValidate(): string {
  let out = `import type { ${collectionNames.map((c) => collections[c].title).join(", ")} } from "./types.js";\nimport { validate, type SourceRecord, type ValidationResult } from "../../validate-core.js";\n\nexport type { SourceRecord, ValidationResult, ValidationIssue } from "../../validate-core.js";\n`;
  for (const c of collectionNames) {
    const T = collections[c].title;
    // A valid record of data/ has no evidence positions (the build adds them): the result says so.
    out += `\n/**\n * Validates a value as a ${collections[c].singular} record against schema/${collections[c].schema}.\n * @example validate${T}(JSON.parse(text)).valid\n */\nexport function validate${T}(value: unknown): ValidationResult<SourceRecord<${T}>> {\n  return validate("${c}", value) as ValidationResult<SourceRecord<${T}>>;\n}\n`;
  }
  return out;
}

/** One small module per collection: its records, typed, and O(1) lookups. Also an entry point of its own. */
function generateAccessors(): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of collectionNames) {
    const { singular, title: T } = collections[c];
    files.set(
      `collections/${c}.ts`,
      `import records from "../${c}.cjs";
import type { ${T}, ${T}Id } from "../../schema/types.js";
import { lookup } from "../../../lookup.js";
import { deepFreeze } from "../../../freeze.js";

export type { ${T}, ${T}Id } from "../../schema/types.js";
export { ${singular}Ids } from "../ids.js";

/** Every ${singular} record of the dataset, sorted by id. Shared by every importer, so frozen all the way down. */
export const ${c}: readonly ${T}[] = deepFreeze(records as ${T}[]);

const index = lookup<${T}, ${T}Id>(${c}, "${singular}");

/**
 * The ${singular} with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 * @example get${T}(${singular}Ids[0])
 */
export const get${T}: (id: ${T}Id) => ${T} = index.get;

/**
 * The ${singular} with this id, or undefined: for ids read from user input or other untyped sources.
 * @example find${T}("no-such-id") // undefined
 */
export const find${T}: (id: string) => ${T} | undefined = index.find;
`,
    );
  }
  return files;
}

/** Every id of each collection, as a list and as a union type: a misspelled id literal is a compile error. */
function generateIds(records: Record<CollectionName, { id: string }[]>): string {
  let out = "";
  for (const c of collectionNames) {
    out += `\n/** Every id of data/${c}/. */\nexport const ${collections[c].singular}Ids = ${JSON.stringify(records[c].map((r) => r.id), null, 2)} as const;\n`;
    out += `/** The id of a record in data/${c}/. */\nexport type ${idTypeName(c)} = (typeof ${collections[c].singular}Ids)[number];\n`;
  }
  return out;
}

async function schemaArtefacts(): Promise<Artefact[]> {
  const bundle = bundleSchemas();
  return [
    { path: "types.ts", content: await generateTypes(bundle) },
    { path: "validators.cjs", content: generateValidators() },
    { path: "validators.d.cts", content: generateValidatorTypes() },
    { path: "dataset-schema.ts", content: `export const datasetSchema = ${JSON.stringify(bundle, null, 2)} as const;\n` },
    { path: "validate.ts", content: generateValidate() },
  ];
}

function* recordArtefacts(dir: string): Generator<Artefact> {
  const { records, seeds } = readDataset(dir, root);
  yield { path: "ids.ts", content: generateIds(records) };
  for (const c of collectionNames) {
    // Each evidence item ships with its position in the seed, so a consumer can highlight the passage.
    const shipped = records[c].map((r) => withPositions(r, seeds, `data/${c}/${r.id}.json`));
    yield { path: `${c}.json`, content: JSON.stringify({ records: shipped }) + "\n" };
    yield { path: `${c}.cjs`, content: `"use strict";\n// Shared by the ESM and CJS builds, so the records ship once.\nmodule.exports = require("./${c}.json").records;\n` };
    yield { path: `${c}.d.cts`, content: `declare const records: readonly unknown[];\nexport = records;\n` };
  }
  for (const [path, content] of generateAccessors()) yield { path, content };
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { data: { type: "string", default: join(root, "data") } } });
  const what = positionals[0] ?? "all";
  if (!["all", "schema"].includes(what)) {
    console.error("usage: tsx scripts/generate.ts [schema] [--data DIR]");
    return 2;
  }
  writeArtefacts(join(root, "src/generated/schema"), GENERATOR, await schemaArtefacts());
  if (what === "schema") return 0;
  return exitOnDataError(() => writeArtefacts(join(root, "src/generated/records"), GENERATOR, recordArtefacts(values.data!)));
}

process.exitCode = await main();

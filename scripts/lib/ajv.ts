// The one way the repository compiles schema/ with ajv: strict, with the schemas' annotation keywords declared.
import { Ajv2020, type Options } from "ajv/dist/2020.js";
import type { CodeKeywordDefinition, KeywordDefinition } from "ajv";
import { perSourceKeyword } from "../../src/shared/per-source.js";
import { nameFormsKeyword } from "../../src/shared/name-forms.js";
import { readSchemaFiles } from "./schema-files.js";

/**
 * Keywords the schemas use that no JSON Schema vocabulary defines. They annotate and validate nothing, but a
 * strict validator refuses unknown keywords, so every strict ajv declares them (ajv-cli: scripts/bench/ajv-keywords.cjs).
 */
export const annotationKeywords: KeywordDefinition[] = [
  { keyword: perSourceKeyword, schemaType: "object" },
  { keyword: nameFormsKeyword, schemaType: ["boolean", "string"] },
];

/**
 * Ajv with every schema file added. strictRequired is off: `anyOf: [{ required: [...] }]` names properties
 * declared beside it. `replacing`: keywords of ajv's own to swap for these definitions (the generated
 * validators' linear uniqueItems); the default is ajv as it comes, the independent reference for tests.
 */
export function schemaAjv(options: Options = {}, replacing: readonly CodeKeywordDefinition[] = []): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, ...options });
  for (const definition of replacing) ajv.removeKeyword(definition.keyword as string).addKeyword(definition);
  for (const keyword of annotationKeywords) ajv.addKeyword(keyword);
  for (const schema of readSchemaFiles().values()) ajv.addSchema(schema);
  return ajv;
}

// The schema files, read once and bundled: the generator, the zod derivation and the docs all start here.
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const schemaDir = fileURLToPath(new URL("../../schema/", import.meta.url));

export type JsonSchema = { [key: string]: unknown };

export function readSchemaFiles(): Map<string, JsonSchema> {
  const files = new Map<string, JsonSchema>();
  for (const name of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
    files.set(name, JSON.parse(readFileSync(join(schemaDir, name), "utf8")) as JsonSchema);
  }
  return files;
}

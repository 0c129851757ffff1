// zod users' way: safeParse every record file with the schemas derived from the JSON Schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as zod from "../../src/zod.js";
import { collections, type CollectionName } from "../../src/shared/collections.js";

const dir = process.argv[2]!;
let invalid = 0;
for (const c of Object.keys(collections) as CollectionName[]) {
  const schema = (zod as unknown as Record<string, { safeParse(v: unknown): { success: boolean } }>)[`${collections[c].singular}Schema`]!;
  for (const file of readdirSync(join(dir, c))) if (!schema.safeParse(JSON.parse(readFileSync(join(dir, c, file), "utf8"))).success) invalid++;
}
if (invalid) throw new Error(`${invalid} records failed zod`);

// Reads the record files of data/ the way the generator needs them: by file name, parsed.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { collections, type CollectionName } from "../../src/shared/collections.js";

export const dataDir = new URL("../../data/", import.meta.url).pathname;

export interface RecordFile {
  id: string;
  value: unknown;
}

export function readCollection(name: CollectionName, root: string = dataDir): RecordFile[] {
  const dir = join(root, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ id: f.slice(0, -".json".length), file: f }))
    // By id, not by file name: "cuba" comes before "cuba-island", though "cuba.json" sorts after "cuba-island.json".
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, file }) => ({ id, value: JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown }));
}

export { collections, type CollectionName };

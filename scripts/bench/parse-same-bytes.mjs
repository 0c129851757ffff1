// JSON.parse of exactly the bytes the package loads: the floor for import.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let total = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) total += JSON.parse(readFileSync(join(dir, file), "utf8")).records.length;
if (total === 0) throw new Error("empty");

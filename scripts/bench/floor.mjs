// The floor: read and JSON.parse every record file once, nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let n = 0;
for (const collection of readdirSync(dir)) {
  if (collection === "seeds") continue;
  for (const file of readdirSync(join(dir, collection))) {
    JSON.parse(readFileSync(join(dir, collection, file), "utf8"));
    n++;
  }
}
if (n === 0) throw new Error("no records");

// The floor of any incremental check that must notice an edit to any file (without a file-system
// watcher): list every record folder and lstat every record file, nothing read. `--cache` does this and
// more; `--changed` has git do the lstat (refreshing its index) while it lists.
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let n = 0;
for (const collection of readdirSync(dir)) {
  if (collection === "seeds" || collection === ".git") continue;
  for (const file of readdirSync(join(dir, collection))) {
    if (lstatSync(join(dir, collection, file)).size >= 0) n++;
  }
}
if (n === 0) throw new Error("no records");

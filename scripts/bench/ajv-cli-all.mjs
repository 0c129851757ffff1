// What a contributor would otherwise run: ajv-cli validating every collection's files against its schema
// (schema only: no integrity, no trace). One ajv-cli process per collection, run one after another.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, ...refs] = process.argv.slice(2);
const root = new URL("../../", import.meta.url).pathname;
const schemas = { articles: "article", people: "person", organizations: "organization", agreements: "agreement", places: "place", quotes: "quote", events: "event" };
// Peak memory is that of the largest ajv-cli process: each reports its own, as the runner's preload does.
let peak = 0;
const childReport = `${process.env.ICR_RSS_FILE}.child`;
process.on("exit", () => {
  if (process.env.ICR_RSS_FILE) writeFileSync(process.env.ICR_RSS_FILE, String(Math.max(peak, process.resourceUsage().maxRSS)));
});
for (const [collection, schema] of Object.entries(schemas)) {
  if (readdirSync(join(dir, collection)).length === 0) continue;
  const run = spawnSync(process.execPath, ["--require", new URL("./peak-rss.cjs", import.meta.url).pathname, join(root, "node_modules/ajv-cli/dist/index.js"), "validate", "--spec=draft2020", "--strict=true", "--strict-required=false", "--all-errors", "-c", join(root, "scripts/bench/ajv-keywords.cjs"), "-s", join(root, `schema/${schema}.schema.json`), ...refs, "-d", join(dir, collection, "*.json")], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ICR_RSS_FILE: childReport } });
  if (run.status !== 0) throw new Error(`ajv-cli failed on ${collection}: ${run.stderr.slice(0, 500)}`);
  peak = Math.max(peak, Number(readFileSync(childReport, "utf8")));
  rmSync(childReport, { force: true });
}

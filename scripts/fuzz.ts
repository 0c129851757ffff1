// Long fuzz campaigns: `npm run fuzz -- --runs N --seed S`. Runs N value mutants through the validators
// and N record-file mutants through the checker (batched, 40 files per data copy), with the CLI on every
// tenth copy; prints each broken property with the seed that replays it and the mutant saved to a file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkerNamesMutants, cliProperties, mutatedCopy, validatorsAgree, type Failure } from "../test/fuzz/properties.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "1000" }, seed: { type: "string", default: String(Date.now() % 2 ** 31) }, "no-cli": { type: "boolean", default: false } } });
const runs = Number(values.runs), seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S] [--no-cli]");
  process.exit(2);
}
const started = Date.now();
const failures: Failure[] = [];
failures.push(...validatorsAgree(seed, runs).failures);
const perCopy = 40;
let copies = 0;
for (let s = seed; s < seed + runs; s += perCopy, copies++) {
  const campaign = mutatedCopy(s, perCopy);
  failures.push(...checkerNamesMutants(campaign));
  if (!values["no-cli"] && copies % 10 === 0) failures.push(...cliProperties(campaign, s));
  rmSync(campaign.root, { recursive: true, force: true });
}
// One reproducer per (property, first word of the detail): the smallest mutant that broke it.
const firsts = new Map<string, Failure>();
for (const f of failures) {
  const key = `${f.property} ${f.detail.split(/[ :]/)[0]}`;
  const known = firsts.get(key);
  if (!known || (f.reproducer?.length ?? 0) < (known.reproducer?.length ?? 0)) firsts.set(key, f);
}
const out = mkdtempSync(join(tmpdir(), "icr-fuzz-repro-"));
for (const [key, f] of firsts) {
  let saved = "";
  if (f.reproducer !== undefined) { saved = join(out, `${key.replace(/[^a-z0-9-]+/gi, "_")}.json`); writeFileSync(saved, Buffer.from(f.reproducer, f.property === "validators-agree" ? "utf8" : "latin1")); }
  console.log(`BROKEN ${f.property} (seed ${f.seed}; ${failures.filter((x) => `${x.property} ${x.detail.split(/[ :]/)[0]}` === key).length} times): ${f.detail}${saved ? `\n  mutant: ${saved}` : ""}`);
}
console.log(`${runs} value mutants + ${runs} file mutants in ${copies} copies (seed ${seed}), ${((Date.now() - started) / 1000).toFixed(1)} s: ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);

// Long fuzz campaigns: `npm run fuzz -- --runs N --seed S`. Runs N value mutants through the validators
// and N record-file mutants through the checker (batched, 40 files per data copy), with the CLI on every
// tenth copy; prints each broken property with the seed that replays it and the mutant saved to a file.
// Works copy by copy (the value mutants of the same seeds alongside), printing each failure when found and
// a progress line every 25 copies, so a campaign cut short still says what it ran and found.
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
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const failures: Failure[] = [];
const found = (fs: Failure[]) => {
  for (const f of fs) console.error(`failure: ${f.property} (seed ${f.seed}): ${f.detail.split("\n")[0]!.slice(0, 160)}`);
  failures.push(...fs);
};
const perCopy = 40;
let copies = 0, cliCopies = 0, valueMutants = 0, fileMutants = 0, fsMutants = 0;
for (let s = seed; s < seed + runs; s += perCopy, copies++) {
  const n = Math.min(perCopy, seed + runs - s);
  found(validatorsAgree(s, n).failures);
  valueMutants += n;
  const campaign = mutatedCopy(s, n);
  // Seeds drawing a record already mutated in this copy are skipped; the copy's file-system mutation is counted apart.
  for (const m of campaign.mutants.values()) if (m.kind.startsWith("fs:")) fsMutants++; else fileMutants++;
  found(checkerNamesMutants(campaign));
  if (!values["no-cli"] && copies % 10 === 0) { found(cliProperties(campaign, s)); cliCopies++; }
  rmSync(campaign.root, { recursive: true, force: true });
  if ((copies + 1) % 25 === 0) console.error(`progress: seeds ${seed}..${s + n - 1}: ${copies + 1} copies, ${valueMutants} value mutants, ${fileMutants} file mutants, ${failures.length} failures, ${elapsed()}`);
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
console.log(`${valueMutants} value mutants + ${fileMutants} record-file mutants and ${fsMutants} file-system mutations in ${copies} copies, the CLI on ${cliCopies} (seeds ${seed}..${seed + runs - 1}), ${elapsed()}: ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);

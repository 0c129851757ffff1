// `npm test`: the system tools the tests need, then generate, check, typecheck and build, then every tier of
// tests; it ends with the one plain line CI reads: `N passed, N failed`. Each pipeline step counts as one
// test; the rest are vitest's, read from its JSON report (under .test-results/, which git ignores).
// `npm run test:quick` (`--quick`): generate, then the check, the typecheck and the unit and rule tiers side
// by side — the loop a contributor runs while editing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const bin = (name: string) => `node_modules/.bin/${name}`;
const env = { ...process.env, NO_COLOR: "1" };
const report = ".test-results/vitest.json";

type Step = { name: string; command: string; args: string[] };

const systemTools: Step = { name: "system tools the tests need (Chromium, Python's jsonschema and pandas, R's jsonlite)", command: bin("tsx"), args: ["scripts/system-tools.ts"] };
const generate: Step = { name: "generate (src/generated/ from schema/ and data/)", command: bin("tsx"), args: ["scripts/generate.ts"] };
const check: Step = { name: "data check (schema, integrity, trace)", command: bin("tsx"), args: ["src/cli.ts", "check", "data"] };
const typecheck: Step = { name: "typecheck (tsc --noEmit, strict)", command: bin("tsc"), args: ["--noEmit"] };
const build: Step = { name: "build (tsup)", command: bin("tsup"), args: [] };

let passed = 0;
let failed = 0;
const count = (name: string, ok: boolean) => {
  if (ok) return void passed++;
  failed++;
  console.log(`FAILED: ${name}`);
};

function run(step: Step): boolean {
  console.log(`\n> ${step.name}`);
  const ok = spawnSync(step.command, step.args, { stdio: "inherit", env }).status === 0;
  count(step.name, ok);
  return ok;
}

/** vitest on the given tiers, its counts added to ours. */
function vitest(projects: string[], built: boolean): Promise<void> {
  rmSync(report, { force: true });
  mkdirSync(".test-results", { recursive: true });
  console.log(`\n> tests (vitest: ${projects.join(", ")})`);
  const args = ["run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const child = spawn(bin("vitest"), args, { stdio: "inherit", env: { ...env, ICR_BUILT: built ? "1" : "0" } });
  return new Promise((done) =>
    child.on("close", () => {
      if (!existsSync(report)) {
        count("vitest wrote no report", false);
        return done();
      }
      const results = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; success: boolean };
      passed += results.numPassedTests;
      failed += results.numFailedTests;
      // A suite that fails to load has no failed test, but is not a pass.
      if (!results.success && results.numFailedTests === 0) count("a test file failed to load", false);
      done();
    }),
  );
}

/** A step run beside others, its output held and printed when it ends. */
function beside(step: Step): () => Promise<void> {
  console.log(`\n> ${step.name} (beside the tests)`);
  const child = spawn(step.command, step.args, { stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk));
  const done = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  return async () => {
    const code = await done;
    console.log(`\n> ${step.name}\n${output}`);
    count(step.name, code === 0);
  };
}

if (values.quick) {
  run(generate);
  // The check and the typecheck run beside the tests: two cores, less wait.
  const waits = [check, typecheck].map(beside);
  // The unit and rule tiers need no build; build-once is told the build is done so it does not start one.
  await vitest(["unit", "rules"], true);
  for (const wait of waits) await wait();
} else {
  // Without the tools, the browser, interop and recipe tests cannot run: say so in the first second.
  if (!run(systemTools)) {
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  const ready = [generate, check, typecheck, build].map(run).every(Boolean);
  await vitest(["unit", "rules", "data", "e2e", "browser"], ready);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

// `npm test`: every check, then the unit tests, then one plain line CI reads: `N passed, N failed`.
// Each pipeline step counts as one test; the rest are vitest's, read from its JSON report.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: { name: string; command: string; args: string[] }[] = [
  { name: "generate (src/generated/ from schema/ and data/)", command: bin("tsx"), args: ["scripts/generate.ts"] },
  { name: "data check (schema, integrity, trace)", command: bin("tsx"), args: ["src/cli.ts", "check", "data"] },
  { name: "typecheck (tsc --noEmit, strict)", command: bin("tsc"), args: ["--noEmit"] },
  { name: "build (tsup)", command: bin("tsup"), args: [] },
];

let passed = 0;
let failed = 0;
const env = { ...process.env, NO_COLOR: "1" };
for (const step of steps) {
  console.log(`\n> ${step.name}`);
  const { status } = spawnSync(step.command, step.args, { stdio: "inherit", env });
  if (status === 0) passed++;
  else {
    failed++;
    console.log(`FAILED: ${step.name}`);
  }
}

const report = ".test-results/vitest.json";
rmSync(report, { force: true });
mkdirSync(".test-results", { recursive: true });
console.log("\n> unit tests (vitest)");
spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
  stdio: "inherit",
  env: { ...env, ICR_BUILT: failed === 0 ? "1" : "0" },
});
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number; success: boolean };
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that fails to load has no failed test, but is not a pass.
  if (!results.success && results.numFailedTests === 0) failed++;
} else {
  console.log("FAILED: vitest wrote no report");
  failed++;
}
console.log(`\npipeline steps: ${steps.length}; vitest tests and steps together:`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

// Tests of the shipped package (CLI, ESM/CJS loading) need src/generated/ and dist/. `npm test` makes
// them before vitest and says so with ICR_BUILT; a bare `vitest run` makes them here instead, so it
// never tests a stale build.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  if (process.env.ICR_BUILT === "1") return;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/generate.ts"], { stdio: "inherit" });
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js"], { stdio: "ignore" });
}

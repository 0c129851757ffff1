// Tests of the shipped package (CLI, ESM/CJS loading) need dist/. `npm test` builds before vitest and
// says so with ICR_BUILT; a bare `vitest run` builds here instead, so it never tests a stale dist/.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  if (process.env.ICR_BUILT === "1") return;
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js"], { stdio: "ignore" });
}

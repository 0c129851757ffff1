// The README's examples print what the README shows, because this writes it: each `<!-- example: name -->`
// block is run against the source accessors (so against data/ as just generated) and the ```text block
// after it is replaced by what it printed. Called by scripts/generate.ts; test/readme.test.ts runs the same
// examples against the built package.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const examplePattern = /(<!-- example: ([\w-]+) -->\n```js\n)([\s\S]*?)(```\n\n```text\n)([\s\S]*?)(```)/g;

/** The README with every example's printed output replaced by what the example prints now. */
export function readmeWithOutputs(readme: string, root: string): string {
  const dir = mkdtempSync(join(tmpdir(), "icr-readme-"));
  const entry = pathToFileURL(join(root, "src/index.ts")).href;
  try {
    return readme.replace(examplePattern, (_all, head: string, name: string, code: string, between: string, _old: string, end: string) => {
      const file = join(dir, `${name}.mts`);
      writeFileSync(file, code.replaceAll('from "iran-cuba-relations"', `from ${JSON.stringify(entry)}`));
      const printed = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
      return `${head}${code}${between}${printed}${end}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

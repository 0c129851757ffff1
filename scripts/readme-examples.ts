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
    const names: string[] = [];
    for (const [, , name, code] of readme.matchAll(examplePattern)) {
      names.push(name!);
      writeFileSync(join(dir, `${name}.mts`), code!.replaceAll('from "iran-cuba-relations"', `from ${JSON.stringify(entry)}`));
    }
    // One process runs every example in turn (a tsx start-up each made generate slow), capturing what each prints.
    writeFileSync(
      join(dir, "run.mts"),
      `import { format } from "node:util";
const printed: Record<string, string> = {};
const log = console.log;
for (const name of ${JSON.stringify(names)}) {
  printed[name] = "";
  console.log = (...args: unknown[]) => { printed[name] += format(...args) + "\\n"; };
  try { await import(new URL(\`./\${name}.mts\`, import.meta.url).href); } finally { console.log = log; }
}
process.stdout.write(JSON.stringify(printed));
`,
    );
    const printed = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(dir, "run.mts")], { cwd: root, encoding: "utf8" })) as Record<string, string>;
    return readme.replace(examplePattern, (_all, head: string, name: string, code: string, between: string, _old: string, end: string) => `${head}${code}${between}${printed[name]}${end}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    // Every example in one process (one tsx start-up, the dataset loaded once), each printing into its own buffer.
    const names: string[] = [];
    for (const [, , name, code] of readme.matchAll(examplePattern)) {
      names.push(name!);
      writeFileSync(join(dir, `${name}.mts`), code!.replaceAll('from "iran-cuba-relations"', `from ${JSON.stringify(entry)}`));
    }
    const runner = join(dir, "run.mts");
    writeFileSync(
      runner,
      `import { format } from "node:util";
const printed: Record<string, string> = {};
for (const name of ${JSON.stringify(names)}) {
  let out = "";
  const log = console.log;
  console.log = (...args: unknown[]) => { out += format(...args) + "\\n"; };
  try { await import(\`./\${name}.mts\`); } finally { console.log = log; }
  printed[name] = out;
}
process.stdout.write(JSON.stringify(printed));
`,
    );
    const printed = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", runner], { cwd: root, encoding: "utf8" })) as Record<string, string>;
    return readme.replace(examplePattern, (_all, head: string, name: string, code: string, between: string, _old: string, end: string) => `${head}${code}${between}${printed[name]}${end}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

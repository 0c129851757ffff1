// The done-when scenario, automated: in a copy of the repository, a contributor adds a new text
// with add-source, completes it, adds its evidence to an existing person, covers the outlet the text names
// (which fix then links), runs the one regenerate command (npm run generate), and every check that
// `npm test` runs over the data passes there without editing any test.
//
// What it runs in the copy: the pipeline steps of scripts/test.ts that read data/ (generated files and
// README example outputs up to date, exports up to date, the data check, site up to date), and the
// vitest files that test the real data from source (data, accessors). What it does not run there: the typecheck, the tsup build, and the tests of the built
// package (README examples against dist/, consumer, package-load, reproducible build), the fuzzer and
// the browser test: they test code, which the scenario does not change, and the build alone would take
// most of a minute. The fixture text is a test fixture: nothing of it reaches data/.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfRepository, readRecord, writeRecord } from "./helpers/data-copy.js";

const TEXT = "The Fixture Gazette reported that Raúl Castro met the visiting delegation in Havana on Thursday.\n";

/** The environment of a command run in the copy as a contributor would: not this vitest run's (ICR_BUILT: the copy builds nothing). */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "ICR_BUILT"));
  return { ...env, NO_COLOR: "1", ICR_BUILT: "1" };
}

function run(root: string, command: string, args: string[]) {
  const child = spawnSync(command, args, { cwd: root, encoding: "utf8", env: childEnv(), timeout: 240_000 });
  return { status: child.status, output: `${child.stdout}${child.stderr}` };
}

const tsx = (root: string, ...args: string[]) => run(root, join(root, "node_modules/.bin/tsx"), args);

/** The same, without waiting: independent checks run side by side. */
function runAsync(root: string, command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: childEnv(), timeout: 240_000 });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (status) => resolve({ status, output }));
  });
}

describe("a new source, end to end, in a copy of the repository", () => {
  it("add-source, evidence on an existing person, npm run generate: every data check of npm test passes", async () => {
    const root = copyOfRepository();
    const data = join(root, "data");
    writeFileSync(join(root, "fixture.txt"), TEXT);

    const added = tsx(root, "src/cli.ts", "add-source", "fixture.txt", "--id", "fixture-new-article", "--url", "https://example.com/fixture", "--outlet", "Fixture Gazette", "--published", "2023-06-16", "--retrieved", "2023-06-17");
    expect(added.status, added.output).toBe(0);
    // The skeleton is unfinished, and the text names an outlet no record covers (a warning for the reviewer).
    const skeleton = tsx(root, "src/cli.ts", "check", "data");
    expect(skeleton.status).toBe(1);
    expect(skeleton.output).toMatch(/^data\/articles\/fixture-new-article\.json:\d+:\d+: error: .*\[article-complete\]$/m);
    expect(skeleton.output).toMatch(/^data\/seeds\/[0-9a-f]{16}\.txt:1:5: warning: no record's name form covers "Fixture Gazette" \(article "fixture-new-article"\) \[coverage\]$/m);

    // The contributor's records: the outlet, the article completed, the person's new evidence.
    writeRecord(data, "organizations", "fixture-gazette", {
      id: "fixture-gazette",
      name: "Fixture Gazette",
      nameForms: ["Fixture Gazette"],
      kind: "news-outlet",
      status: "existing",
      evidence: [{ article: "fixture-new-article", quote: "The Fixture Gazette reported" }],
    });
    const article = readRecord(data, "articles", "fixture-new-article");
    article.languages[0].tag = "en";
    delete article.notes;
    writeRecord(data, "articles", "fixture-new-article", article);
    const person = readRecord(data, "people", "raul-castro");
    person.evidence.push({ article: "fixture-new-article", quote: "Raúl Castro met the visiting delegation in Havana on Thursday." });
    writeRecord(data, "people", "raul-castro", person);
    const fixed = tsx(root, "src/cli.ts", "fix", "data");
    expect(fixed.status, fixed.output).toBe(0);
    expect(fixed.output).toContain('outlet "Fixture Gazette" now linked to organization "fixture-gazette"');
    const checked = tsx(root, "src/cli.ts", "check", "data");
    expect(checked.output).toMatch(/no problems found\n$/);

    // The one regenerate command.
    const generated = run(root, "npm", ["run", "--silent", "generate"]);
    expect(generated.status, generated.output).toBe(0);

    // The steps of scripts/test.ts that read data/, and the tests of the real data, unedited, on the
    // copy's data: independent, so side by side.
    const steps = [["scripts/generate.ts", "--check"], ["scripts/export.ts", "--check"], ["src/cli.ts", "check", "data"], ["scripts/site.ts", "--check"]];
    const tests = runAsync(root, join(root, "node_modules/.bin/vitest"), ["run", "test/data.test.ts", "test/accessors.test.ts"]);
    const results = await Promise.all(steps.map((args) => runAsync(root, join(root, "node_modules/.bin/tsx"), args)));
    results.forEach((step, i) => expect(step.status, `${steps[i]!.join(" ")}\n${step.output}`).toBe(0));
    const tested = await tests;
    expect(tested.status, tested.output).toBe(0);
    expect(tested.output).toMatch(/Tests\s+\d+ passed/);
    // The supplied document metadata reaches the exports and the site.
    expect(readFileSync(join(root, "exports/csv/articles.csv"), "utf8")).toMatch(/^fixture-new-article,[0-9a-f]{16}\.txt,[0-9a-f]{64},https:\/\/example\.com\/fixture,Fixture Gazette,fixture-gazette,2023-06-16,2023-06-17,/m);
    expect(readFileSync(join(root, "site/articles/fixture-new-article/index.html"), "utf8")).toContain("https://example.com/fixture");
  }, 300_000);
});

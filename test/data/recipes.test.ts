// The pandas and R recipes of docs/recipes.md, run as a reader would run them (beside the exports/ folder of an
// unzipped release) with Debian's pandas and R: who said what, which outlet and where the words sit
// must come out as the JS accessors say, and the NDJSON line must read every quote. Never skipped: the
// tools are installed by .ci/run, and a missing one fails with the command that installs it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { people, quotes, quotesBy, variantsOf } from "../../src/index.js";
import { repoRoot } from "../helpers/data-copy.js";
import { expectedOutletName, unpackedRelease } from "../helpers/exports.js";

const readme = readFileSync(`${repoRoot}/docs/recipes.md`, "utf8");

function recipe(name: string, language: string): string {
  const code = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!code) throw new Error(`docs/recipes.md has no "<!-- recipe: ${name} -->" block of ${language}`);
  return code;
}

/** The first command that can load the module, tried in order; else an error naming what to install. */
function interpreter(candidates: string[][], install: string): string[] {
  for (const command of candidates) if (spawnSync(command[0]!, command.slice(1), { encoding: "utf8" }).status === 0) return command.slice(0, 1);
  throw new Error(`no interpreter for the recipe: ${install}`);
}

function run(command: string[], code: string): string {
  const child = spawnSync(command[0]!, [...command.slice(1), "-"], { cwd: unpackedRelease(), input: code, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return child.stdout;
}

type Said = [speaker: string, outlet: string | null, words: string, article: string, start: string, end: string];

/** What the accessors say: each report of each quote, with its speaker, outlet and the code points of the passage stating it. */
function fromAccessors(): string[] {
  const rows: Said[] = [];
  for (const person of people) {
    for (const quote of quotesBy(person)) {
      for (const { variant, article } of variantsOf(quote)) {
        const own = variant.evidence.filter((e) => e.article === article.id);
        const at = (own.find((e) => e.quote.includes(variant.asStated)) ?? own[0]!).position!;
        rows.push([person.name, expectedOutletName(article), variant.asStated, article.id, String(at.codePointStart), String(at.codePointEnd)]);
      }
    }
  }
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** The recipe's `said` rows (printed as JSON arrays, one row each) and its count of NDJSON quotes. */
function parse(output: string): { said: string[]; quotes: number } {
  const [said, count] = output.trim().split("\n");
  return { said: (JSON.parse(said!) as Said[]).map((r) => JSON.stringify(r)).sort(), quotes: Number(count) };
}

describe("the recipes for readers who do not write JavaScript", () => {
  const expected = fromAccessors();

  it("the accessors give reports to compare", () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it("pandas: who said what, which outlet and where, from the CSV tables; every quote from the NDJSON", () => {
    const python = interpreter([["/usr/bin/python3", "-c", "import pandas"], ["python3", "-c", "import pandas"]], "apt-get install python3-pandas");
    const out = parse(run(python, `${recipe("pandas", "python")}\nprint(said.to_json(orient="values", force_ascii=False))\nprint(len(quotes))\n`));
    expect(out.said).toEqual(expected);
    expect(out.quotes).toBe(quotes.length);
  });

  it("R: who said what, which outlet and where, from the CSV tables; every quote from the NDJSON", () => {
    const r = interpreter([["Rscript", "-e", "library(jsonlite)"]], "apt-get install r-base-core r-cran-jsonlite");
    const out = parse(run(r, `${recipe("r", "r")}\ncat(jsonlite::toJSON(said, dataframe = "values", na = "null"), "\\n")\ncat(nrow(quotes), "\\n")\n`));
    expect(out.said).toEqual(expected);
    expect(out.quotes).toBe(quotes.length);
  });
});

// A collection is registered once (src/shared/collections.ts); everything else that lists collections
// must follow it: the accessors and their entry points, the editor's schema map, the exports.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { collections, collectionNames } from "../../src/shared/collections.js";
import { tablesOf } from "../../scripts/export/tables.js";
import { repoRoot } from "../helpers/data-copy.js";

describe("every registered collection", () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { exports: Record<string, unknown>; typesVersions: { "*": Record<string, string[]> } };
  const vscode = JSON.parse(readFileSync(join(repoRoot, ".vscode/settings.json"), "utf8")) as { "json.schemas": { fileMatch: string[]; url: string }[] };

  it.each(collectionNames)("%s: accessors that hold every record file, an entry point, an editor schema, export tables", (c) => {
    const { title, singular, schema } = collections[c];
    const a = api as unknown as Record<string, unknown>;
    expect(a[c]).toHaveLength(readdirSync(join(repoRoot, "data", c)).length);
    for (const name of [`get${title}`, `find${title}`]) expect(typeof a[name], name).toBe("function");
    expect(a[`${singular}Ids`]).toEqual((a[c] as { id: string }[]).map((r) => r.id));
    expect(pkg.exports[`./${c}`], `package.json exports "./${c}"`).toEqual({
      import: { types: `./dist/${c}.d.ts`, default: `./dist/${c}.js` },
      require: { types: `./dist/${c}.d.cts`, default: `./dist/${c}.cjs` },
    });
    // For TypeScript's node10 resolution, which predates "exports".
    expect(pkg.typesVersions["*"][c], `package.json typesVersions "${c}"`).toEqual([`./dist/${c}.d.cts`]);
    expect(vscode["json.schemas"]).toContainEqual({ fileMatch: [`/data/${c}/*.json`], url: `./schema/${schema}` });
    expect(tablesOf(c).map((t) => t.name)).toContain(c);
  });
});

// A collection added to src/shared/collections.ts reaches every surface the generators write, with no
// other code to edit. (Moved unchanged from the former test/model-events-situations.test.ts.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, collections } from "../src/shared/collections.js";
import * as api from "../src/index.js";
import { repoRoot } from "./helpers/data-copy.js";

describe("a new collection reaches everything the generators write", () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  const vscode = JSON.parse(readFileSync(join(repoRoot, ".vscode/settings.json"), "utf8")) as { "json.schemas": { fileMatch: string[]; url: string }[] };

  it.each(collectionNames)("%s: accessors, entry point, editor schema, docs, exports and site", (c) => {
    const { title, singular, schema } = collections[c];
    const a = api as unknown as Record<string, unknown>;
    expect(a[c]).toHaveLength(readdirSync(join(repoRoot, "data", c)).length);
    for (const name of [`get${title}`, `find${title}`]) expect(typeof a[name], name).toBe("function");
    expect(a[`${singular}Ids`]).toEqual((a[c] as { id: string }[]).map((r) => r.id));
    expect(pkg.exports[`./${c}`], "package.json exports").toBeDefined();
    expect(vscode["json.schemas"]).toContainEqual({ fileMatch: [`/data/${c}/*.json`], url: `./schema/${schema}` });
    for (const file of [`docs/collections/${c}.md`, `exports/csv/${c}.csv`, `exports/ndjson/${c}.ndjson`, `site/${c}/index.html`]) expect(existsSync(join(repoRoot, file)), file).toBe(true);
  });
});

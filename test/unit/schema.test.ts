// The schemas are complete and closed, and the real data (or, for what no seed says, an invented example) exercises every field they define.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../../src/shared/collections.js";
import { resolve, type SchemaNode } from "../../src/shared/schema-lookup.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { repoRoot } from "../helpers/data-copy.js";
import { schemaAjv } from "../../scripts/lib/ajv.js";

const files = readdirSync(join(repoRoot, "schema")).map((f) => [f, JSON.parse(readFileSync(join(repoRoot, "schema", f), "utf8"))] as const);

/**
 * Properties are named by the type that declares them: a shared definition (`Evidence.nonContent`), or a
 * record's inline object by its path (`Person.roles[].status`). Walking the schema alone gives every
 * property defined; walking it alongside the data gives every property some record uses.
 */
function label(node: SchemaNode | undefined, owner: string): string {
  return node?.$ref ? node.$ref.replace("#/$defs/", "") : owner;
}

function definedProperties(node: SchemaNode | undefined, owner: string, out: Set<string>): Set<string> {
  const name = label(node, owner);
  const s = resolve(node);
  for (const [key, child] of Object.entries(s?.properties ?? {})) {
    if (out.has(`${name}.${key}`)) continue;
    out.add(`${name}.${key}`);
    definedProperties(child, `${name}.${key}`, out);
  }
  if (s?.items) definedProperties(s.items, `${name}[]`, out);
  return out;
}

function usedProperties(value: unknown, node: SchemaNode | undefined, owner: string, out: Set<string>): Set<string> {
  const name = label(node, owner);
  const s = resolve(node);
  if (Array.isArray(value)) value.forEach((item) => usedProperties(item, s?.items, `${name}[]`, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      out.add(`${name}.${key}`);
      usedProperties(child, s?.properties?.[key], `${name}.${key}`, out);
    }
  }
  return out;
}

describe("schema/", () => {
  it("gives every schema a 2020-12 $schema, an $id under the package's namespace and relative refs", () => {
    for (const [file, schema] of files) {
      expect(schema.$schema, file).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id, file).toBe(`https://iran-cuba-relations.invalid/schema/${file}`);
      for (const ref of JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? []) expect(ref, file).not.toMatch(/https?:/);
    }
  });

  it("closes every object (additionalProperties: false) and documents every property", () => {
    const defs = datasetSchema.$defs as unknown as Record<string, SchemaNode & { additionalProperties?: boolean }>;
    const visit = (node: SchemaNode & { additionalProperties?: boolean }, where: string) => {
      if (node.type === "object") expect(node.additionalProperties, where).toBe(false);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        expect(resolve(child)?.description, `${where}/${key}`).toBeTruthy();
        visit(child as never, `${where}/${key}`);
      }
      if (node.items) visit(node.items as never, `${where}/[]`);
    };
    for (const [name, def] of Object.entries(defs)) visit(def, name);
  });

  it("has every property of every type exercised by the real data (as shipped)", () => {
    const defined = new Set<string>();
    const used = new Set<string>();
    for (const collection of Object.keys(collections) as CollectionName[]) {
      const root = { $ref: `#/$defs/${collections[collection].title}` };
      definedProperties(root, "", defined);
      // The shipped records: data/ plus what only the build writes (each evidence item's `position`).
      const shipped = JSON.parse(readFileSync(join(repoRoot, "src/generated/records", `${collection}.json`), "utf8")) as { records: unknown[] };
      for (const record of shipped.records) usedProperties(record, root, "", used);
    }
    // Fields for what the seeds happen not to say (an event's duration, a period "since 2001") are
    // exercised by invented examples, each valid under the schema.
    const ajv = schemaAjv();
    for (const collection of Object.keys(collections) as CollectionName[]) {
      const file = join(repoRoot, "test/fixtures/schema-examples", `${collection}.json`);
      if (!existsSync(file)) continue;
      const validate = ajv.getSchema(`https://iran-cuba-relations.invalid/schema/${collections[collection].schema}`)!;
      for (const example of JSON.parse(readFileSync(file, "utf8")) as unknown[]) {
        expect(validate(example), `${collection} example: ${JSON.stringify(validate.errors)}`).toBe(true);
        usedProperties(example, { $ref: `#/$defs/${collections[collection].title}` }, "", used);
      }
    }
    expect(defined.size).toBeGreaterThan(80);
    // What a contributor supplies with a document (URL, outlet, dates) is knowledge from outside the
    // texts: the five seeds came with none, and the data may not invent it. test/e2e/add-source.test.ts and
    // test/new-source.test.ts exercise it on fixtures.
    const suppliedOnly = (p: string) => p === "Article.document" || p.startsWith("Article.document.");
    expect([...defined].filter(suppliedOnly).length).toBeGreaterThan(0);
    expect([...defined].filter((p) => !used.has(p) && !suppliedOnly(p)).sort()).toEqual([]);
  });
});

// The exports against the standard: datapackage.json, each resource and each table schema validated with
// ajv (draft-07) against the official Data Package v2 profiles, vendored in test/fixtures/frictionless/
// (public domain; provenance in its README); custom keys only namespaced, as the standard recommends; and
// every CSV checked against its table schema: header, types, required fields, enums, primary and foreign keys.
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { csvRows } from "../helpers/csv.js";
import { exportedBytes, exportedText } from "../helpers/exports.js";
import { createHash } from "node:crypto";

type Json = Record<string, any>;

const profile = (name: string): Json => JSON.parse(readFileSync(new URL(`../fixtures/frictionless/profiles/2.0/${name}.json`, import.meta.url), "utf8"));
const profiles = { package: profile("datapackage"), resource: profile("dataresource"), schema: profile("tableschema") };

// The profiles are draft-07 (ajv's default class) and annotate their properties for editors
// (`propertyOrder`, `options`, `context`, the `textarea` format): not keywords to enforce.
const ajv = new Ajv({ strict: false, allErrors: true });
formats.default(ajv);
ajv.addFormat("textarea", true);
const validators: Record<keyof typeof profiles, ValidateFunction> = {
  package: ajv.compile(profiles.package),
  resource: ajv.compile(profiles.resource),
  schema: ajv.compile(profiles.schema),
};

const descriptor = JSON.parse(exportedText("datapackage.json")) as Json;
const tables = (descriptor.resources as Json[]).filter((r) => r.type === "table");

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

/** The property names a profile defines for an object, across the branches of its type variants. */
function definedKeys(node: Json | undefined): Set<string> {
  const keys = new Set<string>();
  const visit = (n: Json | undefined) => {
    if (!n) return;
    for (const k of Object.keys(n.properties ?? {})) keys.add(k);
    for (const branch of [...(n.anyOf ?? []), ...(n.oneOf ?? []), ...(n.allOf ?? [])]) visit(branch);
  };
  visit(node);
  return keys;
}

/** Keys the profile does not define: allowed only as `namespace:property`. */
const undefinedKeys = (value: Json, defined: Set<string>) => Object.keys(value).filter((k) => !defined.has(k) && !/^[a-z]+:[a-zA-Z]+$/.test(k));

describe("datapackage.json against the official Data Package v2 profiles", () => {
  it("declares the v2 profile, and the descriptor validates against it", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(errorsOf(validators.package, descriptor)).toEqual([]);
  });

  it("every resource validates against the Data Resource profile, every table schema against the Table Schema profile", () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const resource of descriptor.resources as Json[]) {
      expect(errorsOf(validators.resource, resource), resource.name).toEqual([]);
      if (resource.schema) expect(errorsOf(validators.schema, resource.schema), resource.name).toEqual([]);
    }
  });

  it("fails on a descriptor with a deliberately broken field", () => {
    const broken = (change: (d: Json) => void) => {
      const copy = structuredClone(descriptor);
      change(copy);
      return copy;
    };
    // A field type v2 does not have, a path leaving the package, a foreign key that is not an object, no resources.
    expect(errorsOf(validators.package, broken((d) => (d.resources[0].schema.fields[0].type = "text")))).not.toEqual([]);
    expect(errorsOf(validators.package, broken((d) => (d.resources[0].path = "../data/people.json")))).not.toEqual([]);
    expect(errorsOf(validators.package, broken((d) => (d.resources.find((r: Json) => r.schema?.foreignKeys).schema.foreignKeys[0] = "articles")))).not.toEqual([]);
    expect(errorsOf(validators.package, broken((d) => (d.resources = [])))).not.toEqual([]);
    expect(errorsOf(validators.schema, broken((d) => (d.resources[0].schema.primaryKey = 3)).resources[0].schema)).not.toEqual([]);
  });

  it("uses custom keys only namespaced (`icr:`), where the profiles define none", () => {
    const packageKeys = definedKeys(profiles.package);
    expect(undefinedKeys(descriptor, packageKeys)).toEqual([]);
    const sourceKeys = definedKeys(profiles.package.properties.sources.items);
    for (const source of descriptor.sources as Json[]) expect(undefinedKeys(source, sourceKeys), source.title).toEqual([]);
    const resourceKeys = definedKeys(profiles.resource);
    const schemaKeys = definedKeys(profiles.schema);
    const fieldKeys = definedKeys(profiles.schema.properties.fields.items);
    for (const resource of descriptor.resources as Json[]) {
      expect(undefinedKeys(resource, resourceKeys), resource.name).toEqual([]);
      if (!resource.schema) continue;
      expect(undefinedKeys(resource.schema, schemaKeys), resource.name).toEqual([]);
      for (const field of resource.schema.fields as Json[]) expect(undefinedKeys(field, fieldKeys), `${resource.name}.${field.name}`).toEqual([]);
    }
  });

  it("every resource file exists in exports/ with the bytes and SHA-256 it declares", () => {
    for (const resource of descriptor.resources as Json[]) {
      const bytes = exportedBytes(resource.path);
      if (resource.bytes !== undefined) expect(bytes.length, resource.name).toBe(resource.bytes);
      if (resource.hash !== undefined) expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`, resource.name).toBe(resource.hash);
    }
  });
});

describe("every CSV against its table schema", () => {
  const parsed = new Map(tables.map((r) => [r.name as string, csvRows(exportedText(r.path))]));
  /** A table's rows as objects, empty cells (the missing value) as null. */
  const rowsOf = (name: string) => {
    const [header, ...body] = parsed.get(name)!;
    return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] === "" ? null : cells[i]!])));
  };
  const key = (row: Json, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));

  it("has the schema's fields as its header, in order, and as many cells in every row", () => {
    for (const r of tables) {
      const [header, ...body] = parsed.get(r.name)!;
      expect(header, r.name).toEqual(r.schema.fields.map((f: Json) => f.name));
      for (const row of body) expect(row.length, r.name).toBe(header!.length);
    }
  });

  it("holds in every cell a value of the field's type, every required field filled, every enum respected", () => {
    const lexical: Record<string, RegExp> = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, boolean: /^(true|false)$/, string: /^[\s\S]*$/ };
    for (const r of tables) {
      const rows = rowsOf(r.name);
      for (const f of r.schema.fields as Json[]) {
        expect(Object.keys(lexical), `${r.name}.${f.name}`).toContain(f.type);
        const required = f.constraints?.required === true || r.schema.primaryKey.includes(f.name);
        for (const row of rows) {
          const value = row[f.name] as string | null;
          if (value === null) {
            expect(required, `${r.name}.${f.name} is required, empty in ${JSON.stringify(row).slice(0, 120)}`).toBe(false);
            continue;
          }
          expect(value, `${r.name}.${f.name}`).toMatch(lexical[f.type]!);
          if (f.constraints?.enum) expect(f.constraints.enum, `${r.name}.${f.name}`).toContain(value);
        }
      }
    }
  });

  it("has unique primary keys and foreign keys that resolve", () => {
    for (const r of tables) {
      const rows = rowsOf(r.name);
      const keys = rows.map((row) => key(row, r.schema.primaryKey));
      expect(new Set(keys).size, r.name).toBe(keys.length);
      for (const fk of (r.schema.foreignKeys ?? []) as Json[]) {
        const target = new Set(rowsOf(fk.reference.resource).map((row) => key(row, fk.reference.fields)));
        for (const row of rows) {
          if (fk.fields.some((f: string) => row[f] === null)) continue;
          expect(target.has(key(row, fk.fields)), `${r.name} ${JSON.stringify(fk)} ${key(row, r.schema.primaryKey)}`).toBe(true);
        }
      }
    }
  });
});

// Which fields of a record hold its name forms (the names exactly as the texts write them), read from the
// schema: a property marked `"x-names": true` is an array of name forms. suggest finds records by them, so a
// new named collection is found by marking its field, without code changes.
export const nameFormsKeyword = "x-names";

/** The subset of a record schema the lookup reads. */
export interface NamedSchemaNode {
  properties?: Record<string, { "x-names"?: boolean }>;
}

/** The top-level properties of a record schema marked as name forms. */
export function nameFormFields(defs: Record<string, NamedSchemaNode>, title: string): string[] {
  return Object.entries(defs[title]?.properties ?? {}).flatMap(([key, node]) => (node[nameFormsKeyword] === true ? [key] : []));
}

/** A record's name forms: the strings of its marked fields. */
export function nameFormsOf(record: unknown, fields: readonly string[]): string[] {
  const value = (record ?? {}) as Record<string, unknown>;
  return fields.flatMap((field) => (Array.isArray(value[field]) ? (value[field] as unknown[]).filter((f): f is string => typeof f === "string" && f !== "") : []));
}

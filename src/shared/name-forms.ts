// Which fields of a record name it, read from the schema: a property marked `"x-names": true` is an array of
// name forms (the names exactly as the texts write them); one marked `"x-names": "description"` is an array
// of stated values whose `asStated` describes the record without naming it ("the Iranian president").
// suggest finds records by both, so a new collection is found by marking its fields, without code changes.
export const nameFormsKeyword = "x-names";
export type NameKind = true | "description";

/** The subset of a record schema the lookup reads. */
export interface NamedSchemaNode {
  properties?: Record<string, { "x-names"?: NameKind }>;
}

/** The top-level properties of a record schema marked as name forms (or, with `kind`, as descriptions). */
export function nameFormFields(defs: Record<string, NamedSchemaNode>, title: string, kind: NameKind = true): string[] {
  return Object.entries(defs[title]?.properties ?? {}).flatMap(([key, node]) => (node[nameFormsKeyword] === kind ? [key] : []));
}

/** A record's name forms: the strings of its marked fields. */
export function nameFormsOf(record: unknown, fields: readonly string[]): string[] {
  return itemsOf(record, fields).filter((f): f is string => typeof f === "string" && f !== "");
}

/** A record's descriptions: the `asStated` of each item of its description fields that some evidence states (its own, or else the record's). */
export function descriptionsOf(record: unknown, fields: readonly string[]): string[] {
  const stated = (evidence: unknown) => Array.isArray(evidence) && evidence.length > 0;
  return itemsOf(record, fields).flatMap((item) => {
    const { asStated, evidence } = (item ?? {}) as { asStated?: unknown; evidence?: unknown };
    return typeof asStated === "string" && asStated !== "" && stated(evidence ?? (record as { evidence?: unknown }).evidence) ? [asStated] : [];
  });
}

const itemsOf = (record: unknown, fields: readonly string[]): unknown[] => {
  const value = (record ?? {}) as Record<string, unknown>;
  return fields.flatMap((field) => (Array.isArray(value[field]) ? (value[field] as unknown[]) : []));
};

// Derives the export's tables from the JSON Schemas alone: scalar properties become columns, arrays
// become child tables keyed by (record_id, pointer), `$ref`s to `<Title>Id` become foreign keys, and
// evidence arrays go to evidence.csv. A new schema property is exported with no change here.
import { deref, recordSchema, referenceTarget, type SchemaNode } from "../../src/shared/schema-lookup.js";
import { escapePointerSegment } from "../../src/shared/pointer.js";
import type { CollectionName } from "../../src/shared/collections.js";

export type FieldType = "string" | "integer" | "number" | "boolean";

export interface Column {
  name: string;
  /** Path of property names from the table's row object to the value (nested single objects flatten). */
  path: string[];
  type: FieldType;
  description?: string;
  enum?: readonly string[];
  references?: CollectionName;
}

export interface Table {
  name: string;
  collection: CollectionName;
  /** Property path from the record root to the array this table holds (empty for the root table). */
  arrayPath: string[];
  parent?: string;
  /** Rows are strings (or references), not objects: one `value` column. */
  scalarItems: boolean;
  description?: string;
  columns: Column[];
}

function scalarType(node: SchemaNode | undefined): FieldType | undefined {
  const n = deref(node) as (SchemaNode & { const?: unknown }) | undefined;
  if (!n) return undefined;
  if (n.type === "string" || n.type === "integer" || n.type === "number" || n.type === "boolean") return n.type;
  if (n.const !== undefined) return typeof n.const === "boolean" ? "boolean" : typeof n.const === "number" ? "number" : "string";
  return undefined;
}

const isEvidenceList = (key: string) => key === "evidence";

/** Table names are lowercase (Data Package names): `statedCount` → `stated_count`. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every table of one collection, the root table first, children depth first. */
export function tablesOf(collection: CollectionName): Table[] {
  const tables: Table[] = [];
  const visit = (name: string, node: SchemaNode, arrayPath: string[], parent: string | undefined, description?: string) => {
    const table: Table = { name, collection, arrayPath, parent, scalarItems: false, description, columns: [] };
    tables.push(table);
    const addColumns = (obj: SchemaNode, prefix: string[]) => {
      for (const [key, raw] of Object.entries(obj.properties ?? {})) {
        if (isEvidenceList(key)) continue;
        const prop = deref(raw)!;
        const path = [...prefix, key];
        const type = scalarType(raw);
        if (type) {
          table.columns.push({ name: path.join("_"), path, type, description: raw.description ?? prop.description, enum: prop.enum, references: referenceTarget(raw) });
        } else if (prop.type === "array") {
          const items = prop.items!;
          const childName = `${name}_${path.map(snakeCase).join("_")}`;
          const itemType = scalarType(items);
          if (itemType) {
            tables.push({
              name: childName, collection, arrayPath: [...arrayPath, ...path], parent: name, scalarItems: true,
              description: raw.description ?? prop.description,
              columns: [{ name: "value", path: [], type: itemType, description: deref(items)?.description, enum: deref(items)?.enum, references: referenceTarget(items) }],
            });
          } else visit(childName, deref(items)!, [...arrayPath, ...path], name, raw.description ?? prop.description);
        } else if (prop.type === "object" || prop.properties) addColumns(prop, path);
        // Anything else (a oneOf, a const object...) is kept whole as JSON text rather than stopping the export.
        else table.columns.push({ name: path.join("_"), path, type: "string", description: `${raw.description ?? prop.description ?? path.join(".")} (JSON)` });
      }
    };
    addColumns(node, []);
    const names = new Set<string>();
    for (const c of table.columns) {
      if (names.has(c.name)) throw new Error(`export: column name ${c.name} of table ${name} is ambiguous`);
      names.add(c.name);
    }
  };
  const root = deref(recordSchema(collection))!;
  visit(collection, root, [], undefined, root.description);
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.name)) throw new Error(`export: table name ${t.name} of ${collection} is ambiguous`);
    seen.add(t.name);
  }
  return tables;
}

export interface Row {
  record_id: string;
  pointer: string;
  parent_pointer: string;
  ordinal: number;
  values: unknown[];
}

function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The rows of one table for one record. */
export function rowsOf(table: Table, record: Record<string, unknown>): Row[] {
  const id = record.id as string;
  return expand(record, table.arrayPath).map(({ value, pointer, parent, ordinal }) => ({
    record_id: id, pointer, parent_pointer: parent, ordinal,
    values: table.columns.map((c) => at(value, c.path) ?? null),
  }));
}

interface Item {
  value: unknown;
  /** Pointer of the nearest array item at or above this value: the row it belongs to. */
  row: string;
  pointer: string;
  parent: string;
  ordinal: number;
}

// Follows the property path from the record; at each array, fans out over its items. A row's parent is
// the nearest enclosing array item (its parent table's row), or the record itself ("").
function expand(record: unknown, path: readonly string[]): Item[] {
  let items: Item[] = [{ value: record, row: "", pointer: "", parent: "", ordinal: 0 }];
  for (const key of path) {
    const next: Item[] = [];
    for (const item of items) {
      const child = item.value !== null && typeof item.value === "object" ? (item.value as Record<string, unknown>)[key] : undefined;
      const pointer = `${item.pointer}/${escapePointerSegment(key)}`;
      if (Array.isArray(child)) {
        child.forEach((v, n) => next.push({ value: v, row: `${pointer}/${n}`, pointer: `${pointer}/${n}`, parent: item.row, ordinal: n }));
      } else if (child !== undefined) next.push({ ...item, value: child, pointer });
    }
    items = next;
  }
  return items;
}

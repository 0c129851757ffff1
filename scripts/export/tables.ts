// Derives the export's tables from the JSON Schemas alone: scalar properties become columns, arrays
// become child tables keyed by (record_id, pointer), `$ref`s to `<Title>Id` become foreign keys, and
// evidence arrays go to evidence.csv. A new schema property is exported with no change here. Every
// column name is snake_case and no SQL reserved word, so a researcher writes them unquoted.
import { deref, recordSchema, referenceTarget, type SchemaNode } from "../../src/shared/schema-lookup.js";
import { escapePointerSegment } from "../../src/shared/pointer.js";
import { collections, type CollectionName } from "../../src/shared/collections.js";
import type { FieldType } from "./formats.js";
import { ownEvidence, type EvidenceAt } from "./stated.js";

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
  /** The table whose rows hold this one's arrays; none for a collection's own table. */
  parent?: string;
  /** Rows are strings (or references), not objects: one column, named after what it references or `value`. */
  scalarItems: boolean;
  /**
   * Rows are values the sources state (objects with evidence, their own or their parent's): one row per
   * value and article stating it, with the article, its outlet and where the passage sits.
   */
  stated: boolean;
  description?: string;
  columns: Column[];
}

/**
 * DuckDB's reserved and type-or-function keywords (`SELECT keyword_name FROM duckdb_keywords()`), the
 * grammar of PostgreSQL: a column named one of these must be quoted. test/data/export.test.ts checks every
 * column against DuckDB's own list, so a schema property that needs adding here fails a test, not a reader.
 */
const SQL_KEYWORDS = new Set(
  (
    "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create default deferrable desc " +
    "describe distinct do else end except false fetch for foreign from group having in initially intersect into lambda lateral leading " +
    "limit not null offset on only or order pivot pivot_longer pivot_wider placing primary qualify references returning select show some " +
    "summarize symmetric table then to trailing true union unique unpivot using variadic when where window with " +
    "anti asof at authorization binary by collation columns concurrently cross freeze full generated glob ilike inner is isnull join left " +
    "like map natural notnull outer overlaps positional right semi similar struct tablesample try_cast unpack verbose"
  ).split(" "),
);

/** `statedCount` → `stated_count`: table and column names are lowercase snake_case. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A column's name: its property path in snake_case; a reserved word gets `_id` (a reference) or `_value`. */
export function columnName(path: readonly string[], references?: CollectionName): string {
  const name = path.map(snakeCase).join("_");
  if (!SQL_KEYWORDS.has(name)) return name;
  return references ? `${name}_id` : `${name}_value`;
}

function scalarType(node: SchemaNode | undefined): FieldType | undefined {
  const n = deref(node) as (SchemaNode & { const?: unknown }) | undefined;
  if (!n) return undefined;
  if (n.type === "string" || n.type === "integer" || n.type === "number" || n.type === "boolean") return n.type;
  if (n.const !== undefined) return typeof n.const === "boolean" ? "boolean" : typeof n.const === "number" ? "number" : "string";
  return undefined;
}

const isEvidenceList = (key: string) => key === "evidence";

/** Every table of one collection, the root table first, children depth first. */
export function tablesOf(collection: CollectionName): Table[] {
  const tables: Table[] = [];
  const visit = (name: string, node: SchemaNode, arrayPath: string[], parent: string | undefined, description?: string) => {
    const table: Table = { name, collection, arrayPath, parent, scalarItems: false, stated: parent !== undefined, description, columns: [] };
    tables.push(table);
    const addColumns = (obj: SchemaNode, prefix: string[]) => {
      for (const [key, raw] of Object.entries(obj.properties ?? {})) {
        if (isEvidenceList(key)) continue;
        const prop = deref(raw)!;
        const path = [...prefix, key];
        const type = scalarType(raw);
        if (type) {
          const references = referenceTarget(raw);
          table.columns.push({ name: columnName(path, references), path, type, description: raw.description ?? prop.description, enum: prop.enum, references });
        } else if (prop.type === "array") {
          const items = prop.items!;
          const childName = `${name}_${path.map(snakeCase).join("_")}`;
          const itemType = scalarType(items);
          if (itemType) {
            const references = referenceTarget(items);
            tables.push({
              name: childName, collection, arrayPath: [...arrayPath, ...path], parent: name, scalarItems: true, stated: false,
              description: raw.description ?? prop.description,
              columns: [{ name: references ? collections[references].singular : "value", path: [], type: itemType, description: deref(items)?.description, enum: deref(items)?.enum, references }],
            });
          } else visit(childName, deref(items)!, [...arrayPath, ...path], name, raw.description ?? prop.description);
        } else if (prop.type === "object" || prop.properties) addColumns(prop, path);
        // Anything else (a oneOf, a const object...) is kept whole as JSON text rather than stopping the export.
        else table.columns.push({ name: columnName(path), path, type: "string", description: `${raw.description ?? prop.description ?? path.join(".")} (JSON)` });
      }
    };
    addColumns(node, []);
    const column = repeated([...(table.parent ? KEY_COLUMNS : []), ...table.columns.map((c) => c.name)]);
    if (column !== undefined) throw new Error(`export: column name ${column} of table ${name} is ambiguous`);
  };
  const root = deref(recordSchema(collection))!;
  visit(collection, root, [], undefined, root.description);
  const table = repeated(tables.map((t) => t.name));
  if (table !== undefined) throw new Error(`export: table name ${table} of ${collection} is ambiguous`);
  return tables;
}

/** The first name that is there twice (two properties whose names would make one column or table). */
const repeated = (names: string[]) => names.find((name, i) => names.indexOf(name) !== i);

/** The columns every child table starts with: which record, which parent row, where in the array. */
export const KEY_COLUMNS = ["record_id", "parent_pointer", "ordinal", "pointer"];

/** One value (an object or string of an array, or the record itself) of a table, before it is split by article. */
export interface Item {
  value: unknown;
  pointer: string;
  /** Pointer of the nearest array item above this one: its parent table's row ("" for the record). */
  parent: string;
  ordinal: number;
  /** The evidence covering what holds the item: the nearest enclosing object's own list. */
  enclosing: EvidenceAt[];
}

/** The cells of a table's own columns for one item. */
export const cellsOf = (table: Table, value: unknown): unknown[] => table.columns.map((c) => at(value, c.path) ?? null);

function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/**
 * The items of one table in one record. Follows the property path from the record; at each array, fans
 * out over its items. An item's parent is the nearest enclosing array item (its parent table's row).
 */
export function itemsOf(table: Table, record: unknown): Item[] {
  type Step = Item & { row: string; covering: EvidenceAt[] };
  let items: Step[] = [{ value: record, row: "", pointer: "", parent: "", ordinal: 0, enclosing: [], covering: ownEvidence(record, "") ?? [] }];
  for (const key of table.arrayPath) {
    const next: Step[] = [];
    for (const item of items) {
      const child = item.value !== null && typeof item.value === "object" ? (item.value as Record<string, unknown>)[key] : undefined;
      const pointer = `${item.pointer}/${escapePointerSegment(key)}`;
      if (Array.isArray(child)) {
        child.forEach((v, n) => {
          const at = `${pointer}/${n}`;
          next.push({ value: v, row: at, pointer: at, parent: item.row, ordinal: n, enclosing: item.covering, covering: ownEvidence(v, at) ?? item.covering });
        });
      } else if (child !== undefined) next.push({ ...item, value: child, pointer, covering: ownEvidence(child, pointer) ?? item.covering });
    }
    items = next;
  }
  return items;
}

// The two table formats of exports/, written from one columnar description: CSV (RFC 4180, UTF-8) and
// Parquet (hyparquet-writer, pure JS). Column types are the Data Package field types.
import { parquetWriteBuffer } from "hyparquet-writer";

export type FieldType = "string" | "integer" | "number" | "boolean";

export interface TableField {
  name: string;
  type: FieldType;
}

const asText = (v: unknown) => (typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = asText(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly unknown[]) => cells.map(csvCell).join(",") + "\n";

export function toCsv(fields: readonly TableField[], rows: readonly unknown[][]): string {
  return csvLine(fields.map((f) => f.name)) + rows.map(csvLine).join("");
}

// INT64 for integers: the schemas bound none of them. Every column is nullable, as every CSV cell may be empty.
const parquetType = { string: "STRING", integer: "INT64", number: "DOUBLE", boolean: "BOOLEAN" } as const;

function parquetValue(type: FieldType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (type === "integer") return BigInt(v as number);
  if (type === "string") return asText(v);
  return v;
}

export function toParquet(fields: readonly TableField[], rows: readonly unknown[][], metadata: { key: string; value: string }[] = []): Uint8Array {
  const buffer = parquetWriteBuffer({
    kvMetadata: metadata,
    columnData: fields.map((f, i) => ({ name: f.name, type: parquetType[f.type], data: rows.map((row) => parquetValue(f.type, row[i])) })),
    createdBy: "iran-cuba-relations scripts/export.ts",
  });
  return new Uint8Array(buffer);
}

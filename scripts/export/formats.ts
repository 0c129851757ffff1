// The two table formats of exports/, written row by row from one columnar description: CSV (RFC 4180,
// UTF-8) and Parquet (hyparquet-writer, pure JS, a row group per 2 048 rows). Column types are the Data
// Package field types. Memory holds one row group per open table, whatever the size of the table.
import { ByteWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";
import type { ArtefactFile } from "../lib/artefacts.js";

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

// INT64 for integers: the schemas bound none of them. Every column is nullable, as every CSV cell may be empty.
const parquetType = { string: "STRING", integer: "INT64", number: "DOUBLE", boolean: "BOOLEAN" } as const;

function parquetValue(type: FieldType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (type === "integer") return BigInt(v as number);
  if (type === "string") return asText(v);
  return v;
}

/** Rows gathered before they are written as one Parquet row group: fixed, so the same data gives the same bytes. */
const ROW_GROUP = 2048;

/** hyparquet-writer's byte writer, handing each row group's bytes to an output file instead of keeping them. */
function streamingWriter(file: ArtefactFile): ByteWriter {
  const writer = new ByteWriter();
  const flush = () => {
    file.write(new Uint8Array(writer.buffer.slice(0, writer.index)));
    writer.index = 0;
  };
  Object.assign(writer, { flush, finish: flush });
  return writer;
}

/** One table written as its rows come: a line of CSV per row, a Parquet row group per 2 048. */
export class TableWriter {
  private readonly parquet: ParquetWriter;
  private readonly parquetFile: ArtefactFile;
  private columns: unknown[][];
  private rows = 0;

  constructor(
    private readonly fields: readonly TableField[],
    private readonly csv: ArtefactFile,
    parquet: ArtefactFile,
    metadata: { key: string; value: string }[] = [],
  ) {
    csv.write(csvLine(fields.map((f) => f.name)));
    this.parquetFile = parquet;
    const schema = schemaFromColumnData({ columnData: fields.map((f) => ({ name: f.name, data: [], type: parquetType[f.type] })) });
    this.parquet = new ParquetWriter({ writer: streamingWriter(parquet), schema, kvMetadata: metadata, createdBy: "iran-cuba-relations scripts/export.ts" });
    this.columns = fields.map(() => []);
  }

  row(cells: readonly unknown[]): void {
    this.csv.write(csvLine(cells));
    this.fields.forEach((f, i) => this.columns[i]!.push(parquetValue(f.type, cells[i])));
    if (++this.rows % ROW_GROUP === 0) this.writeGroup();
  }

  /** Writes the last row group and the Parquet footer, and closes both files. */
  close(): void {
    this.writeGroup();
    void this.parquet.finish();
    this.csv.close();
    this.parquetFile.close();
  }

  private writeGroup(): void {
    if (this.columns[0]!.length === 0) return;
    void this.parquet.write({ columnData: this.fields.map((f, i) => ({ name: f.name, data: this.columns[i]! })), rowGroupSize: ROW_GROUP });
    this.columns = this.fields.map(() => []);
  }
}

/**
 * Parquet -> Arrow IPC, in plain JavaScript (hyparquet), so it runs in a Web Worker beside
 * DuckDB's. DuckDB-WASM reads Parquet only through an extension it would download from
 * extensions.duckdb.org, which an intranet cannot reach and the CSP forbids.
 */
import { Table, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { boolVector, float64Vector, int32Vector, utf8Vector } from '../db/arrowColumns.ts';
import type { ColumnType } from '../db/types.ts';

export interface DecodedTable {
  ipc: Uint8Array;
  rows: number;
  columns: { name: string; type: ColumnType }[];
}

/** An AsyncBuffer over bytes already downloaded. */
export function bufferOf(bytes: Uint8Array): AsyncBuffer {
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { byteLength: ab.byteLength, slice: (start, end) => ab.slice(start, end) };
}

function columnType(physical: string | undefined): ColumnType {
  if (physical === 'BOOLEAN') return 'bool';
  if (physical === 'INT32' || physical === 'INT64') return 'int';
  if (physical === 'DOUBLE' || physical === 'FLOAT') return 'double';
  return 'text';
}

type Cell = string | number | boolean | null;

/** Decodes every column of a Parquet file (all row groups, in order) into one Arrow IPC stream. */
export async function decodeParquet(file: AsyncBuffer): Promise<DecodedTable> {
  const metadata = await parquetMetadataAsync(file);
  const leaves = parquetSchema(metadata).children;
  const n = Number(metadata.num_rows);
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
  await parquetRead({
    file,
    metadata,
    onChunk: (c) => {
      const list = chunks.get(c.columnName) ?? [];
      list.push({ rowStart: c.rowStart, data: c.columnData });
      chunks.set(c.columnName, list);
    },
  });
  const columns: DecodedTable['columns'] = [];
  const vectors: Record<string, Vector<DataType>> = {};
  for (const leaf of leaves) {
    const name = leaf.element.name;
    const type = columnType(leaf.element.type);
    const parts = (chunks.get(name) ?? []).sort((a, b) => a.rowStart - b.rowStart);
    let values: ArrayLike<Cell>;
    if (parts.length === 1 && parts[0]!.data.length === n) values = parts[0]!.data as ArrayLike<Cell>;
    else {
      const all: Cell[] = new Array(n).fill(null);
      for (const p of parts) for (let i = 0; i < p.data.length && p.rowStart + i < n; i++) all[p.rowStart + i] = (p.data[i] ?? null) as Cell;
      values = all;
    }
    const make = { text: utf8Vector, int: int32Vector, double: float64Vector, bool: boolVector }[type];
    vectors[name] = make(values) as Vector<DataType>;
    columns.push({ name, type });
  }
  return { ipc: tableToIPC(new Table(vectors), 'stream'), rows: n, columns };
}

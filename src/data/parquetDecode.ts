/**
 * Parquet -> Arrow IPC, in plain JavaScript (hyparquet), so it runs in a Web Worker beside
 * DuckDB's. DuckDB-WASM reads Parquet only through an extension it would download from
 * extensions.duckdb.org, which an intranet cannot reach and the CSP forbids.
 */
import { Table, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { boolVector, float64Vector, int32Vector, textVector } from '../db/arrowColumns.ts';
import type { ColumnType } from '../db/types.ts';

export interface DecodedTable {
  /** one Arrow IPC stream per Parquet row group, so inserts can leave room for other queries */
  chunks: Uint8Array[];
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

/** Decodes a Parquet file into Arrow IPC, one chunk per row group; `onChunk` sees each as it is ready. */
export async function decodeParquet(file: AsyncBuffer, onChunk?: (ipc: Uint8Array) => void): Promise<DecodedTable> {
  const metadata = await parquetMetadataAsync(file);
  const leaves = parquetSchema(metadata).children;
  const columns: DecodedTable['columns'] = leaves.map((l) => ({ name: l.element.name, type: columnType(l.element.type) }));
  const chunks: Uint8Array[] = [];
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const n = Number(group.num_rows);
    const parts = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
    await parquetRead({
      file,
      metadata,
      rowStart,
      rowEnd: rowStart + n,
      onChunk: (c) => {
        const list = parts.get(c.columnName) ?? [];
        list.push({ rowStart: c.rowStart, data: c.columnData });
        parts.set(c.columnName, list);
      },
    });
    const vectors: Record<string, Vector<DataType>> = {};
    for (const col of columns) {
      const got = parts.get(col.name) ?? [];
      // usually one piece that covers the row group: used as it is, no copy
      const whole = got.length === 1 && got[0]!.rowStart === rowStart && got[0]!.data.length === n ? (got[0]!.data as ArrayLike<Cell>) : null;
      const values: ArrayLike<Cell> = whole ?? new Array<Cell>(n).fill(null);
      if (!whole) for (const p of got) {
        for (let i = 0; i < p.data.length; i++) {
          const at = p.rowStart + i - rowStart;
          if (at >= 0 && at < n) (values as Cell[])[at] = (p.data[i] ?? null) as Cell;
        }
      }
      const make = { text: textVector, int: int32Vector, double: float64Vector, bool: boolVector }[col.type];
      vectors[col.name] = make(values) as Vector<DataType>;
    }
    const ipc = tableToIPC(new Table(vectors), 'stream');
    chunks.push(ipc);
    onChunk?.(ipc);
    rowStart += n;
  }
  return { chunks, rows: rowStart, columns };
}

/** Arrow table -> plain JS rows, with the conversions every screen needs in one place. */
import { DataType, type Table, type Field } from 'apache-arrow';
import type { Row } from './types.ts';

type Convert = (v: unknown) => unknown;

function converterFor(field: Field): Convert {
  const t = field.type;
  if (DataType.isDate(t)) return (v) => (v == null ? null : new Date(v as number).toISOString().slice(0, 10));
  if (DataType.isTimestamp(t)) return (v) => (v == null ? null : new Date(Number(v)).toISOString());
  if (DataType.isDecimal(t)) {
    const scale = (t as { scale: number }).scale;
    return (v) => (v == null ? null : Number(String(v)) / 10 ** scale);
  }
  if (DataType.isInt(t)) return (v) => (typeof v === 'bigint' ? Number(v) : v);
  return (v) => v;
}

export function arrowToRows<T = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const conv = fields.map(converterFor);
  const cols = fields.map((_, i) => table.getChildAt(i));
  const n = table.numRows;
  const rows: T[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      row[fields[c]!.name] = conv[c]!(cols[c]?.get(r) ?? null);
    }
    rows[r] = row as T;
  }
  return rows;
}

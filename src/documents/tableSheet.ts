/** A screen's table (the rows shown, the columns of its CSV export) as a sheet, typed column by column. */
import type { XColumn, XSheet } from './workbook.ts';

export interface SheetColumn<R> {
  header: string;
  value: (row: R) => string | number | null;
  unit?: string;
}

/** How a column is written: numbers with the decimals they have, ISO dates as dates, the rest as text. */
export function columnKind(values: (string | number | null)[]): Pick<XColumn, 'kind' | 'decimals'> {
  const present = values.filter((v) => v != null && v !== '');
  if (present.length && present.every((v) => typeof v === 'number')) {
    const decimals = Math.min(4, Math.max(0, ...present.map((v) => (String(v).split('.')[1] ?? '').length)));
    return { kind: 'number', decimals };
  }
  if (present.length && present.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return { kind: 'date' };
  return { kind: 'text' };
}

export interface AboutWords {
  aboutName: string;
  item: string;
  value: string;
  sampleHeader: string;
  sample: string;
  doc: string;
}

/**
 * The table's sheet; when its rows are illustrative, a second sheet says so and names the source
 * documents (the rows' document numbers).
 */
export function tableSheets<R extends object>(name: string, columns: SheetColumn<R>[], rows: R[], about: AboutWords): XSheet[] {
  const values = rows.map((r) => columns.map((c) => c.value(r)));
  const sheet: XSheet = { name, columns: columns.map((c, i) => ({ header: c.header, unit: c.unit, ...columnKind(values.map((v) => v[i] ?? null)) })), rows: values };
  const sample = rows.some((r) => (r as { illustrative?: unknown }).illustrative === true);
  if (!sample) return [sheet];
  const docs = [...new Set(rows.map((r) => (r as { doc_number?: unknown }).doc_number).filter((d): d is string => typeof d === 'string' && d !== ''))];
  const lines: [string, string][] = [[about.sampleHeader, about.sample], ...docs.map((d): [string, string] => [about.doc, d])];
  return [sheet, { name: about.aboutName, columns: [{ header: about.item, kind: 'text' }, { header: about.value, kind: 'text' }], rows: lines }];
}

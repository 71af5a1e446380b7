/** A screen's table (the rows shown, the columns of its CSV export) as a sheet, typed column by column. */
import type { Lang } from '../i18n/strings.ts';
import { translator } from './names.ts';
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

/**
 * The table's sheet; when its rows are illustrative, a second sheet says so and names the source
 * documents (the rows' document numbers).
 */
export function tableSheets<R extends object>(name: string, columns: SheetColumn<R>[], rows: R[], lang: Lang): XSheet[] {
  const values = rows.map((r) => columns.map((c) => c.value(r)));
  const sheet: XSheet = { name, columns: columns.map((c, i) => ({ header: c.header, unit: c.unit, ...columnKind(values.map((v) => v[i] ?? null)) })), rows: values };
  const sample = rows.some((r) => (r as { illustrative?: unknown }).illustrative === true);
  if (!sample) return [sheet];
  const docs = [...new Set(rows.map((r) => (r as { doc_number?: unknown }).doc_number).filter((d): d is string => typeof d === 'string' && d !== ''))];
  const tr = translator(lang);
  const lines: [string, string][] = [[tr('sample'), tr('bul.sampleNote')], ...docs.map((d): [string, string] => [tr('docNumber'), d])];
  return [sheet, { name: tr('doc.sheet.about'), columns: [{ header: tr('doc.col.item'), kind: 'text' }, { header: tr('doc.col.value'), kind: 'text' }], rows: lines }];
}

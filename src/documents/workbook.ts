/**
 * Excel workbooks from plain tables: numbers stay numbers (the unit goes in the header), dates are
 * real dates, columns are as wide as their text, the header row stays in view, and text that a
 * spreadsheet would run as a formula is defused as in the CSV export. write-excel-file writes the
 * file the same way in the browser and in node; this module is loaded only when someone exports.
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { defuseFormula } from '../data/csvExport.ts';
import type { Lang } from '../i18n/strings.ts';

/**
 * How a column's values are written: text; a number with a fixed count of decimals; a ratio shown
 * as a percentage (0.79 → 79.0%, the cell holds 0.79); an ISO date `2020-10-31` as a date.
 */
export type XKind = 'text' | 'number' | 'ratio' | 'date';

export interface XColumn {
  header: string;
  kind: XKind;
  /** appended to the header: `目标（万美元）` */
  unit?: string;
  /** decimals of a number column; a row may give its own with `decimalsOf` */
  decimals?: number;
}

export type XValue = string | number | null | undefined;

export interface XSheet {
  name: string;
  columns: XColumn[];
  rows: XValue[][];
  /** per cell decimals, for tables whose rows have different units */
  decimalsOf?: (row: number, col: number) => number | undefined;
}

export function headerWithUnit(header: string, unit: string | undefined, lang: Lang): string {
  if (!unit) return header;
  return lang === 'zh' ? `${header}（${unit}）` : `${header} (${unit})`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Characters of wide scripts take two columns of Excel's width unit. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function shownText(v: XValue, col: XColumn, decimals: number): string {
  if (v == null || v === '') return '';
  if (typeof v === 'number') {
    if (col.kind === 'ratio') return `${(v * 100).toFixed(1)}%`;
    return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }
  return v;
}

function toCell(v: XValue, col: XColumn, decimals: number): Cell {
  if (v == null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return null;
  if (col.kind === 'date' && typeof v === 'string') {
    const m = ISO_DATE.exec(v);
    if (m) return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), type: Date, format: 'yyyy-mm-dd' };
  }
  if (typeof v === 'number') {
    if (col.kind === 'ratio') return { value: v, type: Number, format: '0.0%' };
    return { value: v, type: Number, format: numberFormat(decimals) };
  }
  return { value: defuseFormula(v), type: String };
}

/** Excel refuses sheet names longer than 31 characters or with []:*?/\ in them. */
export function sheetName(s: string): string {
  return s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

export function toSheet(s: XSheet, lang: Lang): Sheet<never> {
  const headers = s.columns.map((c) => headerWithUnit(c.header, c.unit, lang));
  const widths = headers.map((h) => textWidth(h) + 2);
  const head: Row = headers.map((h) => ({ value: h, type: String, fontWeight: 'bold', backgroundColor: '#E8ECF2', bottomBorderStyle: 'thin' }));
  const body: Row[] = s.rows.map((r, ri) =>
    s.columns.map((c, ci) => {
      const dec = s.decimalsOf?.(ri, ci) ?? c.decimals ?? 2;
      const shown = c.kind === 'date' ? 10 : textWidth(shownText(r[ci], c, dec));
      widths[ci] = Math.max(widths[ci]!, shown + 2);
      return toCell(r[ci], c, dec);
    }),
  );
  return {
    sheet: sheetName(s.name),
    data: [head, ...body],
    columns: widths.map((w) => ({ width: Math.min(60, Math.max(6, w)) })),
    stickyRowsCount: 1,
  };
}

/** The .xlsx bytes of one or more sheets; the same call in the browser and in node. */
export async function workbookBytes(sheets: XSheet[], lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(sheets.map((s) => toSheet(s, lang)), { fontFamily: lang === 'zh' ? '等线' : 'Calibri', fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A short sheet of what the figures are: title lines, the illustrative note, the source documents. */
export function aboutSheet(name: string, header: [string, string], lines: [string, string][]): XSheet {
  return { name, columns: [{ header: header[0], kind: 'text' }, { header: header[1], kind: 'text' }], rows: lines };
}

/** CSV for download. Text that a spreadsheet would run as a formula is defused; numbers stay numbers. */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, shown as text: a leading quote makes Excel/WPS show it instead of evaluating it. */
export function defuseFormula(v: string): string {
  return FORMULA_START.test(v) ? `'${v}` : v;
}

export function csvCell(v: CsvCell): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = defuseFormula(v);
  return /[",\r\n]/.test(s) || s !== v ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM so that Excel on a Chinese Windows opens it with the right encoding. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A row that says whether its figures are illustrative (示例数据), as the panels' rows do. */
function isIllustrative(row: unknown): boolean {
  return typeof row === 'object' && row !== null && (row as { illustrative?: unknown }).illustrative === true;
}

/**
 * The illustrative flag travels with an export: when any exported row is illustrative, a last
 * column named `label` (示例数据) marks each such row, so a figure copied out of the dashboard is
 * never taken for an official one. Rows without the flag export as they are.
 */
export function markIllustrative<R>(header: string[], cells: CsvCell[][], rows: readonly R[], label: string): { header: string[]; cells: CsvCell[][] } {
  if (!rows.some(isIllustrative)) return { header, cells };
  return { header: [...header, label], cells: cells.map((c, i) => [...c, isIllustrative(rows[i]) ? label : '']) };
}

/** Saves text or a file's bytes (a .docx or .xlsx) under a name. */
export function downloadText(filename: string, content: string | Uint8Array<ArrayBuffer>, mime = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

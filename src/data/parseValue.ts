/** Cell parsers shared by every file shape: numbers, periods and dates as analysts write them. */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, ．, ，, ％, －) to half-width; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Markers statistics systems write for "no data". */
const MISSING = new Set(['', '-', '—', '–', '——', '…', '...', '..', '--', 'NA', 'N/A', 'n/a', 'null', 'NULL', '/', '无']);

export function isMissing(raw: string): boolean {
  return MISSING.has(toHalfWidth(raw).trim());
}

export type NumberResult = { ok: true; value: number; percent: boolean } | { ok: false; missing: boolean };

/**
 * Parses `1,234.5`, `１２３４．５`, `12.5%`, ` -3 `, `(3)`. Thousands separators must sit in groups
 * of three, so `1,5` (a decimal comma) is refused rather than read as 15.
 */
export function parseNumber(raw: string): NumberResult {
  if (isMissing(raw)) return { ok: false, missing: true };
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { ok: false, missing: false };
    s = s.replace(/,/g, '');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false, missing: false };
  const v = Number(s);
  if (!Number.isFinite(v)) return { ok: false, missing: false };
  return { ok: true, value: negative ? -v : v, percent };
}

export interface Period {
  /** Canonical text: `2020`, `2020-Q3`, `2020-10`. */
  period: string;
  year: number;
  /** The last month the period covers. */
  month: number;
  freq: 'M' | 'Q' | 'Y';
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

function makePeriod(year: number, month: number, freq: Period['freq']): Period | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  const period = freq === 'Y' ? `${year}` : freq === 'Q' ? `${year}-Q${month / 3}` : `${year}-${String(month).padStart(2, '0')}`;
  return { period, year, month, freq };
}

/** `2020`, `2020-Q3`, `2020Q3`, `2020-10`, `2020/10`, `2020.10`, `202010`, `2020年10月`, `2020年`, `2020年三季度`, `2020年1-10月`. */
export function parsePeriod(raw: string): Period | null {
  const s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})年?$/))) return makePeriod(+m[1]!, 12, 'Y');
  if ((m = s.match(/^(\d{4})[-/.]?Q([1-4])$/i))) return makePeriod(+m[1]!, +m[2]! * 3, 'Q');
  if ((m = s.match(/^(\d{4})年(?:第)?([一二三四1-4])季度?$/))) return makePeriod(+m[1]!, CN_DIGIT[m[2]!]! * 3, 'Q');
  if ((m = s.match(/^(\d{4})[-/.](\d{1,2})$/))) return makePeriod(+m[1]!, +m[2]!, 'M');
  if ((m = s.match(/^(\d{4})(\d{2})$/))) return makePeriod(+m[1]!, +m[2]!, 'M');
  if ((m = s.match(/^(\d{4})年(?:1-|1—|1～|1~)?(\d{1,2})月(?:份)?$/))) return makePeriod(+m[1]!, +m[2]!, 'M');
  return null;
}

/** ISO date from `2020-03-05`, `2020/3/5`, `2020.3.5`, `2020年3月5日`; null when unreadable or impossible. */
export function parseDate(raw: string): string | null {
  const s = toHalfWidth(raw).trim();
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

export function parseInteger(raw: string): number | null {
  const r = parseNumber(raw);
  return r.ok && Number.isInteger(r.value) && !r.percent ? r.value : null;
}

/**
 * Statistics-bureau wide exports, as saved from the national and provincial data portals:
 *
 *   数据库：年度数据                 数据库：分省年度数据
 *   时间：最近10年                   指标：地区生产总值(亿元)
 *   指标,2023年,2022年,…             时间：最近5年
 *   国内生产总值(亿元),1260582.1,…   地区,2023年,2022年,…
 *   注：1.…                          山东省,92068.7,…
 *   数据来源：国家统计局             数据来源：国家统计局
 *
 * Key:value lines before the header (数据库, 指标, 地区, 时间) become the file's metadata; the
 * header row starts with 指标 and/or 地区 and the rest of its cells are periods (2023年, 2024年10月,
 * 2024年第三季度) or, when `时间：` names one period, indicator names. Everything from the first
 * `注` / `数据来源` / `资料来源` / `说明` line on is a note.
 */
import type { CsvRow } from './csvParse.ts';
import { parsePeriod, toHalfWidth, type Period } from './parseValue.ts';
import type { Shape } from './report.ts';

export interface ValueColumn {
  index: number;
  header: string;
  /** The column's period (period layout), or null when the column is an indicator. */
  period: Period | null;
  indicator: string | null;
}

export interface StatsLayout {
  shape: Exclude<Shape, 'tidy' | 'unknown'>;
  database: string | null;
  meta: Record<string, string>;
  notes: string[];
  headerLine: number;
  regionCol: number | null;
  indicatorCol: number | null;
  regionHeader: string;
  indicatorHeader: string;
  /** From `指标：…` or `地区：…` lines, or a single `时间：…` period. */
  fixedIndicator: string | null;
  fixedRegion: string | null;
  fixedPeriod: Period | null;
  columns: ValueColumn[];
  /** Header cells that are neither a period nor (in the indicator layout) a name, e.g. 备注. */
  ignoredColumns: string[];
  rows: CsvRow[];
}

export type StatsDetect = { ok: true; layout: StatsLayout } | { ok: false; looksLikeExport: boolean };

const KEY_VALUE = /^\s*([\p{L}]{1,8})\s*[：:]\s*(.*)$/u;
const NOTE_START = /^\s*(注|数据来源|资料来源|说明|备注)\s*([：:]|\d|$)/;
const REGION_HEADERS = new Set(['地区', '地区名称', '区域', '地 区']);
const INDICATOR_HEADERS = new Set(['指标', '指标名称', '项目', '指 标']);

const clean = (s: string) => toHalfWidth(s).replace(/^\uFEFF/, '').trim();
/** The row's text as written, without the empty cells a spreadsheet adds at the end. */
function lineText(r: CsvRow): string {
  let end = r.cells.length;
  while (end > 0 && r.cells[end - 1]!.trim() === '') end--;
  return r.cells.slice(0, end).map((c) => c.trim()).join(',');
}
const filled = (r: CsvRow) => r.cells.filter((c) => c.trim() !== '').length;

/** Recognises a wide export among the parsed rows; `looksLikeExport` when it has a 数据库 line but no header. */
export function detectStatsExport(rows: CsvRow[]): StatsDetect {
  const meta: Record<string, string> = {};
  const notes: string[] = [];
  let h = -1;
  for (let i = 0; i < rows.length && i < 30; i++) {
    const r = rows[i]!;
    const first = clean(r.cells[0] ?? '');
    if (REGION_HEADERS.has(first) || INDICATOR_HEADERS.has(first)) {
      h = i;
      break;
    }
    if (filled(r) <= 1 || KEY_VALUE.test(first)) {
      const kv = clean(lineText(r)).match(KEY_VALUE);
      if (kv) meta[kv[1]!] = kv[2]!.trim();
      else notes.push(lineText(r));
      continue;
    }
    break;
  }
  const looksLikeExport = '数据库' in meta;
  if (h < 0) return { ok: false, looksLikeExport };
  const header = rows[h]!;
  const keyCols: { region: number | null; indicator: number | null } = { region: null, indicator: null };
  let c = 0;
  for (; c < header.cells.length && c < 2; c++) {
    const k = clean(header.cells[c]!);
    if (REGION_HEADERS.has(k) && keyCols.region === null) keyCols.region = c;
    else if (INDICATOR_HEADERS.has(k) && keyCols.indicator === null) keyCols.indicator = c;
    else break;
  }
  const fixedPeriodText = meta['时间'] ?? '';
  const fixedPeriod = parsePeriod(fixedPeriodText);
  const periodCols: ValueColumn[] = [];
  const nameCols: ValueColumn[] = [];
  const ignored: string[] = [];
  for (; c < header.cells.length; c++) {
    const text = header.cells[c]!.trim();
    if (text === '') continue;
    const p = parsePeriod(text);
    if (p) periodCols.push({ index: c, header: text, period: p, indicator: null });
    else nameCols.push({ index: c, header: text, period: null, indicator: text });
  }
  let columns: ValueColumn[];
  if (periodCols.length > 0 && periodCols.length >= nameCols.length) {
    columns = periodCols;
    ignored.push(...nameCols.map((x) => x.header));
  } else if (nameCols.length > 0 && fixedPeriod && keyCols.indicator === null) {
    columns = nameCols.map((x) => ({ ...x, period: fixedPeriod }));
    ignored.push(...periodCols.map((x) => x.header));
  } else {
    return { ok: false, looksLikeExport: true };
  }
  // data rows end where the notes start
  const data: CsvRow[] = [];
  let inNotes = false;
  for (const r of rows.slice(h + 1)) {
    const first = clean(r.cells[0] ?? '');
    if (!inNotes && NOTE_START.test(first) && !columns.some((col) => (r.cells[col.index] ?? '').trim() !== '' && /\d/.test(r.cells[col.index]!))) inNotes = true;
    if (inNotes) notes.push(lineText(r));
    else data.push(r);
  }
  const freqs = columns.map((x) => x.period?.freq);
  const provincial = keyCols.region !== null || /分省|分地区|分市|分县/.test(meta['数据库'] ?? '');
  const shape: StatsLayout['shape'] = provincial
    ? 'stats_provincial'
    : freqs.every((f) => f === 'Y')
      ? 'stats_annual'
      : freqs.some((f) => f === 'M')
        ? 'stats_monthly'
        : 'stats_quarterly';
  return {
    ok: true,
    layout: {
      shape,
      database: meta['数据库'] ?? null,
      meta,
      notes,
      headerLine: header.line,
      regionCol: keyCols.region,
      indicatorCol: keyCols.indicator,
      regionHeader: keyCols.region === null ? '地区' : header.cells[keyCols.region]!.trim(),
      indicatorHeader: keyCols.indicator === null ? '指标' : header.cells[keyCols.indicator]!.trim(),
      fixedIndicator: meta['指标'] ?? null,
      fixedRegion: meta['地区'] ?? null,
      fixedPeriod: columns === periodCols ? null : fixedPeriod,
      columns,
      ignoredColumns: ignored,
      rows: data,
    },
  };
}

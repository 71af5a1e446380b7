/**
 * Statistics-bureau wide exports -> observation records, one per value cell. Indicators match the
 * catalogue by name and unit or become generated entries; regions match regions.csv names and
 * variants; an export without a region is national (the regions file's 全国 / 中国, or a generated
 * `national` region). Every non-blank cell is loaded or rejected with its line and column.
 */
import { addRegionNames, findNational, freeId, resolveRegion, type Catalog } from './catalog.ts';
import { matchIndicator, type GeneratedIndicator } from './indicatorMatch.ts';
import { isMissing, parseNumber } from './parseValue.ts';
import type { CsvRow } from './csvParse.ts';
import type { FileReport, GeneratedRegion, Problem } from './report.ts';
import type { StatsLayout } from './statsExport.ts';
import type { RecordOut } from './validateRows.ts';

export const NATIONAL_REGION = { region_id: 'national', name_zh: '全国', name_en: 'National', level: 'country' };

export interface WideAccepted {
  records: RecordOut[];
  lines: number[];
  indicators: GeneratedIndicator[];
  regions: (GeneratedRegion & { level: string; name_en: string })[];
}

/** Adds a problem, folding cells of one line with the same reason into one entry. */
function reject(report: FileReport, index: Map<string, Problem>, p: Problem, n = 1): void {
  const key = `${p.line}\u0000${p.code}\u0000${p.column ?? ''}\u0000${p.value ?? ''}\u0000${p.detail ?? ''}`;
  const prior = index.get(key);
  if (prior) {
    prior.count = (prior.count ?? 1) + n;
    return;
  }
  const entry: Problem = { ...p, count: n };
  index.set(key, entry);
  report.rejects.push(entry);
}

/** Round away binary noise of a unit conversion (12345 × 0.1). */
const scaled = (v: number, factor: number) => (factor === 1 ? v : Number((v * factor).toPrecision(15)));

export function validateWide(report: FileReport, layout: StatsLayout, rows: CsvRow[], parseErrors: Map<number, string>, cat: Catalog): WideAccepted {
  const out: WideAccepted = { records: [], lines: [], indicators: [], regions: [] };
  const index = new Map<string, Problem>();
  const seen = new Map<string, number>();
  const matches = new Map<string, ReturnType<typeof matchIndicator>['match']>();
  let national: string | null = null;

  const indicatorFor = (raw: string, line: number) => {
    let m = matches.get(raw);
    if (!m) {
      const res = matchIndicator(cat, raw, report.file, line);
      m = res.match;
      matches.set(raw, m);
      report.indicatorMatches.push(m);
      if (res.generated) out.indicators.push(res.generated);
    }
    return m;
  };
  const nationalRegion = () => {
    if (national) return national;
    national = findNational(cat);
    if (!national) {
      const id = freeId(NATIONAL_REGION.region_id, cat.regions);
      cat.regions.set(id, { file: report.file, line: layout.headerLine, nameZh: NATIONAL_REGION.name_zh, level: NATIONAL_REGION.level, generated: true });
      addRegionNames(cat, id, [NATIONAL_REGION.name_zh, NATIONAL_REGION.name_en]);
      const gen = { id, name: NATIONAL_REGION.name_zh, level: NATIONAL_REGION.level, name_en: NATIONAL_REGION.name_en };
      out.regions.push(gen);
      report.generatedRegions.push({ id, name: gen.name });
      national = id;
    }
    return national;
  };

  for (const row of rows) {
    const cell = (i: number | null) => (i === null ? '' : (row.cells[i] ?? '').trim());
    const present = layout.columns.filter((c) => !isMissing(row.cells[c.index] ?? ''));
    report.cellsMissing += layout.columns.length - present.length;
    report.rowsRead += present.length;
    if (present.length === 0) continue;
    const parseError = parseErrors.get(row.line);
    if (parseError !== undefined) {
      reject(report, index, { line: row.line, code: 'parse_error', detail: parseError }, present.length);
      continue;
    }
    const regionRaw = layout.regionCol !== null ? cell(layout.regionCol) : (layout.fixedRegion ?? '');
    const indicatorRaw = layout.indicatorCol !== null ? cell(layout.indicatorCol) : (layout.fixedIndicator ?? '');
    let region: string | null;
    if (layout.regionCol === null && layout.fixedRegion === null) region = nationalRegion();
    else if (regionRaw === '') {
      reject(report, index, { line: row.line, column: layout.regionHeader, code: 'missing_required' }, present.length);
      continue;
    } else {
      region = resolveRegion(cat, regionRaw);
      if (!region) {
        reject(report, index, { line: row.line, column: layout.regionHeader, code: 'unknown_region', value: regionRaw }, present.length);
        continue;
      }
    }
    for (const col of present) {
      const raw = row.cells[col.index]!;
      const indRaw = col.indicator ?? indicatorRaw;
      if (indRaw === '') {
        reject(report, index, { line: row.line, column: layout.indicatorHeader, code: 'missing_required' });
        continue;
      }
      const ind = indicatorFor(indRaw, row.line);
      const n = parseNumber(raw);
      if (!n.ok) {
        reject(report, index, { line: row.line, column: col.header, code: 'not_a_number', value: raw.trim() });
        continue;
      }
      if (n.percent && !ind.unit.includes('%')) {
        reject(report, index, { line: row.line, column: col.header, code: 'percent_not_allowed', value: raw.trim(), detail: ind.unit });
        continue;
      }
      const p = col.period!;
      const key = `${ind.id}|${region}|${p.year}|${p.month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        reject(report, index, { line: row.line, column: col.header, code: 'duplicate_row', value: `${ind.id} ${region} ${p.period}`, detail: `${report.file}:${first}` });
        continue;
      }
      seen.set(key, row.line);
      out.records.push({
        indicator_id: ind.id, region_id: region, period: p.period, year: p.year, month: p.month, freq: p.freq,
        value: scaled(n.value, ind.factor), quality: null, source_line: row.line,
      });
      out.lines.push(row.line);
    }
  }
  return out;
}

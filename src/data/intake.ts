/**
 * The intake: files -> decoded text -> rows -> role or wide-export shape -> validated records ->
 * DuckDB tables, with a report for every file. One bad file never stops the others: every
 * failure is caught per file. The browser (boot, drag and drop), the tests and
 * `npm run check-data` all load through `runIntake`, so the rules are literally the same.
 *
 * Load order: files load in the order given (callers sort with `compareFilePaths`: natural name
 * order, numbers compared as numbers; dropped files come last). Catalogues (regions, indicators,
 * policies) are validated before the files that refer to them. For the same indicator, region
 * and period in two files, the file loaded later wins (queries/20_obs.sql); the loser's row gets
 * a `superseded` entry naming the winner (queries/25_intake.sql).
 */
import type { ColumnData, ColumnType, Db } from '../db/types.ts';
import { cloneCatalog, emptyCatalog, type Catalog } from './catalog.ts';
import { parseCsv, type CsvRow } from './csvParse.ts';
import { decodeBytes } from './decode.ts';
import { emptyReport, fileStatus, type FileReport, type Problem } from './report.ts';
import { detectRole, ROLE_ORDER, type Role } from './roles.ts';
import { detectStatsExport, type StatsLayout } from './statsExport.ts';
import { RULES, type RecordOut, type RowInput } from './validateRows.ts';
import { validateWide, type WideAccepted } from './validateWide.ts';

/**
 * Files above this size are refused before they are read (a 200 MB extract would hold the page
 * for minutes and can exhaust the tab's memory). Split such an extract by year or region.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface InputFile {
  path: string;
  bytes: Uint8Array;
  /** Dropped onto the data screen: lives in this browser session only. */
  session?: boolean;
  modifiedAt?: string;
}

export interface IntakeProgress {
  phase: 'parse' | 'load' | 'done';
  filesDone: number;
  filesTotal: number;
  rowsLoaded: number;
  file?: string;
}

export interface IntakeOptions {
  onProgress?: (p: IntakeProgress) => void;
  /** Lets the page repaint between files and every few thousand rows. */
  yieldToUi?: () => Promise<void>;
  /** Files that failed before the intake saw them (a failed download, a file too large); reported with the rest. */
  failedBefore?: FileReport[];
}

export interface IntakeResult {
  reports: FileReport[];
  /** What the loaded files defined; a drag-and-drop preview validates against it. */
  catalog: Catalog;
}

/** Natural order: `1-9月.csv` before `1-10月.csv`. */
export function compareFilePaths(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

export function tooLargeReport(path: string, size: number): FileReport {
  const r = emptyReport(path, size);
  r.fileProblem = { code: 'too_large', detail: `${(size / 1048576).toFixed(1)} MB > ${MAX_FILE_BYTES / 1048576} MB` };
  return r;
}

export interface Prepared {
  report: FileReport;
  role: Role | null;
  columns: Map<string, number>;
  header: string[];
  rows: CsvRow[];
  seq: number;
  layout?: StatsLayout;
  parseErrors: Map<number, string>;
  /** Rows rejected as a whole by a file-level problem (no entry per row). */
  rejectedWhole: number;
}

/** Decode, parse and recognise one file; problems of the whole file land in its report. */
export function prepareFile(file: InputFile, seq: number): Prepared {
  const report = emptyReport(file.path, file.bytes.length);
  if (file.session) report.session = true;
  if (file.modifiedAt) report.modifiedAt = file.modifiedAt;
  const prepared: Prepared = { report, role: null, columns: new Map(), header: [], rows: [], seq, parseErrors: new Map(), rejectedWhole: 0 };
  if (file.bytes.length > MAX_FILE_BYTES) {
    report.fileProblem = tooLargeReport(file.path, file.bytes.length).fileProblem;
    return prepared;
  }
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    report.fileProblem = { code: decoded.reason };
    return prepared;
  }
  report.encoding = decoded.encoding;
  const parsed = parseCsv(decoded.text);
  report.delimiter = parsed.delimiter;
  prepared.parseErrors = new Map(parsed.errors.map((e) => [e.line, e.message]));
  const [header, ...rows] = parsed.rows;
  if (!header) {
    report.fileProblem = { code: 'empty' };
    return prepared;
  }
  const match = detectRole(header.cells);
  if (match.role) {
    report.role = match.role;
    report.shape = 'tidy';
    report.rowsRead = rows.length;
    if (rows.length === 0) report.fileProblem = { code: 'header_only' };
    prepared.role = match.role;
    prepared.columns = match.columns;
    prepared.header = header.cells;
    prepared.rows = rows;
    return prepared;
  }
  const stats = detectStatsExport(parsed.rows);
  if (stats.ok) {
    const { layout } = stats;
    report.role = 'observations';
    report.shape = layout.shape;
    report.unit = 'cells';
    if (layout.database) report.database = layout.database;
    report.notes = [...layout.notes, ...layout.ignoredColumns.map((c) => `[${c}]`)];
    prepared.role = 'observations';
    prepared.layout = layout;
    prepared.rows = layout.rows;
    if (layout.rows.length === 0) report.fileProblem = { code: 'header_only' };
    return prepared;
  }
  // not a file the intake knows: every row is rejected by the file's problem
  report.rowsRead = rows.length;
  prepared.rejectedWhole = rows.length;
  if (stats.looksLikeExport) report.fileProblem = { code: 'no_header_row' };
  else if (header.cells.length === 1) report.fileProblem = { code: 'single_column', detail: header.cells[0]?.slice(0, 80) };
  else {
    report.fileProblem = {
      code: 'unknown_role',
      detail: match.closest ? `${match.closest.role}: ${match.closest.missing.join(', ')}` : header.cells.slice(0, 8).join(', '),
    };
  }
  return prepared;
}

function rowInput(p: Prepared, row: CsvRow): RowInput {
  return {
    file: p.report.file,
    line: row.line,
    get: (key) => {
      const i = p.columns.get(key);
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
  };
}

export interface Accepted {
  records: RecordOut[];
  lines: number[];
  wide?: WideAccepted;
}

const YIELD_EVERY = 5000;

/** Validates the rows of one prepared file against the catalogue, registering what it defines. */
export async function validateFile(p: Prepared, cat: Catalog, yieldToUi?: () => Promise<void>): Promise<Accepted> {
  if (p.layout) {
    const wide = validateWide(p.report, p.layout, p.rows, p.parseErrors, cat);
    return { records: wide.records, lines: wide.lines, wide };
  }
  const rules = RULES[p.role!];
  const accepted: Accepted = { records: [], lines: [] };
  const seenKeys = new Map<string, number>();
  // the column as the file writes it, and its 1-based position
  const where = (key: string | undefined): Pick<Problem, 'column'> => {
    if (key === undefined) return {};
    const i = p.columns.get(key);
    return { column: i === undefined ? key : (p.header[i]?.trim() ?? key) };
  };
  let n = 0;
  for (const row of p.rows) {
    if (yieldToUi && ++n % YIELD_EVERY === 0) await yieldToUi();
    const msg = p.parseErrors.get(row.line);
    if (msg !== undefined) {
      p.report.rejects.push({ line: row.line, code: 'parse_error', detail: msg });
      continue;
    }
    const input = rowInput(p, row);
    const res = rules.convert(input, cat);
    if (!res.ok) {
      p.report.rejects.push({ line: row.line, ...res.problem, ...where(res.problem.column) });
      continue;
    }
    if (res.key !== undefined) {
      const first = seenKeys.get(res.key);
      if (first !== undefined) {
        p.report.rejects.push({ line: row.line, code: 'duplicate_row', value: res.key.replace(/\|/g, ' '), detail: `${p.report.file}:${first}` });
        continue;
      }
      seenKeys.set(res.key, row.line);
    }
    rules.register?.(res.record, input, cat);
    accepted.records.push(res.record);
    accepted.lines.push(row.line);
  }
  return accepted;
}

/** Regions whose parent_id names no known region are rejected, repeatedly, until none are left. */
function rejectOrphanRegions(files: { p: Prepared; acc: Accepted }[], cat: Catalog): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { p, acc } of files) {
      for (let i = acc.records.length - 1; i >= 0; i--) {
        const rec = acc.records[i]!;
        const parent = rec.parent_id as string | null;
        if (parent !== null && !cat.regions.has(parent)) {
          const col = p.columns.get('parent_id');
          p.report.rejects.push({ line: acc.lines[i]!, code: 'unknown_parent', column: col === undefined ? 'parent_id' : p.header[col]!.trim(), value: parent });
          cat.regions.delete(rec.region_id as string);
          for (const [k, v] of cat.regionNames) if (v === rec.region_id) cat.regionNames.delete(k);
          acc.records.splice(i, 1);
          acc.lines.splice(i, 1);
          changed = true;
        }
      }
    }
  }
}

/** Records -> the columns insertColumns takes, in the order of `spec`. */
function toColumns(records: RecordOut[], spec: { name: string; type: ColumnType }[]): ColumnData[] {
  return spec.map((c) => ({ name: c.name, type: c.type, values: records.map((r) => r[c.name] ?? null) }));
}

const text = (name: string) => ({ name, type: 'text' as const });
const GENERATED_REGION = [text('region_id'), text('name_zh'), text('name_en'), text('level'), { name: 'is_generated', type: 'int' as const }, text('source_file')];
const GENERATED_INDICATOR = [text('indicator_id'), text('name_zh'), text('unit'), text('direction'), text('value_type'), text('category'), { name: 'is_generated', type: 'int' as const }, text('source_file')];

async function insertRecords(db: Db, p: Prepared, acc: Accepted): Promise<void> {
  const file = p.report.file;
  // catalogue entries a wide export created (is_generated = 1 lands as true)
  const regions = (acc.wide?.regions ?? []).map((r) => ({ region_id: r.id, name_zh: r.name, name_en: r.name_en, level: r.level, is_generated: 1, source_file: file }));
  if (regions.length > 0) await db.insertColumns('regions', toColumns(regions, GENERATED_REGION));
  const indicators = (acc.wide?.indicators ?? []).map((i) => ({ ...i, category: 'generated', is_generated: 1, source_file: file }));
  if (indicators.length > 0) await db.insertColumns('indicators', toColumns(indicators, GENERATED_INDICATOR));
  const rules = RULES[p.role!];
  const n = acc.records.length;
  if (n === 0) return;
  const cols = toColumns(acc.records, rules.columns);
  cols.push({ name: 'source_file', type: 'text', values: new Array(n).fill(file) });
  if (p.role === 'observations') cols.push({ name: 'load_seq', type: 'int', values: new Array(n).fill(p.seq) });
  await db.insertColumns(rules.table, cols);
}

const rejectCount = (r: FileReport) => r.rejects.reduce((n, p) => n + (p.count ?? 1), 0);

function finish(p: Prepared, loaded: number): void {
  const r = p.report;
  r.rowsLoaded = loaded;
  r.rejects.sort((a, b) => a.line - b.line);
  r.rowsRejected = rejectCount(r) + p.rejectedWhole;
  const distinct = (code: Problem['code']) => [...new Set(r.rejects.filter((x) => x.code === code).map((x) => x.value ?? ''))].filter(Boolean);
  r.unmatched = { regions: distinct('unknown_region'), indicators: distinct('unknown_indicator') };
  r.loadedAt = new Date().toISOString();
}

/**
 * Marks rows that a later file replaced (queries/25_intake.sql): each becomes a `superseded`
 * entry on the losing file's line, moved from loaded to rejected; the winner counts what it replaced.
 */
async function markSuperseded(db: Db, reports: FileReport[]): Promise<void> {
  const rows = await db.query<{ source_file: string; source_line: number; what: string; winner_file: string; winner_line: number; n: number }>(
    'SELECT source_file, source_line, what, winner_file, winner_line, n FROM obs_superseded_lines',
  );
  const byFile = new Map(reports.map((r) => [r.file, r]));
  for (const s of rows) {
    const loser = byFile.get(s.source_file);
    const winner = byFile.get(s.winner_file);
    if (!loser) continue;
    loser.rejects.push({ line: s.source_line, code: 'superseded', value: s.what, detail: `${s.winner_file}:${s.winner_line}`, count: s.n });
    loser.rowsLoaded -= s.n;
    loser.rowsRejected += s.n;
    loser.rowsSuperseded += s.n;
    if (winner) winner.supersedes += s.n;
  }
  for (const r of reports) r.rejects.sort((a, b) => a.line - b.line);
}

export async function writeReports(db: Db, reports: FileReport[]): Promise<void> {
  await db.exec('DELETE FROM load_files; DELETE FROM load_rejects;');
  await db.insertColumns('load_files', [
    { name: 'file', type: 'text', values: reports.map((r) => r.file) },
    { name: 'role', type: 'text', values: reports.map((r) => r.role) },
    { name: 'shape', type: 'text', values: reports.map((r) => r.shape) },
    { name: 'encoding', type: 'text', values: reports.map((r) => r.encoding) },
    { name: 'rows_read', type: 'int', values: reports.map((r) => r.rowsRead) },
    { name: 'rows_loaded', type: 'int', values: reports.map((r) => r.rowsLoaded) },
    { name: 'rows_rejected', type: 'int', values: reports.map((r) => r.rowsRejected) },
    { name: 'rows_superseded', type: 'int', values: reports.map((r) => r.rowsSuperseded) },
    { name: 'status', type: 'text', values: reports.map(fileStatus) },
    { name: 'message', type: 'text', values: reports.map((r) => (r.fileProblem ? `${r.fileProblem.code}${r.fileProblem.detail ? ': ' + r.fileProblem.detail : ''}` : null)) },
    { name: 'loaded_at', type: 'text', values: reports.map((r) => r.loadedAt) },
  ]);
  const rejects: (Problem & { file: string })[] = reports.flatMap((r) => r.rejects.map((p) => ({ ...p, file: r.file })));
  if (rejects.length > 0) {
    await db.insertColumns('load_rejects', [
      { name: 'file', type: 'text', values: rejects.map((p) => p.file) },
      { name: 'line', type: 'int', values: rejects.map((p) => p.line) },
      { name: 'col', type: 'text', values: rejects.map((p) => p.column ?? null) },
      { name: 'code', type: 'text', values: rejects.map((p) => p.code) },
      { name: 'value', type: 'text', values: rejects.map((p) => p.value ?? null) },
      { name: 'detail', type: 'text', values: rejects.map((p) => p.detail ?? null) },
      { name: 'n', type: 'int', values: rejects.map((p) => p.count ?? 1) },
    ]);
  }
}

/** Empties the data tables, so that a reload starts from nothing. */
export async function clearData(db: Db): Promise<void> {
  const tables = [...new Set(Object.values(RULES).map((r) => r.table))];
  await db.exec(tables.map((t) => `DELETE FROM ${t};`).join('\n'));
}

/**
 * Loads the files, in the order given, into the (empty) data tables; returns one report per file
 * and the catalogue. The semantic layer must be applied (the superseded rows come from a view).
 */
export async function runIntake(db: Db, files: InputFile[], opts: IntakeOptions = {}): Promise<IntakeResult> {
  const { onProgress, yieldToUi } = opts;
  const total = files.length;
  let rowsLoaded = 0;
  let done = 0;
  const prepared: Prepared[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    try {
      prepared.push(prepareFile(f, i));
    } catch (e) {
      const report = emptyReport(f.path, f.bytes.length);
      report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
      prepared.push({ report, role: null, columns: new Map(), header: [], rows: [], seq: i, parseErrors: new Map(), rejectedWhole: 0 });
    }
    onProgress?.({ phase: 'parse', filesDone: i + 1, filesTotal: total, rowsLoaded, file: f.path });
    await yieldToUi?.();
  }

  const cat = emptyCatalog();
  const byRole = (role: Role) => prepared.filter((p) => p.role === role).sort((a, b) => a.seq - b.seq);
  for (const role of ROLE_ORDER) {
    const group: { p: Prepared; acc: Accepted }[] = [];
    for (const p of byRole(role)) group.push({ p, acc: await validateFile(p, cat, yieldToUi) });
    if (role === 'regions') rejectOrphanRegions(group, cat);
    for (const { p, acc } of group) {
      try {
        await insertRecords(db, p, acc);
        finish(p, acc.records.length);
      } catch (e) {
        // the insert failed as a whole: every row of the file is counted as rejected
        p.report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
        p.report.rejects = [];
        p.rejectedWhole = p.report.rowsRead;
        finish(p, 0);
      }
      rowsLoaded += p.report.rowsLoaded;
      done++;
      onProgress?.({ phase: 'load', filesDone: done, filesTotal: total, rowsLoaded, file: p.report.file });
      await yieldToUi?.();
    }
  }
  for (const p of prepared) if (!p.role) finish(p, 0);
  const reports = [...prepared.map((p) => p.report), ...(opts.failedBefore ?? [])];
  await markSuperseded(db, reports);
  await writeReports(db, reports);
  onProgress?.({ phase: 'done', filesDone: total, filesTotal: total, rowsLoaded });
  return { reports, catalog: cat };
}

/** Loads every file into the database's tables; returns one report per file, in input order. */
export async function loadFiles(db: Db, files: InputFile[], opts: IntakeOptions = {}): Promise<FileReport[]> {
  return (await runIntake(db, files, opts)).reports;
}

export interface Preview {
  report: FileReport;
  /** The records as they would load (observations, targets, …), at most `limit`. */
  records: RecordOut[];
  columns: string[];
  table: string | null;
}

/**
 * What a file would do if loaded now: the same preparation and validation as a load, against a
 * copy of the session's catalogue, without touching the database.
 */
export async function previewFile(file: InputFile, cat: Catalog, seq: number, limit = 200): Promise<Preview> {
  let p: Prepared;
  try {
    p = prepareFile(file, seq);
  } catch (e) {
    const report = emptyReport(file.path, file.bytes.length);
    report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
    return { report, records: [], columns: [], table: null };
  }
  if (!p.role) {
    finish(p, 0);
    return { report: p.report, records: [], columns: [], table: null };
  }
  const acc = await validateFile(p, cloneCatalog(cat));
  finish(p, acc.records.length);
  const rules = RULES[p.role];
  return { report: p.report, records: acc.records.slice(0, limit), columns: rules.columns.map((c) => c.name), table: rules.table };
}

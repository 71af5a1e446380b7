/**
 * One file through the intake: decoded, parsed, its role or wide-export shape recognised
 * (`prepareFile`), then its rows validated against the catalogue (`validateFile`). Problems of the
 * whole file and of each row land in the file's report; nothing here touches the database.
 */
import { type Catalog } from './catalog.ts';
import type { ReaderCandidate } from './csvReaderIntake.ts';
import { parseCsv, type CsvRow } from './csvParse.ts';
import { decodeBytes } from './decode.ts';
import { emptyReport, type FileReport, type Problem } from './report.ts';
import { detectRole, type Role } from './roles.ts';
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
  /** A tidy observations file DuckDB's CSV reader may load (src/data/csvReaderIntake.ts); rows not parsed yet. */
  reader?: { candidate: ReaderCandidate; file: InputFile };
}

function fileReport(file: InputFile): FileReport {
  const report = emptyReport(file.path, file.bytes.length);
  if (file.session) report.session = true;
  if (file.modifiedAt) report.modifiedAt = file.modifiedAt;
  return report;
}

/** A file for DuckDB's CSV reader: its report says what the JavaScript intake's would before the rows are read. */
export function prepareForReader(file: InputFile, seq: number, candidate: ReaderCandidate): Prepared {
  const report = fileReport(file);
  report.encoding = candidate.encoding;
  report.delimiter = candidate.delimiter;
  report.role = 'observations';
  report.shape = 'tidy';
  return {
    report, role: 'observations', columns: candidate.columns, header: candidate.header, rows: [], seq,
    parseErrors: new Map(), rejectedWhole: 0, reader: { candidate, file },
  };
}

/** Decode, parse and recognise one file; problems of the whole file land in its report. */
export function prepareFile(file: InputFile, seq: number): Prepared {
  const report = fileReport(file);
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

/** `prepareFile` that never throws: an unexpected failure becomes the file's `load_failed` problem. */
export function prepareOrFail(file: InputFile, seq: number): Prepared {
  try {
    return prepareFile(file, seq);
  } catch (e) {
    const report = emptyReport(file.path, file.bytes.length);
    report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
    return { report, role: null, columns: new Map(), header: [], rows: [], seq, parseErrors: new Map(), rejectedWhole: 0 };
  }
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


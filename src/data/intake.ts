/**
 * The intake: files -> decoded text -> rows -> role -> validated records -> DuckDB tables, with a
 * report for every file. One bad file never stops the others: every failure is caught per file.
 */
import type { ColumnData, Db } from '../db/types.ts';
import { emptyCatalog, type Catalog } from './catalog.ts';
import { parseCsv, type CsvRow } from './csvParse.ts';
import { decodeBytes } from './decode.ts';
import { emptyReport, fileStatus, type FileReport, type Problem } from './report.ts';
import { detectRole, ROLE_ORDER, type Role } from './roles.ts';
import { RULES, type RecordOut, type RowInput } from './validateRows.ts';

export interface InputFile {
  path: string;
  bytes: Uint8Array;
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
  /** Lets the page repaint between files. */
  yieldToUi?: () => Promise<void>;
  /** Files that failed before the intake saw them (e.g. a failed download); reported with the rest. */
  failedBefore?: FileReport[];
}

interface Prepared {
  report: FileReport;
  role: Role | null;
  columns: Map<string, number>;
  rows: CsvRow[];
  seq: number;
}

/** Decode, parse and recognise one file; problems of the whole file land in its report. */
export function prepareFile(file: InputFile, seq: number): Prepared {
  const report = emptyReport(file.path, file.bytes.length);
  const prepared: Prepared = { report, role: null, columns: new Map(), rows: [], seq };
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    report.fileProblem = { code: decoded.reason };
    return prepared;
  }
  report.encoding = decoded.encoding;
  const parsed = parseCsv(decoded.text);
  report.delimiter = parsed.delimiter;
  const [header, ...rows] = parsed.rows;
  if (!header) {
    report.fileProblem = { code: 'empty' };
    return prepared;
  }
  const match = detectRole(header.cells);
  report.role = match.role;
  report.shape = match.role ? 'tidy' : 'unknown';
  report.rowsRead = rows.length;
  if (!match.role) {
    const single = header.cells.length === 1;
    report.fileProblem = single
      ? { code: 'single_column', detail: header.cells[0]?.slice(0, 80) }
      : { code: 'unknown_role', detail: match.closest ? `${match.closest.role}: ${match.closest.missing.join(', ')}` : header.cells.slice(0, 8).join(', ') };
    // every row of an unrecognised file is rejected, so loaded + rejected = read holds
    report.rejects = rows.map((r) => ({ line: r.line, code: 'parse_error', detail: report.fileProblem!.code }));
    report.rowsRejected = rows.length;
    return prepared;
  }
  if (rows.length === 0) report.fileProblem = { code: 'header_only' };
  const parseErrors = new Map(parsed.errors.map((e) => [e.line, e.message]));
  prepared.role = match.role;
  prepared.columns = match.columns;
  prepared.rows = rows.filter((r) => {
    const msg = parseErrors.get(r.line);
    if (msg === undefined) return true;
    report.rejects.push({ line: r.line, code: 'parse_error', detail: msg });
    return false;
  });
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

interface Accepted {
  records: RecordOut[];
  lines: number[];
}

/** Validates the rows of one prepared file against the catalogue, registering what it defines. */
export function validateFile(p: Prepared, cat: Catalog): Accepted {
  const rules = RULES[p.role!];
  const accepted: Accepted = { records: [], lines: [] };
  const seenKeys = new Map<string, number>();
  for (const row of p.rows) {
    const input = rowInput(p, row);
    const res = rules.convert(input, cat);
    if (!res.ok) {
      p.report.rejects.push({ line: row.line, ...res.problem });
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
          p.report.rejects.push({ line: acc.lines[i]!, code: 'unknown_parent', column: 'parent_id', value: parent });
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

async function insertRecords(db: Db, p: Prepared, acc: Accepted): Promise<void> {
  const rules = RULES[p.role!];
  const n = acc.records.length;
  if (n === 0) return;
  const cols: ColumnData[] = rules.columns.map((c) => ({ name: c.name, type: c.type, values: acc.records.map((r) => r[c.name] ?? null) }));
  cols.push({ name: 'source_file', type: 'text', values: new Array(n).fill(p.report.file) });
  if (p.role === 'observations') cols.push({ name: 'load_seq', type: 'int', values: new Array(n).fill(p.seq) });
  await db.insertColumns(rules.table, cols);
}

function finish(p: Prepared, loaded: number): void {
  const r = p.report;
  r.rowsLoaded = loaded;
  r.rejects.sort((a, b) => a.line - b.line);
  r.rowsRejected = r.rejects.length;
  r.loadedAt = new Date().toISOString();
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
    ]);
  }
}

/** Loads every file into the database's tables; returns one report per file, in input order. */
export async function loadFiles(db: Db, files: InputFile[], opts: IntakeOptions = {}): Promise<FileReport[]> {
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
      prepared.push({ report, role: null, columns: new Map(), rows: [], seq: i });
    }
    onProgress?.({ phase: 'parse', filesDone: i + 1, filesTotal: total, rowsLoaded, file: f.path });
    await yieldToUi?.();
  }

  const cat = emptyCatalog();
  const byRole = (role: Role) => prepared.filter((p) => p.role === role).sort((a, b) => a.report.file.localeCompare(b.report.file));
  for (const role of ROLE_ORDER) {
    const group = byRole(role).map((p) => ({ p, acc: validateFile(p, cat) }));
    if (role === 'regions') rejectOrphanRegions(group, cat);
    for (const { p, acc } of group) {
      try {
        await insertRecords(db, p, acc);
        finish(p, acc.records.length);
      } catch (e) {
        // the insert failed as a whole: every row of the file is counted as rejected
        p.report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
        p.report.rejects = p.rows.map((r) => ({ line: r.line, code: 'parse_error' as const, detail: 'load_failed' }));
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
  await writeReports(db, reports);
  onProgress?.({ phase: 'done', filesDone: total, filesTotal: total, rowsLoaded });
  return reports;
}

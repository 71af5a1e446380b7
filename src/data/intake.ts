/**
 * The intake's load sequence: files -> decoded text -> rows -> role or wide-export shape -> validated
 * records -> DuckDB tables, with a report for every file. One file's steps are in intakeFile.ts, the
 * report's closing and its tables in loadReport.ts, a dropped file's preview in preview.ts. One bad file never stops the others: every
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
import { emptyCatalog, type Catalog } from './catalog.ts';
import { readerCandidate, loadWithCsvReader } from './csvReaderIntake.ts';
import { prepareForReader, prepareOrFail, validateFile, type Accepted, type InputFile, type Prepared } from './intakeFile.ts';
import { finishReport, markSuperseded, writeReports } from './loadReport.ts';
import type { FileReport } from './report.ts';
import { ROLE_ORDER, type Role } from './roles.ts';
import { RULES, type RecordOut } from './validateRows.ts';

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
  /**
   * Tidy observations files from this size on go through DuckDB's CSV reader when it gives the
   * same report (src/data/csvReaderIntake.ts); Infinity: JavaScript only. Below half a megabyte
   * the reader's fixed cost per file (a few statements) outweighs what it saves.
   */
  csvReaderFromBytes?: number;
}

export interface IntakeResult {
  reports: FileReport[];
  /** What the loaded files defined; a drag-and-drop preview validates against it. */
  catalog: Catalog;
  /** The files DuckDB's CSV reader loaded (the others went through the JavaScript intake). */
  readByDuckDb: string[];
}

const CSV_READER_FROM_BYTES = 512 * 1024;

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
  const readByDuckDb: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const candidate = f.bytes.length >= (opts.csvReaderFromBytes ?? CSV_READER_FROM_BYTES) ? readerCandidate(f) : null;
    prepared.push(candidate ? prepareForReader(f, i, candidate) : prepareOrFail(f, i));
    onProgress?.({ phase: 'parse', filesDone: i + 1, filesTotal: total, rowsLoaded, file: f.path });
    await yieldToUi?.();
  }

  const cat = emptyCatalog();
  const byRole = (role: Role) => prepared.filter((p) => p.role === role).sort((a, b) => a.seq - b.seq);
  for (const role of ROLE_ORDER) {
    const group: { p: Prepared; acc: Accepted }[] = [];
    for (const p of byRole(role)) {
      if (p.reader) {
        const loaded = await loadWithCsvReader(db, p.reader.candidate, p.report.file, p.seq);
        if (loaded !== null) {
          p.report.rowsRead = loaded;
          finishReport(p, loaded);
          readByDuckDb.push(p.report.file);
          rowsLoaded += loaded;
          onProgress?.({ phase: 'load', filesDone: ++done, filesTotal: total, rowsLoaded, file: p.report.file });
          continue;
        }
        // a row the rules would reject or rewrite: the JavaScript intake reads the file and names each line's reason
        Object.assign(p, prepareOrFail(p.reader.file, p.seq), { reader: undefined });
      }
      group.push({ p, acc: await validateFile(p, cat, yieldToUi) });
    }
    if (role === 'regions') rejectOrphanRegions(group, cat);
    for (const { p, acc } of group) {
      try {
        await insertRecords(db, p, acc);
        finishReport(p, acc.records.length);
      } catch (e) {
        // the insert failed as a whole: every row of the file is counted as rejected
        p.report.fileProblem = { code: 'load_failed', detail: (e as Error).message };
        p.report.rejects = [];
        p.rejectedWhole = p.report.rowsRead;
        finishReport(p, 0);
      }
      rowsLoaded += p.report.rowsLoaded;
      done++;
      onProgress?.({ phase: 'load', filesDone: done, filesTotal: total, rowsLoaded, file: p.report.file });
      await yieldToUi?.();
    }
  }
  for (const p of prepared) if (!p.role) finishReport(p, 0);
  const reports = [...prepared.map((p) => p.report), ...(opts.failedBefore ?? [])];
  await markSuperseded(db, reports);
  await writeReports(db, reports);
  onProgress?.({ phase: 'done', filesDone: total, filesTotal: total, rowsLoaded });
  return { reports, catalog: cat, readByDuckDb };
}

/** Loads every file into the database's tables; returns one report per file, in input order. */
export async function loadFiles(db: Db, files: InputFile[], opts: IntakeOptions = {}): Promise<FileReport[]> {
  return (await runIntake(db, files, opts)).reports;
}


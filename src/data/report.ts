/**
 * The load report: what happened to every file and every rejected row.
 *
 * Accounting (checked by tests for every file of the corpus): rowsRead = rowsLoaded + rowsRejected.
 * - Tidy files count data rows (lines after the header).
 * - Statistics-bureau wide exports count value cells (one indicator × region × period each); blank
 *   cells and missing markers (`—`, `..`) are gaps, not data: they are counted in `cellsMissing`
 *   and not in rowsRead. Title lines, `注：` footnotes and `数据来源：` lines go to `notes`.
 * - A row superseded by the same indicator, region and period in a file loaded later stays in
 *   the observations table but is not in effect: it counts as rejected, with a `superseded` entry
 *   naming the winner (severity warning, so `npm run check-data` still exits 0 for it).
 * - A tidy observation whose value is a missing marker (`—`, `-`, `…`, `..`, empty) is a gap: read and
 *   rejected as `value_gap`, a warning.
 * - One Problem may stand for several cells of one line (`count`), e.g. an unknown region in a
 *   provincial export rejects every year's cell of that line at once.
 */
import type { Role } from './roles.ts';
import type { Encoding } from './decode.ts';

export type ProblemCode =
  | 'missing_required'
  | 'missing_value'
  | 'value_gap'
  | 'not_a_number'
  | 'bad_period'
  | 'bad_date'
  | 'bad_year'
  | 'bad_enum'
  | 'unknown_indicator'
  | 'unknown_region'
  | 'unknown_parent'
  | 'duplicate_id'
  | 'duplicate_row'
  | 'superseded'
  | 'parse_error'
  | 'out_of_range'
  | 'percent_not_allowed';

export type FileProblemCode =
  | 'binary'
  | 'empty'
  | 'header_only'
  | 'unknown_role'
  | 'single_column'
  | 'no_header_row'
  | 'too_large'
  | 'fetch_failed'
  | 'load_failed';

/** How a file was read: a tidy role file, or one of the statistics-bureau wide exports. */
export type Shape = 'tidy' | 'stats_annual' | 'stats_quarterly' | 'stats_monthly' | 'stats_provincial' | 'unknown';

export type Severity = 'error' | 'warning';

/** Warnings do not make `npm run check-data` fail: the rule that resolved them is the intended one. */
export function problemSeverity(code: ProblemCode): Severity {
  return code === 'superseded' || code === 'value_gap' ? 'warning' : 'error';
}

export interface Problem {
  /** 1-based line in the file. */
  line: number;
  /** The column's header as written in the file (e.g. `value`, `2022年`, `地区`). */
  column?: string;
  code: ProblemCode;
  /** The offending cell, or the other party of a duplicate. */
  value?: string;
  detail?: string;
  /** Cells of this line this entry stands for (wide exports); 1 when absent. */
  count?: number;
}

/** A wide-export indicator name and what it became in the catalogue. */
export interface IndicatorMatch {
  /** As written in the file, e.g. `进出口总额_累计值(千美元)`. */
  raw: string;
  id: string;
  /** `catalogue`: matched by name and unit; `generated`: a new catalogue entry marked is_generated. */
  how: 'catalogue' | 'generated';
  unit: string;
  /** Multiplier applied to the file's values to reach the catalogue's unit (千美元 -> 万美元: 0.1). */
  factor: number;
  /** Why a same-named catalogue entry was not used (unit or kind of value differs). */
  note?: string;
}

export interface GeneratedRegion {
  id: string;
  name: string;
}

export interface FileReport {
  file: string;
  role: Role | null;
  shape: Shape;
  /** The `数据库：` line of a statistics export, e.g. `分省年度数据`. */
  database?: string;
  encoding: Encoding | null;
  delimiter: string | null;
  bytes: number;
  /** What rowsRead counts. */
  unit: 'rows' | 'cells';
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Of rowsRejected: rows superseded by a file loaded later (warnings). */
  rowsSuperseded: number;
  /** Rows of files loaded earlier that this file's rows replaced. */
  supersedes: number;
  /** Blank or missing-marker cells of a wide export (gaps; not counted as read). */
  cellsMissing: number;
  rejects: Problem[];
  fileProblem?: { code: FileProblemCode; detail?: string };
  /** Title lines, footnotes and the source line of a statistics export. */
  notes: string[];
  indicatorMatches: IndicatorMatch[];
  generatedRegions: GeneratedRegion[];
  /** Distinct names that matched nothing in the catalogue (also listed row by row in rejects). */
  unmatched: { regions: string[]; indicators: string[] };
  /** The file came from a drag and drop and lives only in this browser session. */
  session?: boolean;
  /** File modification time from the manifest or the file system, when known. */
  modifiedAt?: string;
  loadedAt: string;
}

export type FileStatus = 'ok' | 'warning' | 'partial' | 'failed';

export function errorCount(r: FileReport): number {
  return r.rejects.reduce((n, p) => n + (problemSeverity(p.code) === 'error' ? (p.count ?? 1) : 0), 0);
}

export function fileStatus(r: FileReport): FileStatus {
  if (r.fileProblem) return 'failed';
  if (r.rowsRead > 0 && r.rowsLoaded === 0 && errorCount(r) > 0) return 'failed';
  if (errorCount(r) > 0) return 'partial';
  // only warnings left: superseded rows, gap markers
  return r.rowsRejected > 0 ? 'warning' : 'ok';
}

/** A file `npm run check-data` fails on: a file-level problem or any rejected row that is an error. */
export function hasErrors(r: FileReport): boolean {
  return !!r.fileProblem || errorCount(r) > 0;
}

export function emptyReport(file: string, bytes: number): FileReport {
  return {
    file,
    role: null,
    shape: 'unknown',
    encoding: null,
    delimiter: null,
    bytes,
    unit: 'rows',
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsSuperseded: 0,
    supersedes: 0,
    cellsMissing: 0,
    rejects: [],
    notes: [],
    indicatorMatches: [],
    generatedRegions: [],
    unmatched: { regions: [], indicators: [] },
    loadedAt: new Date().toISOString(),
  };
}

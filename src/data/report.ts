/** The load report: what happened to every file and every rejected row. */
import type { Role } from './roles.ts';
import type { Encoding } from './decode.ts';

export type ProblemCode =
  | 'missing_required'
  | 'missing_value'
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
  | 'out_of_range';

export type FileProblemCode =
  | 'binary'
  | 'empty'
  | 'header_only'
  | 'unknown_role'
  | 'single_column'
  | 'too_large'
  | 'fetch_failed'
  | 'load_failed';

export interface Problem {
  /** 1-based line in the file. */
  line: number;
  column?: string;
  code: ProblemCode;
  /** The offending cell, or the other party of a duplicate. */
  value?: string;
  detail?: string;
}

export interface FileReport {
  file: string;
  role: Role | null;
  shape: string;
  encoding: Encoding | null;
  delimiter: string | null;
  bytes: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rejects: Problem[];
  fileProblem?: { code: FileProblemCode; detail?: string };
  loadedAt: string;
}

export type FileStatus = 'ok' | 'partial' | 'failed';

export function fileStatus(r: FileReport): FileStatus {
  if (r.fileProblem || (r.rowsRead > 0 && r.rowsLoaded === 0)) return 'failed';
  return r.rowsRejected > 0 ? 'partial' : 'ok';
}

export function emptyReport(file: string, bytes: number): FileReport {
  return {
    file,
    role: null,
    shape: 'unknown',
    encoding: null,
    delimiter: null,
    bytes,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rejects: [],
    loadedAt: new Date().toISOString(),
  };
}

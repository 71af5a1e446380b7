/** A dropped file's preview: what it would load, before the analyst decides to add it to the session. */
import { cloneCatalog, type Catalog } from './catalog.ts';
import { prepareOrFail, validateFile, type InputFile } from './intakeFile.ts';
import { finishReport } from './loadReport.ts';
import type { FileReport } from './report.ts';
import { RULES, type RecordOut } from './validateRows.ts';

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
  const p = prepareOrFail(file, seq);
  if (!p.role) {
    finishReport(p, 0);
    return { report: p.report, records: [], columns: [], table: null };
  }
  const acc = await validateFile(p, cloneCatalog(cat));
  finishReport(p, acc.records.length);
  const rules = RULES[p.role];
  return { report: p.report, records: acc.records.slice(0, limit), columns: rules.columns.map((c) => c.name), table: rules.table };
}

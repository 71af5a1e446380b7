/**
 * Closing the load report: a file's counts once its rows are validated and inserted, the rows a
 * later file superseded (queries/25_intake.sql), and the report written to the load_files and
 * load_rejects tables that the data screen and check-data read.
 */
import type { Db } from '../db/types.ts';
import type { Prepared } from './intakeFile.ts';
import { fileStatus, type FileReport, type Problem } from './report.ts';

const rejectCount = (r: FileReport) => r.rejects.reduce((n, p) => n + (p.count ?? 1), 0);

export function finishReport(p: Prepared, loaded: number): void {
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
export async function markSuperseded(db: Db, reports: FileReport[]): Promise<void> {
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


/**
 * What an unattended refresh accepts (the display wall's auto-refresh, src/data/session.ts
 * `refetchIfChanged`): a new set of server files loads only when every file arrived whole and is
 * readable. A file missing, cut short or unreadable, or the server down, is a failed refresh: the
 * last good data stays loaded, and the next attempt comes after a back-off.
 */
import { prepareFile } from './intakeFile.ts';
import type { SourceResult } from './session.ts';

export type RefreshFailure = 'source' | 'fetch' | 'size' | 'bad_file' | 'load';

export class RefreshError extends Error {
  readonly reason: RefreshFailure;
  readonly file: string | undefined;
  constructor(reason: RefreshFailure, message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'RefreshError';
    this.reason = reason;
    this.file = file;
  }
}

/** Throws a RefreshError when the new files must not replace the loaded ones. */
export function acceptRefresh(next: SourceResult, previous: SourceResult): void {
  const failedBefore = new Set(previous.failed.map((r) => `${r.file}\u0000${r.fileProblem?.code ?? ''}`));
  for (const r of next.failed) {
    if (failedBefore.has(`${r.file}\u0000${r.fileProblem?.code ?? ''}`)) continue;
    const detail = r.fileProblem?.detail ?? r.fileProblem?.code ?? 'failed';
    throw new RefreshError(/bytes, the manifest lists/.test(detail) ? 'size' : 'fetch', detail, r.file);
  }
  const known = new Map(previous.files.map((f) => [f.path, f.hash]));
  for (const f of next.files) {
    if (known.get(f.path) === f.hash) continue;
    const problem = prepareFile({ path: f.path, bytes: f.bytes }, 0).report.fileProblem;
    if (problem) throw new RefreshError('bad_file', problem.code + (problem.detail ? `: ${problem.detail}` : ''), f.path);
  }
}

/** Any error of a refresh as a RefreshError (the manifest unreachable is `source`). */
export function asRefreshError(e: unknown): RefreshError {
  return e instanceof RefreshError ? e : new RefreshError('source', (e as Error)?.message ?? String(e));
}

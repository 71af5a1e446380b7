/**
 * Reloading data into a running session (the wall's auto-refresh; drag-and-drop loading can use
 * `replaceData` the same way). Catalogue validation needs every catalogue file, so a reload re-runs
 * the whole intake into freshly cleared tables: the cached bytes of unchanged files plus the new
 * bytes of changed ones. Only changed files are fetched.
 *
 * A refresh that would load a broken set (a file missing, truncated or unreadable, or the server
 * down) throws before the tables are touched, so the last good data stays on screen.
 */
import { assertIdent } from '../db/makeDb.ts';
import { refreshSnapshots, type SqlFile } from '../db/semanticLayer.ts';
import type { Db } from '../db/types.ts';
import { loadFiles, prepareFile, type InputFile, type IntakeOptions } from './intake.ts';
import { fetchDataFile, fetchManifest, type LoadedFile } from './loadFromServer.ts';
import type { Manifest, ManifestFile } from './manifest.ts';
import type { FileReport } from './report.ts';
import { RULES } from './validateRows.ts';

export interface ManifestDiff {
  /** new files and files whose hash or size changed */
  changed: ManifestFile[];
  unchanged: ManifestFile[];
  /** paths loaded before that the manifest no longer lists */
  removed: string[];
}

export function diffManifest(loaded: readonly Pick<LoadedFile, 'path' | 'hash' | 'size'>[], next: Manifest): ManifestDiff {
  const before = new Map(loaded.map((f) => [f.path, f]));
  const diff: ManifestDiff = { changed: [], unchanged: [], removed: [] };
  for (const f of next.files) {
    const b = before.get(f.path);
    if (b && b.hash === f.hash && b.size === f.size) diff.unchanged.push(f);
    else diff.changed.push(f);
  }
  const listed = new Set(next.files.map((f) => f.path));
  diff.removed = loaded.map((f) => f.path).filter((p) => !listed.has(p));
  return diff;
}

/** The tables the intake fills (the load report tables are rewritten by loadFiles itself). */
export function intakeTables(): string[] {
  return [...new Set(Object.values(RULES).map((r) => r.table))];
}

/** Clears the intake's tables, loads `files` afresh and rebuilds the snapshots. */
export async function replaceData(db: Db, files: InputFile[], sqlFiles: SqlFile[], opts: IntakeOptions = {}): Promise<FileReport[]> {
  for (const t of intakeTables()) await db.exec(`DELETE FROM ${assertIdent(t)}`);
  const reports = await loadFiles(db, [...files].sort((a, b) => a.path.localeCompare(b.path)), opts);
  await refreshSnapshots(db, sqlFiles);
  return reports;
}

export type RefreshFailure = 'manifest' | 'fetch' | 'size' | 'bad_file' | 'load';

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

export interface LoadedSet {
  files: LoadedFile[];
  reports: FileReport[];
}

export interface RefreshResult {
  /** false: the manifest lists the same files with the same hashes; nothing was fetched or loaded */
  changed: boolean;
  set: LoadedSet;
  fetched: string[];
}

/**
 * Re-reads the manifest; when a file changed, fetches only the changed files, checks them (size as
 * listed, a readable header) and reloads. On a load failure the previous set is loaded back.
 */
export interface RefreshOptions extends IntakeOptions {
  /** runs the table replacement with the database to itself (QueryClient.exclusive) */
  exclusive?: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
}

export async function refreshFromServer(db: Db, base: string, last: LoadedSet, sqlFiles: SqlFile[], opts: RefreshOptions = {}): Promise<RefreshResult> {
  let manifest: Manifest;
  try {
    manifest = await fetchManifest(base);
  } catch (e) {
    throw new RefreshError('manifest', (e as Error).message);
  }
  const diff = diffManifest(last.files, manifest);
  if (diff.changed.length === 0 && diff.removed.length === 0) return { changed: false, set: last, fetched: [] };
  const fresh = await Promise.all(
    diff.changed.map(async (f): Promise<LoadedFile> => {
      let bytes: Uint8Array;
      try {
        bytes = await fetchDataFile(base, f);
      } catch (e) {
        throw new RefreshError('fetch', (e as Error).message, f.path);
      }
      // a file still being written, or cut short, does not match the size the manifest lists
      if (bytes.length !== f.size) throw new RefreshError('size', `${bytes.length} bytes, manifest lists ${f.size}`, f.path);
      const problem = prepareFile({ path: f.path, bytes }, 0).report.fileProblem;
      if (problem) throw new RefreshError('bad_file', problem.code + (problem.detail ? `: ${problem.detail}` : ''), f.path);
      return { path: f.path, hash: f.hash, size: f.size, bytes };
    }),
  );
  const kept = new Map(last.files.map((f) => [f.path, f]));
  const files = [...diff.unchanged.map((f) => kept.get(f.path)!), ...fresh];
  const exclusive = opts.exclusive ?? ((fn) => fn(db));
  return exclusive(async (d) => {
    try {
      const reports = await replaceData(d, files, sqlFiles, opts);
      return { changed: true, set: { files, reports }, fetched: fresh.map((f) => f.path) };
    } catch (e) {
      await replaceData(d, last.files, sqlFiles, opts);
      throw new RefreshError('load', (e as Error).message);
    }
  });
}

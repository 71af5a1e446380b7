/** The browser side of the intake: manifest -> fetch every listed file -> loadFiles. */
import type { Db } from '../db/types.ts';
import { loadFiles, type InputFile, type IntakeProgress } from './intake.ts';
import { isManifest, MANIFEST_PATH, type Manifest, type ManifestFile } from './manifest.ts';
import { emptyReport, type FileReport } from './report.ts';

export interface ServerLoad {
  manifest: Manifest;
  reports: FileReport[];
  /** the bytes of every file fetched, so a later refresh fetches only what changed (src/data/reload.ts) */
  files: LoadedFile[];
}

/** A file as loaded: its bytes with the manifest's hash and size. */
export interface LoadedFile extends InputFile {
  hash: string;
  size: number;
}

export async function fetchManifest(base: string): Promise<Manifest> {
  const res = await fetch(`${base}${MANIFEST_PATH}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${MANIFEST_PATH}: HTTP ${res.status}`);
  const json: unknown = await res.json();
  if (!isManifest(json)) throw new Error(`${MANIFEST_PATH}: not a file list`);
  return json;
}

function dataUrl(base: string, path: string): string {
  return `${base}data/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** One data file's bytes; the hash in the query string defeats caches between versions. */
export async function fetchDataFile(base: string, f: ManifestFile): Promise<Uint8Array> {
  const res = await fetch(`${dataUrl(base, f.path)}?v=${encodeURIComponent(f.hash)}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches the files (a few at a time) and loads them; a file that cannot be fetched gets a failed report. */
export async function loadFromServer(db: Db, base: string, onProgress: (p: IntakeProgress) => void): Promise<ServerLoad> {
  const manifest = await fetchManifest(base);
  const inputs: LoadedFile[] = [];
  const failed: FileReport[] = [];
  let fetched = 0;
  const queue = [...manifest.files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      try {
        inputs.push({ path: f.path, hash: f.hash, size: f.size, bytes: await fetchDataFile(base, f) });
      } catch (e) {
        const r = emptyReport(f.path, f.size);
        r.fileProblem = { code: 'fetch_failed', detail: (e as Error).message };
        failed.push(r);
      }
      fetched++;
      onProgress({ phase: 'parse', filesDone: fetched, filesTotal: manifest.files.length, rowsLoaded: 0, file: f.path });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  inputs.sort((a, b) => a.path.localeCompare(b.path));
  const reports = await loadFiles(db, inputs, {
    onProgress,
    yieldToUi: () => new Promise((r) => setTimeout(r, 0)),
    failedBefore: failed,
  });
  return { manifest, reports, files: inputs };
}

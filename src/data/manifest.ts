/** The list of data files the app loads, written at build time and served live in dev. */
export interface ManifestFile {
  /** Path relative to data/, with forward slashes, e.g. `sample/targets.csv`. */
  path: string;
  size: number;
  /** Content hash, so a refresh reloads only files that changed. */
  hash: string;
  mtime: string;
}

export interface Manifest {
  generatedAt: string;
  files: ManifestFile[];
  /** Where the build step's Parquet description is, relative to data/ (absent: no build, read the CSVs). */
  build?: string;
}

export const MANIFEST_PATH = 'data/manifest.json';

export function isManifest(x: unknown): x is Manifest {
  if (!x || typeof x !== 'object') return false;
  const m = x as Partial<Manifest>;
  return Array.isArray(m.files) && m.files.every((f) => f && typeof f.path === 'string' && typeof f.size === 'number');
}

/**
 * The manifest, or an error within `timeoutMs`: a wall asks for it every few minutes for weeks, and one
 * answer that never finishes (a proxy holding the connection) must fail and be retried, not stop the
 * refresh for good.
 */
export async function fetchManifest(base: string, timeoutMs = 30_000): Promise<Manifest> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(`${base}${MANIFEST_PATH}`, { cache: 'no-store', signal: abort.signal });
    if (!res.ok) throw new Error(`${MANIFEST_PATH}: HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (!isManifest(json)) throw new Error(`${MANIFEST_PATH}: not a file list`);
    return json;
  } catch (e) {
    if (abort.signal.aborted) throw new Error(`${MANIFEST_PATH}: no answer within ${timeoutMs / 1000} s`, { cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

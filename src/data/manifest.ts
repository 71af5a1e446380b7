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

export async function fetchManifest(base: string): Promise<Manifest> {
  const res = await fetch(`${base}${MANIFEST_PATH}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${MANIFEST_PATH}: HTTP ${res.status}`);
  const json: unknown = await res.json();
  if (!isManifest(json)) throw new Error(`${MANIFEST_PATH}: not a file list`);
  return json;
}

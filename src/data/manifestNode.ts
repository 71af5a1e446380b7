/** Node-side data folder: the manifest (every *.csv under data/, sub-folders included) and serving its files live. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { MANIFEST_PATH, type Manifest, type ManifestFile } from './manifest.ts';
import { sendFile } from '../cli/sendFile.ts';

export function listDataFiles(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.csv')) out.push(full);
    }
  };
  walk(dataDir);
  return out.sort((a, b) => a.localeCompare(b));
}

/** A cheap content key for files too big to hash on every request: size and mtime. */
const HASH_LIMIT = 64 * 1024 * 1024;

export function buildManifest(dataDir: string, extra: Partial<Pick<Manifest, 'build'>> = {}): Manifest {
  const files: ManifestFile[] = listDataFiles(dataDir).map((full) => {
    const st = statSync(full);
    const hash =
      st.size > HASH_LIMIT
        ? `size-${st.size}-${st.mtimeMs.toFixed(0)}`
        : createHash('sha1').update(readFileSync(full)).digest('hex').slice(0, 16);
    return {
      path: relative(dataDir, full).split(sep).join('/'),
      size: st.size,
      hash,
      mtime: st.mtime.toISOString(),
    };
  });
  return { generatedAt: new Date().toISOString(), files, ...extra };
}

/**
 * Serves `/data/manifest.json` (built fresh on every request) and `/data/<path>.csv` straight from
 * the data folder, so that a file added or changed in data/ shows on the next page reload without
 * a restart. Used by `npm start` (src/cli/staticServer.ts) and the Vite dev server (vite.config.ts).
 * Resolves to false when the request is not for data/.
 */
export async function serveDataRequest(dataDir: string, pathname: string, req: IncomingMessage, res: ServerResponse, build?: string): Promise<boolean> {
  // data/build/ is the build step's output: served from dist/ like any other built file
  if (!pathname.startsWith('/data/') || pathname.startsWith('/data/build/')) return false;
  const root = resolve(dataDir);
  if (pathname === `/${MANIFEST_PATH}`) {
    const body = JSON.stringify(buildManifest(root, build ? { build } : {}));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  const file = normalize(resolve(root, '.' + pathname.slice('/data'.length)));
  if (!file.startsWith(root + sep) || !file.toLowerCase().endsWith('.csv') || !isFile(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return true;
  }
  await sendFile(file, req, res, { 'Content-Type': 'text/csv', 'Cache-Control': 'no-store' });
  return true;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

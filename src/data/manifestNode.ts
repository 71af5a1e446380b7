/** Node-side manifest builder: every *.csv under data/, sub-folders included. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Manifest, ManifestFile } from './manifest.ts';

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

export function buildManifest(dataDir: string): Manifest {
  const files: ManifestFile[] = listDataFiles(dataDir).map((full) => {
    const st = statSync(full);
    const hash = createHash('sha1').update(readFileSync(full)).digest('hex').slice(0, 16);
    return {
      path: relative(dataDir, full).split(sep).join('/'),
      size: st.size,
      hash,
      mtime: st.mtime.toISOString(),
    };
  });
  return { generatedAt: new Date().toISOString(), files };
}

/** Loads a folder of fixture CSVs into a fresh DuckDB (duckdb-wasm node build) through the real intake. */
import { openNativeDb } from '../../src/db/nativeDb.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles } from '../../src/data/intake.ts';
import { compareFilePaths, type InputFile } from '../../src/data/intakeFile.ts';
import type { FileReport } from '../../src/data/report.ts';
import { openNodeDb } from '../../src/db/nodeDb.ts';
import { applySemanticLayer, refreshSnapshots } from '../../src/db/semanticLayer.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function readCsvFolder(dir: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.toLowerCase().endsWith('.csv')) out.push({ path: relative(dir, full).split('\\').join('/'), bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(dir);
  // the app's load order (natural name order), so that a later file wins a duplicate as it does there
  return out.sort((a, b) => compareFilePaths(a.path, b.path));
}

export async function openWithSemanticLayer(): Promise<Db> {
  const db = await openNodeDb();
  await applySemanticLayer(db, readSqlFiles(join(ROOT, 'queries')));
  return db;
}

/** Both engines with the semantic layer applied: DuckDB-WASM (the browser, check-data) and native DuckDB (the build step). */
export const BOTH_ENGINES: [string, () => Promise<Db>][] = [
  ['DuckDB-WASM', openWithSemanticLayer],
  [
    'native DuckDB',
    async () => {
      const db = await openNativeDb();
      await applySemanticLayer(db, readSqlFiles(join(ROOT, 'queries')));
      return db;
    },
  ],
];

export async function loadFixture(dir: string): Promise<{ db: Db; reports: FileReport[] }> {
  const db = await openWithSemanticLayer();
  const reports = await loadFiles(db, readCsvFolder(dir));
  await refreshSnapshots(db, readSqlFiles(join(ROOT, 'queries')));
  return { db, reports };
}

/**
 * A data folder in native DuckDB, read the way the build reads it: the same intake, the same
 * semantic layer and snapshots, so the command's documents show the figures the screens show.
 */
import { join } from 'node:path';
import { readDataFolder } from '../data/folderSource.ts';
import { loadFiles } from '../data/intake.ts';
import { refreshSnapshots } from '../db/semanticLayer.ts';
import { openBuildDb } from './buildData.ts';
import { readSqlFiles } from '../db/semanticLayerNode.ts';
import type { Db } from '../db/types.ts';

export async function openDataDb(dataDir: string, root: string): Promise<Db> {
  const sql = readSqlFiles(join(root, 'queries'));
  const { files, failed } = readDataFolder(dataDir);
  const db = await openBuildDb(sql);
  try {
    await loadFiles(db, files, { failedBefore: failed });
    await refreshSnapshots(db, sql);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}

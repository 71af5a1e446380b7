/**
 * A data folder in native DuckDB, read the way the build reads it: the same intake, the same
 * semantic layer and snapshots, so the command's documents show the figures the screens show.
 */
import { join } from 'node:path';
import { readDataFolder } from '../data/folderSource.ts';
import { loadFiles } from '../data/intake.ts';
import { openNativeDb } from '../db/nativeDb.ts';
import { applySemanticLayer, refreshSnapshots } from '../db/semanticLayer.ts';
import { readSqlFiles } from '../db/semanticLayerNode.ts';
import type { Db } from '../db/types.ts';

export async function openDataDb(dataDir: string, root: string): Promise<Db> {
  const sql = readSqlFiles(join(root, 'queries'));
  const { files, failed } = readDataFolder(dataDir);
  const db = await openNativeDb();
  try {
    await applySemanticLayer(db, sql);
    await loadFiles(db, files, { failedBefore: failed });
    await refreshSnapshots(db, sql);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}

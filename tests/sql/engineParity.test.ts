/**
 * The same queries/ SQL on the same sample data gives the same results in DuckDB-WASM (the
 * browser's engine) and native DuckDB (the build's engine, and the scale-out path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFiles } from '../../src/data/intake.ts';
import { openNativeDb } from '../../src/db/nativeDb.ts';
import { applySemanticLayer, refreshSnapshots } from '../../src/db/semanticLayer.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';
import { canonRows } from '../helpers/canonRows.ts';
import { loadFixture, readCsvFolder, ROOT } from '../helpers/loadFixture.ts';

let wasm: Db;
let native: Db;

beforeAll(async () => {
  ({ db: wasm } = await loadFixture(join(ROOT, 'data')));
  native = await openNativeDb();
  const sql = readSqlFiles(join(ROOT, 'queries'));
  await applySemanticLayer(native, sql);
  await loadFiles(native, readCsvFolder(join(ROOT, 'data')));
  await refreshSnapshots(native, sql);
});
afterAll(async () => {
  await wasm?.close();
  await native?.close();
});

const QUERIES: [string, string][] = [
  ['series', 'SELECT * FROM series_snap'],
  ['target status', 'SELECT * EXCLUDE (source_file) FROM target_status_snap'],
  ['progress as of 2020-10', 'SELECT * EXCLUDE (source_file) FROM progress_at(2020, 10)'],
  ['region summary', 'SELECT * FROM region_summary(2020, 10)'],
  ['KPI cards', "SELECT * FROM family_kpis(2020, 10, 'taian')"],
  ['default view', 'SELECT * FROM default_view'],
];

describe('DuckDB-WASM and native DuckDB agree', () => {
  for (const [name, sql] of QUERIES) {
    it(name, async () => {
      const [a, b] = await Promise.all([wasm.query(sql), native.query(sql)]);
      expect(a.length).toBeGreaterThan(0);
      expect(canonRows(b)).toEqual(canonRows(a));
    });
  }
});

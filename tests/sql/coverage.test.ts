/**
 * The coverage views behind the data screen's heat map, on a small fixture worked by hand:
 * taishan misses March, trade_goods (annual) misses 2019, taian and xintai have targets but no
 * own data (taian's values are derived from its districts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runIntake } from '../../src/data/intake.ts';
import { refreshSnapshots } from '../../src/db/semanticLayer.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { openWithSemanticLayer, readCsvFolder, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
const rows = async (sql: string, params: (string | number)[] = []) => (await db.query(sql, params)).map((r) => Object.values(r));
const m = (y: number, mo: number) => y * 12 + mo - 1;

beforeAll(async () => {
  db = await openWithSemanticLayer();
  const files = [...readCsvFolder(join(CORPUS, 'catalog')), ...readCsvFolder(join(CORPUS, 'coverage'))];
  await runIntake(db, files);
  await refreshSnapshots(db, readSqlFiles(join(ROOT, 'queries')));
});
afterAll(async () => {
  await db?.close();
});

describe('coverage', () => {
  it('counts the periods missing inside each series at its own frequency', async () => {
    expect(await rows('SELECT indicator_id, region_id, step, n_present, n_expected, n_gaps FROM coverage_series ORDER BY indicator_id, region_id')).toEqual([
      ['fdi', 'daiyue', 1, 4, 4, 0],
      ['fdi', 'taishan', 1, 3, 4, 1],
      ['trade_goods', 'taishan', 12, 2, 3, 1],
    ]);
  });

  it('summarises each indicator over the regions with data or a target', async () => {
    expect(await rows('SELECT indicator_id, n_regions, n_reporting, n_gaps, n_without_data, is_generated FROM coverage_indicators ORDER BY indicator_id')).toEqual([
      ['fdi', 4, 2, 1, 2, false],
      ['trade_goods', 1, 1, 1, 0, false],
    ]);
  });

  it('counts reporting regions per month and spans all own data', async () => {
    expect(await rows("SELECT month_index, n_reporting FROM coverage_indicator_months WHERE indicator_id = 'fdi' ORDER BY month_index")).toEqual([
      [m(2020, 1), 2], [m(2020, 2), 2], [m(2020, 3), 1], [m(2020, 4), 2],
    ]);
    expect(await rows('SELECT first_index, last_index FROM coverage_span')).toEqual([[m(2018, 12), m(2020, 12)]]);
  });

  it('lists one indicator by region, shallowest first, with its own and derived cells', async () => {
    expect(await rows('SELECT region_id, depth, n_present, n_gaps, without_data FROM coverage_region_rows(?)', ['fdi'])).toEqual([
      ['taian', 1, 0, 0, true],
      ['taishan', 2, 3, 1, false],
      ['daiyue', 2, 4, 0, false],
      ['xintai', 2, 0, 0, true],
    ]);
    const cells = await rows('SELECT region_id, month, origin, value, source_file, source_line FROM coverage_region_cells(?) ORDER BY region_id, month', ['fdi']);
    expect(cells).toEqual([
      ['daiyue', 1, 'own', 1, 'observations.csv', 5],
      ['daiyue', 2, 'own', 2, 'observations.csv', 6],
      ['daiyue', 3, 'own', 3, 'observations.csv', 7],
      ['daiyue', 4, 'own', 4, 'observations.csv', 8],
      ['taian', 1, 'sum', 11, null, null],
      ['taian', 2, 'sum', 22, null, null],
      ['taian', 3, 'sum', 3, null, null],
      ['taian', 4, 'sum', 44, null, null],
      ['taishan', 1, 'own', 10, 'observations.csv', 2],
      ['taishan', 2, 'own', 20, 'observations.csv', 3],
      ['taishan', 4, 'own', 40, 'observations.csv', 4],
    ]);
  });
});

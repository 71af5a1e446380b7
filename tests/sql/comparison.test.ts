/**
 * The indicator screen's comparison set (src/panels/indicator/query.ts comparison): a region's children when any of
 * them has a target for the indicator, its siblings otherwise. Sample data, real DuckDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { comparison } from '../../src/panels/indicator/query.ts';
import { runPanelQuery } from '../../src/panels/runPanelQuery.ts';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await db?.close();
});

const compared = async (region: string, parent: string, indicator: string) =>
  (await runPanelQuery(db, comparison, { regionId: region, year: 2020, month: 6, indicatorId: indicator, parentId: parent })).map((r) => r.region_id).sort();
const under = async (parent: string, indicator: string) =>
  (await db.query<{ region_id: string }>("SELECT region_id FROM progress_at(2020, 6) WHERE parent_id = $1 AND indicator_id = $2 AND is_primary", [parent, indicator])).map((r) => r.region_id).sort();

describe('comparison set of the indicator bars', () => {
  it('a city: its units', async () => {
    const units = await under('taian', 'trade_goods');
    expect(units.length).toBeGreaterThan(5);
    expect(await compared('taian', 'taian', 'trade_goods')).toEqual(units);
  });
  it('a county whose zones have no trade target: the units beside it, itself included', async () => {
    expect(await under('daiyue', 'trade_goods')).toEqual([]);
    const units = await under('taian', 'trade_goods');
    expect(units).toContain('daiyue');
    expect(await compared('daiyue', 'taian', 'trade_goods')).toEqual(units);
  });
  it('a county whose zones have the indicator: its zones', async () => {
    const zones = await under('feicheng', 'zone_invest_intensity');
    expect(zones).toHaveLength(2);
    expect(await compared('feicheng', 'taian', 'zone_invest_intensity')).toEqual(zones);
  });
  it('an indicator nobody has a target for: nothing', async () => {
    expect(await compared('daiyue', 'taian', 'no_such_indicator')).toEqual([]);
  });
});

/**
 * Reloading data into a running database from a server folder the test controls: only changed
 * files are fetched; a missing, truncated or unreadable file, or a server that is down, leaves the
 * last good data in place; restoring the files recovers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFromServer } from '../../src/data/loadFromServer.ts';
import { refreshFromServer, RefreshError, type LoadedSet } from '../../src/data/reload.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import { refreshSnapshots } from '../../src/db/semanticLayer.ts';
import type { Db } from '../../src/db/types.ts';
import { WALL_SQL } from '../../src/screens/wall/wallSql.ts';
import { openWithSemanticLayer, ROOT } from '../helpers/loadFixture.ts';
import { makeTmpSite, type TmpSite } from '../helpers/tmpSite.ts';

const SQL = readSqlFiles(join(ROOT, 'queries'));
let site: TmpSite;
let db: Db;
let set: LoadedSet;
const obsPath = () => join(site.root, 'data/sample/observations-illustrative.csv');

async function fdi(region: string): Promise<number> {
  const [r] = await db.query<{ actual: number }>("SELECT actual FROM progress_at(2020, 10) WHERE region_id = ? AND indicator_id = 'fdi' AND is_primary", [region]);
  return r!.actual;
}

async function refresh() {
  const res = await refreshFromServer(db, `${site.origin}/`, set, SQL);
  set = res.set;
  return res;
}

async function failure(): Promise<RefreshError> {
  try {
    await refresh();
  } catch (e) {
    return e as RefreshError;
  }
  throw new Error('refresh did not fail');
}

beforeAll(async () => {
  site = makeTmpSite(4656, { app: false });
  await site.start();
  db = await openWithSemanticLayer();
  const load = await loadFromServer(db, `${site.origin}/`, () => {});
  await refreshSnapshots(db, SQL);
  set = { files: load.files, reports: load.reports };
});
afterAll(async () => {
  await db?.close();
  await site?.remove();
});

describe('refreshFromServer', () => {
  it('loads the sample: 泰山区 FDI 8100 of 10000 (81%), 泰安市 the sum of its units', async () => {
    expect(await fdi('taishan')).toBe(8100);
    const map = await db.query<{ region_id: string; completion: number | null; lon: number | null }>(WALL_SQL.mapAreas, ['taian', 2020, 10, 'fdi']);
    // 6 counties with a boundary, 4 zones placed by lon/lat
    expect(map.length).toBe(10);
    expect(map.find((r) => r.region_id === 'taishan')!.completion).toBeCloseTo(0.81, 10);
    expect(map.find((r) => r.region_id === 'taishan_scenic')!.completion).toBeCloseTo(2850 / 3000, 10);
    expect(map.filter((r) => r.lon !== null).length).toBe(4);
  });

  it('an unchanged manifest fetches and loads nothing', async () => {
    const res = await refresh();
    expect(res.changed).toBe(false);
    expect(res.fetched).toEqual([]);
  });

  it('a changed file is fetched alone and reloaded; roll-ups follow', async () => {
    const before = await fdi('taian');
    const text = readFileSync(obsPath(), 'utf8');
    writeFileSync(obsPath(), text.replace('fdi,taishan,2020-10,8100,illustrative', 'fdi,taishan,2020-10,9100,illustrative'));
    site.writeManifest();
    const res = await refresh();
    expect(res.changed).toBe(true);
    expect(res.fetched).toEqual(['sample/observations-illustrative.csv']);
    expect(await fdi('taishan')).toBe(9100);
    expect(await fdi('taian')).toBe(before + 1000);
    // catalogue files kept from the cache still validate the new observations
    expect(res.set.reports.every((r) => r.rowsRejected === 0)).toBe(true);
  });

  it('a file cut short (the manifest lists the whole new version) fails as size and keeps the last good data', async () => {
    const good = readFileSync(obsPath());
    writeFileSync(obsPath(), good.toString('utf8').replace('fdi,taishan,2020-10,9100', 'fdi,taishan,2020-10,9900'));
    site.writeManifest();
    const whole = readFileSync(obsPath());
    writeFileSync(obsPath(), whole.subarray(0, 1000));
    const e = await failure();
    expect(e).toBeInstanceOf(RefreshError);
    expect(e.reason).toBe('size');
    expect(e.file).toBe('sample/observations-illustrative.csv');
    expect(await fdi('taishan')).toBe(9100);
    // once the file is whole, the next refresh takes it
    writeFileSync(obsPath(), whole);
    expect((await refresh()).changed).toBe(true);
    expect(await fdi('taishan')).toBe(9900);
  });

  it('an unreadable file (manifest updated) fails as bad_file; the data stays', async () => {
    writeFileSync(obsPath(), 'this is not, a known\nheader,at all\n');
    site.writeManifest();
    const e = await failure();
    expect(e.reason).toBe('bad_file');
    expect(await fdi('taishan')).toBe(9900);
  });

  it('a missing file fails as fetch; the server down fails as manifest; restoring recovers', async () => {
    const good = join(site.root, 'data/sample/observations-illustrative.csv');
    renameSync(good, `${good}.away`);
    const e = await failure();
    expect(e.reason).toBe('fetch');
    await site.stop();
    const down = await failure();
    expect(down.reason).toBe('manifest');
    expect(await fdi('taishan')).toBe(9900);
    // back: the original sample file
    await site.start();
    writeFileSync(good, readFileSync(join(ROOT, 'data/sample/observations-illustrative.csv')));
    site.writeManifest();
    const res = await refresh();
    expect(res.changed).toBe(true);
    expect(await fdi('taishan')).toBe(8100);
  });
});

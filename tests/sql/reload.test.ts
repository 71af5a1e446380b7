/**
 * The wall's unattended refresh against a served folder the test controls (node DuckDB, the
 * browser's serverSource over HTTP): an unchanged manifest reloads nothing; a changed file is
 * fetched alone and reloaded; a file cut short, unreadable or missing, or the server down, leaves
 * the last good data in place; restoring the files recovers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverSource } from '../../src/data/loadFromServer.ts';
import { acceptRefresh, asRefreshError, type RefreshError } from '../../src/data/reload.ts';
import { DataSession } from '../../src/data/session.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';
import { mapAreas } from '../../src/panels/map/query.ts';
import { runPanelQuery } from '../../src/panels/runPanelQuery.ts';
import { openWithSemanticLayer, ROOT } from '../helpers/loadFixture.ts';
import { tempSite, type TempSite } from '../e2e/tempSite.ts';

let site: TempSite;
let db: Db;
const realFetch = globalThis.fetch;
let session: DataSession;
const fetched: string[] = [];
const obsPath = () => join(site.dir, 'data/sample/observations-illustrative.csv');

async function fdi(region: string): Promise<number> {
  const [r] = await db.query<{ actual: number }>("SELECT actual FROM progress_at(2020, 10) WHERE region_id = ? AND indicator_id = 'fdi' AND is_primary", [region]);
  return r!.actual;
}

const refresh = () => session.refetchIfChanged({ accept: acceptRefresh });

async function failure(): Promise<RefreshError> {
  try {
    await refresh();
  } catch (e) {
    return asRefreshError(e);
  }
  throw new Error('refresh did not fail');
}

beforeAll(async () => {
  site = await tempSite(join(ROOT, 'data'), 4656, { app: false });
  db = await openWithSemanticLayer();
  // count the data files actually downloaded
  const source = serverSource(`${site.origin}/`);
  globalThis.fetch = (input, init) => {
    const url = String(input);
    if (url.includes('/data/') && !url.includes('manifest.json')) fetched.push(decodeURIComponent(new URL(url).pathname.replace(/^\/data\//, '')));
    return realFetch(input, init);
  };
  session = new DataSession(db, readSqlFiles(join(ROOT, 'queries')), source);
  await session.refetch();
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await db?.close();
  await site?.close();
});

describe('unattended refresh', () => {
  it('loads the sample: 泰山区 FDI 8100 of 10000 (81%); the map rows of 泰安市', async () => {
    expect(await fdi('taishan')).toBe(8100);
    const map = await runPanelQuery(db, mapAreas, { regionId: 'taian', year: 2020, month: 10, indicatorId: 'fdi' });
    // 6 counties with a boundary, 4 zones placed by lon/lat
    expect(map.length).toBe(10);
    expect(map.find((r) => r.region_id === 'taishan')!.completion).toBeCloseTo(0.81, 10);
    expect(map.find((r) => r.region_id === 'taishan_scenic')!.completion).toBeCloseTo(2850 / 3000, 10);
    expect(map.filter((r) => r.lon !== null).length).toBe(4);
  });

  it('an unchanged manifest fetches and reloads nothing', async () => {
    fetched.length = 0;
    expect(await refresh()).toBeNull();
    expect(fetched).toEqual([]);
  });

  it('a changed file is fetched alone and reloaded; roll-ups follow', async () => {
    const before = await fdi('taian');
    writeFileSync(obsPath(), readFileSync(obsPath(), 'utf8').replace('fdi,taishan,2020-10,8100,', 'fdi,taishan,2020-10,9100,'));
    site.writeManifest();
    fetched.length = 0;
    const reports = await refresh();
    expect(reports).not.toBeNull();
    expect(fetched).toEqual(['sample/observations-illustrative.csv']);
    expect(await fdi('taishan')).toBe(9100);
    expect(await fdi('taian')).toBe(before + 1000);
  });

  it('a file cut short (the manifest lists the whole new version) fails as size and keeps the last good data', async () => {
    writeFileSync(obsPath(), readFileSync(obsPath(), 'utf8').replace('fdi,taishan,2020-10,9100,', 'fdi,taishan,2020-10,9900,'));
    site.writeManifest();
    const whole = readFileSync(obsPath());
    writeFileSync(obsPath(), whole.subarray(0, 1000));
    const e = await failure();
    expect(e.reason).toBe('size');
    expect(e.file).toBe('sample/observations-illustrative.csv');
    expect(await fdi('taishan')).toBe(9100);
    // once the file is whole, the next refresh takes it
    writeFileSync(obsPath(), whole);
    expect(await refresh()).not.toBeNull();
    expect(await fdi('taishan')).toBe(9900);
  });

  it('an unreadable file (listed so) fails as bad_file; the data stays', async () => {
    writeFileSync(obsPath(), 'this is not, a known\nheader,at all\n');
    site.writeManifest();
    expect((await failure()).reason).toBe('bad_file');
    expect(await fdi('taishan')).toBe(9900);
  });

  it('a missing file fails as fetch; the server down fails as source; restoring recovers', async () => {
    renameSync(obsPath(), `${obsPath()}.away`);
    expect((await failure()).reason).toBe('fetch');
    await site.stop();
    expect((await failure()).reason).toBe('source');
    expect(await fdi('taishan')).toBe(9900);
    await site.start();
    writeFileSync(obsPath(), readFileSync(join(ROOT, 'data/sample/observations-illustrative.csv')));
    site.writeManifest();
    expect(await refresh()).not.toBeNull();
    expect(await fdi('taishan')).toBe(8100);
    expect(session.reports.every((r) => r.rowsRejected === 0 || r.file !== 'sample/observations-illustrative.csv')).toBe(true);
  });
});

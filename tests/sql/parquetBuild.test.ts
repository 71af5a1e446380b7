/**
 * The build step's Parquet, loaded into DuckDB-WASM, gives the same answers as the browser's own
 * CSV intake; and the build is used only while the CSVs it read are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeedResult } from '../../src/app/firstScreen.ts';
import { buildData } from '../../src/cli/buildData.ts';
import { buildMatches, type DataBuild } from '../../src/data/dataBuild.ts';
import { readDataFolder } from '../../src/data/folderSource.ts';
import { bufferOf, decodeParquet } from '../../src/data/parquetDecode.ts';
import { loadDataBuild } from '../../src/data/parquetLoad.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';
import { canonRows } from '../helpers/canonRows.ts';
import { sameRows } from '../../src/db/sameRows.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { openNodeDb } from '../../src/db/nodeDb.ts';
import { applySemanticLayer, isRefreshFile, refreshTables, snapshotsFromBuild } from '../../src/db/semanticLayer.ts';

let out: string;
let build: DataBuild;
const viewFile = (file: string): SeedResult[] => JSON.parse(readFileSync(join(out, file), 'utf8')) as SeedResult[];
let fromCsv: Db;
let fromParquet: Db;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'pace-build-'));
  const data = join(ROOT, 'data');
  build = await buildData(readDataFolder(data), readSqlFiles(join(ROOT, 'queries')), out);
  ({ db: fromCsv } = await loadFixture(data));
  // as the browser opens it: the snapshot tables created empty from the build's column types, then filled from Parquet
  fromParquet = await openNodeDb();
  await applySemanticLayer(fromParquet, snapshotsFromBuild(readSqlFiles(join(ROOT, 'queries')), build.tables));
  await loadDataBuild(fromParquet, build, (t) => decodeParquet(bufferOf(new Uint8Array(readFileSync(join(out, t.file))))));
});
afterAll(async () => {
  await fromCsv?.close();
  await fromParquet?.close();
  rmSync(out, { recursive: true, force: true });
});


describe('build step', () => {
  it('writes every table, snapshots included, with their row counts', () => {
    const names = build.tables.map((t) => t.name);
    for (const t of ['observations', 'targets', 'regions', 'indicators', 'target_status_snap', 'series_snap', 'obs_all_snap']) expect(names).toContain(t);
    expect(build.tables.find((t) => t.name === 'observations')!.rows).toBe(build.reports.filter((r) => r.role === 'observations').reduce((s, r) => s + r.rowsLoaded, 0));
  });
  it('keeps the load report of every CSV', () => {
    expect(build.reports.map((r) => r.file).sort()).toEqual(Object.keys(build.sources).sort());
  });
  it('is used only while the manifest lists the same CSVs, unchanged', () => {
    const files = Object.entries(build.sources).map(([path, hash]) => ({ path, hash }));
    expect(buildMatches(build, files)).toBe(true);
    expect(buildMatches(build, files.map((f, i) => (i === 0 ? { ...f, hash: 'changed' } : f)))).toBe(false);
    expect(buildMatches(build, [...files, { path: 'new.csv', hash: 'x' }])).toBe(false);
    expect(buildMatches(build, files.slice(1))).toBe(false);
  });
});

describe('snapshot tables from the build', () => {
  it('replace every refresh file by its tables created empty, with the types the snapshot had', async () => {
    const files = readSqlFiles(join(ROOT, 'queries'));
    const replaced = snapshotsFromBuild(files, build.tables);
    const refresh = files.filter(isRefreshFile);
    expect(refresh.length).toBeGreaterThanOrEqual(8);
    for (const f of refresh) {
      const r = replaced.find((x) => x.name === f.name)!;
      expect(isRefreshFile(r), f.name).toBe(false);
      expect(r.sql.split(';').filter((x) => x.trim()).length, f.name).toBe(refreshTables(f).length);
    }
    // the types in the browser's tables are the native build's, DATE and BIGINT included
    for (const t of ['target_status_snap', 'progress_snap', 'region_tree', 'family_kpis_snap']) {
      const cols = await fromParquet.query<{ column_name: string; column_type: string }>(`DESCRIBE ${t}`);
      expect(cols.map((c) => [c.column_name, c.column_type]), t).toEqual(build.tables.find((x) => x.name === t)!.columns!.map((c) => [c.name, c.type]));
    }
    // a file whose table the build does not describe runs as written
    expect(snapshotsFromBuild(refresh, []).map((f) => f.sql)).toEqual(refresh.map((f) => f.sql));
  });
});

describe('Parquet in the browser engine answers like the CSV intake', () => {
  for (const [name, sql] of [
    ['KPI cards', "SELECT * FROM family_kpis(2020, 10, 'taian')"],
    ['progress as of 2020-06', 'SELECT * EXCLUDE (source_file) FROM progress_at(2020, 6)'],
    ['series', "SELECT * FROM series_snap WHERE region_id = 'taian'"],
    ['tree summary', "SELECT * FROM tree_summary(2020, 10, 'taian')"],
  ] as const) {
    it(name, async () => {
      const [a, b] = await Promise.all([fromCsv.query(sql), fromParquet.query(sql)]);
      expect(a.length).toBeGreaterThan(0);
      expect(canonRows(b)).toEqual(canonRows(a));
    });
  }
});

describe('first-screen seed (answers shown while DuckDB-WASM starts)', () => {
  it('covers the catalogue and every overview panel at the default view', () => {
    const seed = build.seed ?? [];
    expect(seed.length).toBeGreaterThanOrEqual(12);
    const kpis = seed.find((s) => s.sql.includes('family_kpis'))!;
    expect(kpis.params).toEqual([2020, 10, 'taian']);
    expect(kpis.rows.find((r) => r.indicator_id === 'fdi')?.target_value).toBe(74000);
  });
  it('every other default view has its own seed file, without what build.json already holds', () => {
    const views = build.views ?? {};
    // the screens' default views and the plan counties' overviews; not 泰安's (the default overview
    // itself) nor the bulletin's (every query it asks, the overview's message asks too)
    expect(Object.keys(views).sort()).toEqual(['data', 'indicator', 'overview:gaotang', 'overview:juye', 'overview:shanting', 'overview:tancheng', 'policy', 'region', 'wall']);
    const first = new Set((build.seed ?? []).map((s) => `${s.sql}\u0000${JSON.stringify(s.params)}`));
    for (const file of Object.values(views)) {
      const entries = viewFile(file);
      expect(entries.length, file).toBeGreaterThan(0);
      for (const e of entries) expect(first.has(`${e.sql}\u0000${JSON.stringify(e.params)}`), `${file}: ${e.sql}`).toBe(false);
    }
    // the region screen's target list (over 50 KB of JSON) is in its file: the screen draws without DuckDB
    expect(viewFile(views.region!).some((e) => e.screens?.includes('region') && JSON.stringify(e.rows).length > 50_000)).toBe(true);
  });
  it('every seeded result equals what DuckDB-WASM answers on the loaded Parquet and on the CSV intake', async () => {
    for (const s of [...(build.seed ?? []), ...Object.values(build.views ?? {}).flatMap(viewFile)]) {
      const [wasmParquet, wasmCsv] = await Promise.all([fromParquet.query(s.sql, s.params), fromCsv.query(s.sql, s.params)]);
      // through JSON, as the browser receives it
      const seeded = JSON.parse(JSON.stringify(s.rows)) as typeof s.rows;
      // the browser's own test of a seed (src/db/sameRows.ts): the same rows in the same order, numbers
      // equal but for their last bits (native DuckDB and DuckDB-WASM may average in another order:
      // −39.42015404681354 against …355); the diff is printed only when that fails
      const fromWasm = JSON.parse(JSON.stringify(wasmParquet)) as typeof s.rows;
      if (!sameRows(seeded, fromWasm)) expect(seeded, s.sql).toEqual(fromWasm);
      // the CSV intake sums in another order: the last bits of a double may differ
      expect(canonRows(seeded), s.sql).toEqual(canonRows(JSON.parse(JSON.stringify(wasmCsv)) as typeof s.rows));
    }
  });
});

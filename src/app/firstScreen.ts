/**
 * The queries the app asks for when it opens with no URL parameters (the catalogue, then the
 * overview at the default view). The build step runs them in native DuckDB and ships the results
 * with the Parquet (data/build/build.json `seed`); the browser answers them from there while
 * DuckDB-WASM is still starting, so the first screen does not wait for the wasm or the tables.
 * A browser test (tests/e2e/parquet.test.ts) checks that this list is exactly what the overview
 * asks for, and that every result equals DuckDB-WASM's.
 */
import { mapRegionFor } from '../charts/geo/cityKey.ts';
import { PANEL_SQL } from '../screens/panelSql.ts';
import { WALL_SQL } from '../screens/wall/wallSql.ts';
import { QueryClient } from '../db/queryClient.ts';
import type { Db, Param, Row } from '../db/types.ts';
import { parseViewState } from '../state/urlState.ts';
import { loadMeta, META_SQL, type Meta } from './meta.ts';
import { resolveView, type ResolvedView } from './view.ts';

export interface SeedQuery {
  /** names the results the first paint reads (src/app/prepaint.ts) without the SQL */
  id?: string;
  sql: string;
  params: Param[];
}

export function catalogQueries(): SeedQuery[] {
  return Object.entries(META_SQL).map(([name, sql]) => ({ id: `meta.${name}`, sql, params: [] }));
}

export function overviewQueries(meta: Meta, view: ResolvedView): SeedQuery[] {
  const ymr: Param[] = [view.year, view.month, view.regionId];
  const map = mapRegionFor(meta, view.regionId);
  return [
    { sql: PANEL_SQL.months, params: [view.regionId] },
    { id: 'kpis', sql: PANEL_SQL.kpis, params: ymr },
    { id: 'treeSummary', sql: PANEL_SQL.treeSummary, params: ymr },
    { sql: PANEL_SQL.rankingIndicators, params: ymr },
    { sql: PANEL_SQL.rankingOverall, params: ymr },
    { sql: PANEL_SQL.lagging, params: ymr },
    ...(map ? [{ sql: WALL_SQL.mapAreas, params: [map.regionId, view.year, view.month, view.indicatorId] }] : []),
  ];
}

export interface SeedResult extends SeedQuery {
  rows: Row[];
}

/** Runs the first screen's queries on a loaded database (the build step, in native DuckDB). */
export async function firstScreenResults(db: Db): Promise<SeedResult[]> {
  const client = new QueryClient(db);
  const meta = await loadMeta(client);
  const view = resolveView(parseViewState('', []), meta);
  const out: SeedResult[] = [];
  for (const q of [...catalogQueries(), ...overviewQueries(meta, view)]) out.push({ ...q, rows: await client.query(q.sql, q.params) });
  return out;
}

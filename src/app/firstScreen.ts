/**
 * The queries the app asks for when it opens with no URL parameters (the catalogue, then the
 * overview at the default view). The build step runs them in native DuckDB and ships the results
 * with the Parquet (data/build/build.json `seed`); the browser answers them from there while
 * DuckDB-WASM is still starting, so the first screen does not wait for the wasm or the tables.
 * A browser test (tests/e2e/parquet.test.ts) checks that this list is exactly what the overview
 * asks for, and that every result equals DuckDB-WASM's.
 */
import { mapRegionFor } from '../charts/geo/cityKey.ts';
import { QueryClient } from '../db/queryClient.ts';
import type { Db, Param, Row } from '../db/types.ts';
import { CATALOG_QUERIES } from '../panels/catalog/query.ts';
import { familyKpis } from '../panels/kpis/query.ts';
import { laggingTargets } from '../panels/lagging/query.ts';
import { mapAreas } from '../panels/map/query.ts';
import { monthsOfRegion } from '../panels/months/query.ts';
import { rankingIndicators, unitRanking } from '../panels/ranking/query.ts';
import { boundQuery } from '../panels/runPanelQuery.ts';
import { regionSummary, treeSummary } from '../panels/summary/query.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue } from '../panels/bulletin/query.ts';
import { monthEndIso } from '../documents/bulletinData.ts';
import { parseViewState } from '../state/urlState.ts';
import { loadMeta, type Meta } from './meta.ts';
import { resolveView, type ResolvedView } from './view.ts';

export interface SeedQuery {
  /** names the results the first paint reads (src/app/prepaint.ts) without the SQL */
  id?: string;
  sql: string;
  params: Param[];
}

export function catalogQueries(): SeedQuery[] {
  return CATALOG_QUERIES.map((q) => boundQuery(q, {}));
}

export function overviewQueries(meta: Meta, view: ResolvedView): SeedQuery[] {
  const at = { regionId: view.regionId, year: view.year, month: view.month };
  const map = mapRegionFor(meta, view.regionId);
  return [
    boundQuery(monthsOfRegion, { regionId: view.regionId }),
    boundQuery(familyKpis, at),
    boundQuery(treeSummary, at),
    boundQuery(rankingIndicators, at),
    boundQuery(unitRanking, at),
    boundQuery(laggingTargets, at),
    ...(map ? [boundQuery(mapAreas, { regionId: map.regionId, year: view.year, month: view.month, indicatorId: view.indicatorId })] : []),
    // the rest of the work-group message the overview's copy button gathers (documents/bulletinData.ts):
    // seeded, so a leader can copy it before DuckDB-WASM has started
    boundQuery(regionSummary, at),
    boundQuery(bulletinIndicators, at),
    boundQuery(bulletinLagging, at),
    boundQuery(bulletinOverdue, { regionId: view.regionId, date: monthEndIso(view.year, view.month) }),
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

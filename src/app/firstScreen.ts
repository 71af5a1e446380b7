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
import { departmentRanking } from '../panels/departments/query.ts';
import { mapAreas } from '../panels/map/query.ts';
import { monthsOfRegion } from '../panels/months/query.ts';
import { rankingIndicators, unitRanking } from '../panels/ranking/query.ts';
import { boundQuery } from '../panels/runPanelQuery.ts';
import { regionSummary, treeSummary } from '../panels/summary/query.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from '../panels/bulletin/query.ts';
import { monthEndIso } from '../documents/bulletinData.ts';
import { parseViewState } from '../state/urlState.ts';
import { childrenOf, loadMeta, type Meta } from './meta.ts';
import { SCREEN_IDS } from './screenIds.ts';
import { SEED_REGIONS, SEEDED_SCREENS } from './screenSeed.ts';
import { resolveView, type ResolvedView } from './view.ts';

export interface SeedQuery {
  /** names the results the first paint reads (src/app/prepaint.ts) without the SQL */
  id?: string;
  /** the default views that ask for it: `overview`, `overview:<region>`, `indicator`, … (the browser test's check) */
  screens?: string[];
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
    // a region with units under it ranks them (and offers a ranking by indicator); a county without
    // any in the data ranks its departments (src/screens/Overview.tsx, the same test)
    ...(childrenOf(meta, view.regionId).length > 0 ? [boundQuery(rankingIndicators, at), boundQuery(unitRanking, at)] : [boundQuery(departmentRanking, at)]),
    boundQuery(laggingTargets, at),
    ...(map ? [boundQuery(mapAreas, { regionId: map.regionId, year: view.year, month: view.month, indicatorId: view.indicatorId })] : []),
    // the rest of the work-group message the overview's copy button gathers (documents/bulletinData.ts):
    // seeded, so a leader can copy it before DuckDB-WASM has started
    boundQuery(regionSummary, at),
    boundQuery(bulletinUnits, at),
    boundQuery(bulletinIndicators, at),
    boundQuery(bulletinLagging, at),
    boundQuery(bulletinOverdue, { regionId: view.regionId, date: monthEndIso(view.year, view.month) }),
  ];
}

export interface SeedResult extends SeedQuery {
  rows: Row[];
}

/**
 * Runs the default views' queries on a loaded database (the build step, in native DuckDB): the
 * catalogue and the overview first (the first paint reads those by id), then the default view of
 * every other screen and each seed region's overview, each query once.
 */
export async function firstScreenResults(db: Db): Promise<{ seed: SeedResult[]; unseeded: SeedQuery[] }> {
  const client = new QueryClient(db);
  const meta = await loadMeta(client);
  const view = resolveView(parseViewState('', []), meta);
  const out = new Map<string, SeedResult>();
  const left = new Map<string, SeedQuery>();
  const add = async (screen: string, list: SeedQuery[], keepId: boolean) => {
    for (const q of list) {
      const key = QueryClient.key(q.sql, q.params);
      const had = out.get(key);
      if (had) {
        if (!had.screens!.includes(screen)) had.screens!.push(screen);
        continue;
      }
      const { id, ...rest } = q;
      const rows = await client.query(q.sql, q.params);
      // an answer too large to be worth a download even for the visitors of its own view: DuckDB answers it
      if (!keepId && JSON.stringify(rows).length > SEED_BYTES_MAX) {
        left.set(key, { ...rest, screens: [...(left.get(key)?.screens ?? []), screen] });
        continue;
      }
      out.set(key, { ...(keepId && id ? { id } : {}), ...rest, screens: [screen], rows });
    }
  };
  await add('overview', [...catalogQueries(), ...overviewQueries(meta, view)], true);
  for (const [screen, list] of Object.entries(SEEDED_SCREENS)) {
    const v = resolveView(parseViewState(`?screen=${screen}`, SCREEN_IDS), meta);
    await add(screen, [...catalogQueries(), ...(await list(meta, v, client))], false);
  }
  for (const region of SEED_REGIONS) {
    if (!meta.regions.has(region)) continue;
    const v = resolveView(parseViewState(`?region=${region}`, SCREEN_IDS), meta);
    await add(`overview:${region}`, [...catalogQueries(), ...overviewQueries(meta, v)], false);
  }
  return { seed: [...out.values()], unseeded: [...left.values()] };
}

/**
 * Above this size (JSON) a default view's answer is left to DuckDB-WASM rather than shipped with the
 * build. Only the visitors of that view download it (its own file, `viewSeeds`), so it can be large.
 */
const SEED_BYTES_MAX = 1_000_000;

/**
 * The seed as the build ships it: what the default overview asks for stays in build.json (the first
 * paint reads it), every other view's answers go to a file of their own, fetched only by a page
 * opening that view. An answer the overview asks for too is in build.json only (the page has it).
 */
export function viewSeeds(seed: SeedResult[]): { first: SeedResult[]; views: Map<string, SeedResult[]> } {
  const inFirst = (s: SeedResult) => s.screens?.includes('overview') ?? false;
  const views = new Map<string, SeedResult[]>();
  for (const s of seed.filter((x) => !inFirst(x))) {
    for (const key of s.screens ?? []) views.set(key, [...(views.get(key) ?? []), s]);
  }
  return { first: seed.filter(inFirst), views };
}

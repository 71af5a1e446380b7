/**
 * The seed of a view other than the default overview (src/app/firstScreen.ts viewSeeds): the build
 * writes each such view's answers to a file of its own, and a page opening that view fetches it
 * while DuckDB-WASM starts, so the view draws from the build instead of waiting for the wasm.
 */
import type { SeedResult } from '../app/firstScreen.ts';
import { DATA_BUILD_DIR } from './dataBuild.ts';
import { fetchDataJson } from './pageData.ts';

/** The key a URL's default view was seeded under (`policy`, `overview:juye`), or null (the default overview, in build.json). */
export function viewSeedKey(state: { screen: string; region: string | null }): string | null {
  if (state.screen !== 'overview') return state.screen;
  return state.region ? `overview:${state.region}` : null;
}

/** The view's seed file (a path under data/build/, as the build lists it), or no entries if it cannot be read. */
export async function fetchViewSeed(base: string, file: string): Promise<SeedResult[]> {
  const json = await fetchDataJson(base, `${DATA_BUILD_DIR}${file}`);
  return Array.isArray(json) ? (json as SeedResult[]) : [];
}

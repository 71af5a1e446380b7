/**
 * The built app reads the build step's Parquet while the CSVs are those it was made from, and
 * falls back to its own CSV intake as soon as one of them changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, waitReady } from './browser.ts';
import { tempSite, type TempSite } from './tempSite.ts';

let browser: Browser;
let site: TempSite;

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'data'), Number(process.env.E2E_PORT ?? 4610) + 120, { withBuild: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const mode = (page: Page) => page.evaluate(() => (window as unknown as { __pace: { stats(): { mode: string; duplicates: number } } }).__pace.stats());
type Seed = { sql: string; params: unknown[]; screens: string[] };
const buildOf = async () => (await (await fetch(`${process.env.E2E_ORIGIN}/data/build/build.json`)).json()) as { seed: Seed[]; unseeded?: Seed[]; views?: Record<string, string> };
/** What the build seeded for a view: in build.json, and in the view's own file (fetched by a page opening it). */
const seededFor = async (view: string): Promise<Seed[]> => {
  const build = await buildOf();
  const file = build.views?.[view];
  const own = file ? ((await (await fetch(`${process.env.E2E_ORIGIN}/data/build/${file}`)).json()) as Seed[]) : [];
  return [...build.seed, ...own].filter((q) => q.screens.includes(view));
};
const seedOf = async () => (await buildOf()).seed;
const seedKey = (q: Seed) => `${q.sql}\u0000${JSON.stringify(q.params)}`;
const fdiCard = (page: Page) => page.locator('[data-kpi="fdi"] [data-field="actual"]').innerText();

describe('build-time Parquet', () => {
  it('the served dist/ loads Parquet, runs no query twice, and requests nothing from the CSVs', async () => {
    const { page, context } = await openPage(browser, process.env.E2E_ORIGIN!);
    const csv: string[] = [];
    page.on('request', (r) => r.url().endsWith('.csv') && csv.push(r.url()));
    await page.goto(`${process.env.E2E_ORIGIN}/`);
    await waitReady(page);
    const s = await mode(page);
    expect(s.mode).toBe('parquet');
    expect(s.duplicates).toBe(0);
    expect(csv).toEqual([]);
    expect(await fdiCard(page)).toBe('58,450 万美元');
    await context.close();
  });

  it('draws the first screen from the build\'s seed before DuckDB-WASM is ready: every overview query answered by it, none sent to DuckDB', async () => {
    const { page, context } = await openPage(browser, process.env.E2E_ORIGIN!);
    await page.goto(`${process.env.E2E_ORIGIN}/`);
    // the app's own card (the entry module paints a plain-HTML copy outside #root before the app loads)
    await page.locator('#root [data-kpi="fdi"] [data-field="actual"]').waitFor();
    type S = { ready: boolean; executed: number; seedHits: number; requested: string[] };
    const early = await page.evaluate(() => (window as unknown as { __pace: { stats(): S } }).__pace.stats());
    expect(await fdiCard(page)).toBe('58,450 万美元');
    await waitReady(page);
    await page.waitForFunction(() => (window as unknown as { __pace: { stats(): S } }).__pace.stats().ready);
    const s = await page.evaluate(() => (window as unknown as { __pace: { stats(): S } }).__pace.stats());
    const overview = (await seedOf()).filter((q) => q.screens.includes('overview'));
    // the list in src/app/firstScreen.ts is exactly what the overview asks for
    expect(s.requested.sort()).toEqual(overview.map(seedKey).sort());
    expect(s.seedHits).toBe(overview.length);
    expect(s.executed).toBe(0);
    // and the card was on screen from the seed (DuckDB-WASM usually still starting then)
    expect(early.seedHits).toBeGreaterThan(0);
    // once idle, DuckDB runs the seeded queries itself (warm-up) and finds the same answers
    await page.waitForFunction(() => (window as unknown as { __pace: { stats(): { seedMismatches?: number } } }).__pace.stats().seedMismatches !== undefined);
    expect(await page.evaluate(() => (window as unknown as { __pace: { stats(): { seedMismatches?: number } } }).__pace.stats().seedMismatches)).toBe(0);
    await context.close();
  });

  // every other screen's default view, and each plan county's overview, also come from the build
  const SCREENS: [string, string][] = [
    ['indicator', '?screen=indicator'],
    ['region', '?screen=region'],
    ['data', '?screen=data'],
    ['policy', '?screen=policy'],
    ['bulletin', '?screen=bulletin'],
    // the wall at 1920×1080 (16:9): its playlist and its first page
    ['wall', '?screen=wall&refresh=0'],
    ...['taian', 'juye', 'gaotang', 'shanting', 'tancheng'].map((r): [string, string] => [`overview:${r}`, `?region=${r}`]),
  ];
  it.each(SCREENS)('%s: the default view asks for exactly what the build seeded for it, and DuckDB-WASM finds the same answers', async (screen, query) => {
    const { page, context } = await openPage(browser, process.env.E2E_ORIGIN!);
    await page.goto(`${process.env.E2E_ORIGIN}/${query}`);
    await waitReady(page);
    type S = { executed: number; seedHits: number; requested: string[] };
    const stats = () => page.evaluate(() => (window as unknown as { __pace: { stats(): S } }).__pace.stats());
    const build = await buildOf();
    const seeded = await seededFor(screen);
    // answers too large to ship are listed by the build, and only those go to DuckDB-WASM
    const left = (build.unseeded ?? []).filter((q) => q.screens.includes(screen));
    expect(seeded.length).toBeGreaterThan(0);
    // the overview's message button gathers its figures after the panels have drawn (no panel waits
    // for them): on a busy machine they may still be on their way when the panels are ready
    await expect.poll(async () => (await stats()).requested.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(seeded.length + left.length);
    const s = await stats();
    expect(s.requested.sort()).toEqual([...seeded, ...left].map(seedKey).sort());
    expect(s.executed).toBe(left.length);
    await page.waitForFunction(() => (window as unknown as { __pace: { stats(): { seedMismatches?: number } } }).__pace.stats().seedMismatches !== undefined);
    expect(await page.evaluate(() => (window as unknown as { __pace: { stats(): { seedMismatches?: number } } }).__pace.stats().seedMismatches)).toBe(0);
    await context.close();
  });

  it('a changed CSV makes the app read the CSVs, and the change shows', async () => {
    const { page, context } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/`);
    await waitReady(page);
    expect((await mode(page)).mode).toBe('parquet');
    expect(await fdiCard(page)).toBe('58,450 万美元');

    // a newer file for 泰山区's October FDI: later files win duplicates
    const obs = readFileSync(join(site.dir, 'data/sample/observations-illustrative.csv'), 'utf8');
    const line = obs.split('\n').find((l) => l.startsWith('fdi,taishan,2020-10,'))!;
    const old = Number(line.split(',')[3]);
    appendFileSync(join(site.dir, 'data/sample/zz-correction.csv'), `indicator_id,region_id,period,value\nfdi,taishan,2020-10,${old + 1000}\n`);
    site.writeManifest();
    await page.reload();
    await waitReady(page);
    expect((await mode(page)).mode).toBe('csv');
    expect(await fdiCard(page)).toBe('59,450 万美元');
    await context.close();
  });
});

/**
 * Soak: the wall with refresh=1 (timers sped up 50× by the test-only wallspeed: a cycle every 20 ms, a page turn every 1.5 s), rotating through
 * a playlist of three pages, for 500+ refresh cycles against an unchanged manifest, with a data
 * change every 100 cycles. After a warm-up (every page shown once, one reload), the JS heap
 * after the run stays within 20% of the heap after the first 20 cycles, DOM nodes and event
 * listeners do not pile up, and no timers or ECharts instances leak.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { WallStats } from '../../src/components/wallStats.ts';
import { ROOT } from '../helpers/loadFixture.ts';
import { tempSite, type TempSite } from './tempSite.ts';
import { launch, openPage, waitReady } from './browser.ts';

let browser: Browser;
let site: TempSite;
const original = readFileSync(join(ROOT, 'data/sample/observations-illustrative.csv'), 'utf8');

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'data'), 4652);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

type Stats = WallStats;
const stats = (page: Page): Promise<Stats> => page.evaluate(() => ({ ...(window as unknown as { __wallStats: Stats }).__wallStats }));
const chartsInDom = (page: Page) => page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length);

interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
}

async function afterGc(cdp: CDPSession): Promise<Memory> {
  const least: Memory = { heap: Infinity, nodes: Infinity, listeners: Infinity };
  // the least of five collections spread over two seconds: one can land mid-way through a
  // refresh, a reload or a page turn, whose objects are still in use then
  for (let i = 0; i < 5; i++) {
    if (i > 0) await new Promise((ok) => setTimeout(ok, 400));
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)!.value;
    least.heap = Math.min(least.heap, m('JSHeapUsedSize'));
    least.nodes = Math.min(least.nodes, m('Nodes'));
    least.listeners = Math.min(least.listeners, m('JSEventListeners'));
  }
  return least;
}

async function untilRefreshes(page: Page, n: number, timeout: number) {
  await page.waitForFunction((k) => (window as unknown as { __wallStats: Stats }).__wallStats.refreshes >= k, n, { timeout, polling: 200 });
}

describe('soak', () => {
  it('520 refresh cycles: heap within 20% of the heap after 20 cycles, no leaked timers or charts', async () => {
    const { page, context, errors } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/?screen=wall&playlist=overview,indicator:fdi,region:taishan&refresh=1&interval=75&wallstats=1&wallspeed=50`);
    await waitReady(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // warm-up: every page of the playlist shown once and one data reload done, so code is
    // compiled and caches are filled before the baseline
    const change = (k: number) => {
      writeFileSync(join(site.dir, 'data/sample/observations-illustrative.csv'), k % 2 ? original.replace('fdi,taishan,2020-10,8100,', `fdi,taishan,2020-10,${8100 + k},`) : original);
      site.writeManifest();
    };
    change(1);
    await page.waitForFunction(() => (window as unknown as { __wallStats: Stats }).__wallStats.rotations >= 3 && (window as unknown as { __wallStats: Stats }).__wallStats.reloads >= 1, undefined, { timeout: 60_000 });
    const r0 = (await stats(page)).refreshes;
    await untilRefreshes(page, r0 + 20, 60_000);
    const m20 = await afterGc(cdp);
    const s20 = await stats(page);
    const rounds = Number(process.env.SOAK_ROUNDS ?? 5);
    for (let k = 1; k <= rounds; k++) {
      // every 100 cycles the data changes: a real reload among the unchanged refreshes
      change(k + 1);
      await untilRefreshes(page, s20.refreshes + k * 100, 120_000);
      if (process.env.SOAK_LOG) console.log(`soak ${k}: ${JSON.stringify(await stats(page))} mem=${JSON.stringify(await afterGc(cdp))} t=${Math.round(performance.now())}`);
    }
    const s = await stats(page);
    const mEnd = await afterGc(cdp);
    console.log(
      `soak: after 20 cycles heap ${(m20.heap / 1e6).toFixed(1)} MB, ${m20.nodes} nodes, ${m20.listeners} listeners; after ${s.refreshes - r0} cycles ${(mEnd.heap / 1e6).toFixed(1)} MB, ${mEnd.nodes} nodes, ${mEnd.listeners} listeners; ${s.reloads} reloads, ${s.rotations} rotations, ${s.chartsCreated} charts created`,
    );
    expect(s.refreshes - r0).toBeGreaterThanOrEqual(520);
    expect(s.reloads - s20.reloads).toBeGreaterThanOrEqual(5);
    expect(s.rotations).toBeGreaterThan(s20.rotations + 10);
    expect(s.refreshes - s20.refreshes).toBeGreaterThanOrEqual(500);
    expect(s.refreshFailures).toBe(0);
    expect(mEnd.heap).toBeLessThanOrEqual(m20.heap * 1.2);
    // DOM nodes depend on the page showing (about 200 to 500); pages rotated away and not
    // released would add hundreds each, over 30+ page turns
    expect(mEnd.nodes).toBeLessThan(1000);
    expect(mEnd.listeners).toBeLessThanOrEqual(m20.listeners * 1.2);
    // timers: the clock, the rotation, the next refresh, at most one fade: no more than at the start
    expect(s.timersLive).toBeLessThanOrEqual(Math.max(4, s20.timersLive));
    // charts: every live instance is on the page; the ones of pages rotated away were disposed
    // (polled: a page turn may be mid-way, between the DOM going and its effects being cleaned up)
    await expect.poll(async () => (await stats(page)).chartsLive - (await chartsInDom(page)), { timeout: 5000 }).toBe(0);
    expect(s.chartsLive).toBeLessThanOrEqual(8);
    expect(s.chartsCreated).toBeGreaterThan(s.chartsLive + 10);
    expect([...new Set(errors)]).toEqual([]);
    await context.close();
  }, 900_000);
});

/**
 * Soak: the wall with refresh=1 (timers sped up 50× by the test-only wallspeed: a cycle every 20 ms, a page turn every 1.5 s), rotating through
 * a playlist of three pages, for 500+ refresh cycles against an unchanged manifest, with a data
 * change every 100 cycles. After a warm-up (every page shown once, one reload), the JavaScript
 * values the page holds with its first page on show stay within 10% of what they were after the
 * first 20 cycles, DOM nodes and event listeners do not pile up, and no timers or ECharts
 * instances leak.
 *
 * Not the heap's used size: that counts V8's compiled code, which grows for a minute or two as
 * more functions are optimised (about 1 MB here, then level), and the browser's own buffers
 * (DevTools' record of each manifest fetch, the performance timeline). Both moved it by 20% on
 * a page that kept nothing.
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
const PLAYLIST = ['overview', 'indicator:fdi', 'region:taishan'];
const stats = (page: Page): Promise<Stats> => page.evaluate(() => ({ ...(window as unknown as { __wallStats: Stats }).__wallStats }));
const chartsInDom = (page: Page) => page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length);

/** what a heap snapshot's node types hold of the page's own values (code, shapes and the browser's internals left out) */
const VALUE_TYPES = new Set(['object', 'array', 'string', 'concatenated string', 'sliced string', 'closure', 'number', 'regexp', 'symbol', 'bigint']);

interface Memory {
  /** bytes of JavaScript values alive */
  values: number;
  /** the heap's used size, for the log */
  heap: number;
  nodes: number;
  listeners: number;
}

/**
 * Memory with the playlist's first page on show, drawn and still: the same page at the start and
 * at the end (a chart page holds more values, nodes and listeners than another), and no chart
 * mid-animation (its frames hold a megabyte of numbers until it ends).
 */
async function onFirstPage(page: Page, cdp: CDPSession): Promise<Memory> {
  await page.evaluate(() => {
    const w = window as unknown as { __stageChangedAt?: number };
    if (w.__stageChangedAt !== undefined) return;
    w.__stageChangedAt = performance.now();
    new MutationObserver(() => (w.__stageChangedAt = performance.now())).observe(document.querySelector('.wall-stage')!, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.waitForFunction(
    (name) =>
      document.querySelector('.wall-page-name')?.getAttribute('data-page') === name &&
      !document.querySelector('.wall-slide.leaving, [aria-busy="true"]') &&
      performance.now() - (window as unknown as { __stageChangedAt: number }).__stageChangedAt > 300,
    PLAYLIST[0],
    { polling: 50, timeout: 120_000 },
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => metrics.find((x) => x.name === name)!.value;
  const chunks: string[] = [];
  const take = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  // the page stops while the snapshot is taken
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  const typeNames = snapshot.meta.node_types[0];
  let values = 0;
  for (let i = 0; i < nodes.length; i += width) if (VALUE_TYPES.has(typeNames[nodes[i + typeAt]!]!)) values += nodes[i + sizeAt]!;
  return { values, heap: m('JSHeapUsedSize'), nodes: m('Nodes'), listeners: m('JSEventListeners') };
}

async function untilRefreshes(page: Page, n: number, timeout: number) {
  await page.waitForFunction((k) => (window as unknown as { __wallStats: Stats }).__wallStats.refreshes >= k, n, { timeout, polling: 200 });
}

describe('soak', () => {
  it('520 refresh cycles: the values the page holds within 10% of those after 20 cycles, no leaked timers or charts', async () => {
    const { page, context, errors } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/?screen=wall&playlist=${PLAYLIST.join(',')}&refresh=1&interval=75&wallstats=1&wallspeed=50`);
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
    const m20 = await onFirstPage(page, cdp);
    const s20 = await stats(page);
    const rounds = Number(process.env.SOAK_ROUNDS ?? 5);
    for (let k = 1; k <= rounds; k++) {
      // every 100 cycles the data changes: a real reload among the unchanged refreshes
      change(k + 1);
      await untilRefreshes(page, s20.refreshes + k * 100, 120_000);
      if (process.env.SOAK_LOG) console.log(`soak ${k}: ${JSON.stringify(await stats(page))} mem=${JSON.stringify(await onFirstPage(page, cdp))} t=${Math.round(performance.now())}`);
    }
    const s = await stats(page);
    const mEnd = await onFirstPage(page, cdp);
    console.log(
      `soak: after 20 cycles ${(m20.values / 1e6).toFixed(2)} MB of values (heap ${(m20.heap / 1e6).toFixed(1)} MB), ${m20.nodes} nodes, ${m20.listeners} listeners; after ${s.refreshes - r0} cycles ${(mEnd.values / 1e6).toFixed(2)} MB (heap ${(mEnd.heap / 1e6).toFixed(1)} MB), ${mEnd.nodes} nodes, ${mEnd.listeners} listeners; ${s.reloads} reloads, ${s.rotations} rotations, ${s.chartsCreated} charts created`,
    );
    expect(s.refreshes - r0).toBeGreaterThanOrEqual(520);
    expect(s.reloads - s20.reloads).toBeGreaterThanOrEqual(5);
    expect(s.rotations).toBeGreaterThan(s20.rotations + 10);
    expect(s.refreshes - s20.refreshes).toBeGreaterThanOrEqual(500);
    expect(s.refreshFailures).toBe(0);
    expect(mEnd.values).toBeLessThanOrEqual(m20.values * 1.1);
    // pages rotated away and not released would add hundreds of nodes each, over 30+ page turns
    expect(mEnd.nodes).toBeLessThanOrEqual(m20.nodes * 1.2);
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

/**
 * Embedding: a host page on another origin shows one panel in an iframe and drives it through
 * postMessage. A host on the allow-list (public/embed-allow.json, here the test's own copy) sets
 * region, indicator and month and receives the panel's value; a host not on it is ignored and
 * hears nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { tempSite, type TempSite } from './tempSite.ts';
import { launch } from './browser.ts';

const ALLOWED = 'http://127.0.0.1:4654';
const DENIED = 'http://127.0.0.1:4655';
let browser: Browser;
let site: TempSite;
let db: Db;
const hosts: Server[] = [];

function hostPage(app: string): string {
  return `<!doctype html><meta charset="utf-8"><title>portal</title><body style="margin:0;background:#fff">
<h1 style="font:20px sans-serif;margin:8px">Portal page</h1>
<iframe id="f" src="${app}/?embed=kpi&indicator=fdi&region=taian&refresh=0&wallstats=1" style="width:640px;height:460px;border:1px solid #ccc"></iframe>
<script>
  window.received = [];
  addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(app)}) window.received.push(e.data); });
  window.send = (m) => document.getElementById('f').contentWindow.postMessage(m, ${JSON.stringify(app)});
</script>`;
}

async function startHost(port: number, app: string): Promise<void> {
  const s = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(app)));
  await new Promise<void>((ok) => s.listen(port, '127.0.0.1', () => ok()));
  hosts.push(s);
}

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'data'), 4653);
  writeFileSync(join(site.dir, 'embed-allow.json'), JSON.stringify({ origins: [ALLOWED] }));
  await startHost(4654, site.origin);
  await startHost(4655, site.origin);
  ({ db } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const h of hosts) await new Promise<void>((ok) => h.close(() => ok()));
  await db?.close();
});

async function openHost(host: string): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 560 }, locale: 'zh-CN' });
  // only the three local origins of the test
  await context.route('**/*', (route) => (/^http:\/\/127\.0\.0\.1:465[345]\//.test(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${host}/`);
  const frame = page.frames().find((f) => f.url().includes('embed=kpi'))!;
  await frame.waitForSelector('[data-ready="true"]', { timeout: 90_000 });
  await frame.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  return { page, frame, close: () => context.close() };
}

interface Msg {
  type: string;
  region?: string;
  indicator?: string;
  month?: number;
  error?: string;
  value?: { completion: number | null; actual: number | null; status: string; unit: string } | null;
}
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Msg[] }).received);
const lastValue = async (page: Page) => (await received(page)).filter((m) => m.type === 'pace:value').at(-1);
const completion = async (region: string, month: number, indicator = 'fdi') =>
  (await db.query<{ completion: number }>('SELECT completion FROM progress_at(2020, ?) WHERE region_id = ? AND indicator_id = ? AND is_primary', [month, region, indicator]))[0]!.completion;
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

describe('embedding', () => {
  it('an allowed host sets region, indicator and month and receives the value', async () => {
    const { page, frame, close } = await openHost(ALLOWED);
    // no app chrome: just the panel
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('[data-panel="card"]').count()).toBe(1);
    await expect.poll(async () => (await lastValue(page))?.region, { timeout: 20_000 }).toBe('taian');
    expect((await received(page)).some((m) => m.type === 'pace:ready')).toBe(true);
    const first = (await lastValue(page))!;
    expect(first.value!.completion).toBeCloseTo(await completion('taian', 10), 10);
    expect(first.value!.unit).toBe('万美元');
    expect(await frame.locator('[data-field="completion"]').innerText()).toBe(pct(await completion('taian', 10)));

    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:set', region: 'taishan' }));
    await expect.poll(async () => (await lastValue(page))?.region, { timeout: 20_000 }).toBe('taishan');
    expect((await lastValue(page))!.value!.completion).toBeCloseTo(0.81, 10);
    await expect.poll(() => frame.locator('[data-field="completion"]').innerText()).toBe('81.0%');

    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:set', month: 6, indicator: 'trade_goods' }));
    await expect.poll(async () => {
      const v = await lastValue(page);
      return `${v?.indicator}/${v?.month}`;
    }, { timeout: 20_000 }).toBe('trade_goods/6');
    expect((await lastValue(page))!.value!.completion).toBeCloseTo(await completion('taishan', 6, 'trade_goods'), 10);
    await expect.poll(() => frame.locator('[data-field="completion"]').innerText()).toBe(pct(await completion('taishan', 6, 'trade_goods')));

    // unknown ids are answered with an error and change nothing
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:set', indicator: 'no_such_indicator' }));
    await expect.poll(async () => (await received(page)).some((m) => m.type === 'pace:error' && m.error === 'unknown_indicator'), { timeout: 10_000 }).toBe(true);
    expect(await frame.locator('[data-embed]').getAttribute('data-indicator')).toBe('trade_goods');
    // asking again repeats the current value
    const n = (await received(page)).filter((m) => m.type === 'pace:value').length;
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:get' }));
    await expect.poll(async () => (await received(page)).filter((m) => m.type === 'pace:value').length, { timeout: 10_000 }).toBe(n + 1);
    await page.screenshot({ path: join(ROOT, 'tests/artifacts/embed-kpi-allowed.png') });
    await close();
  });

  it('a host not on the allow-list is ignored and hears nothing', async () => {
    const { page, frame, close } = await openHost(DENIED);
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:set', region: 'taishan' }));
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'pace:get' }));
    await expect.poll(() => frame.evaluate(() => (window as unknown as { __wallStats: { embedMessagesIgnored: number } }).__wallStats.embedMessagesIgnored), { timeout: 10_000 }).toBe(2);
    expect(await frame.evaluate(() => (window as unknown as { __wallStats: { embedMessagesHandled: number } }).__wallStats.embedMessagesHandled)).toBe(0);
    expect(await frame.locator('[data-embed]').getAttribute('data-region')).toBe('taian');
    expect(await frame.locator('[data-field="completion"]').innerText()).toBe(pct(await completion('taian', 10)));
    // the panel posts only to allowed origins: this host received nothing at all
    expect(await received(page)).toEqual([]);
    await close();
  });
});

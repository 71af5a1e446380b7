/**
 * Auto-refresh from a folder the test controls (a copy of the build, served on its own port):
 * change a data file, then break it, take the server down, then restore it; the wall follows each
 * step by itself, keeps the last good data with a visible badge while broken, and never blanks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/loadFixture.ts';
import { tempSite, type TempSite } from './tempSite.ts';
import { launch, openPage, waitReady } from './browser.ts';

let browser: Browser;
let site: TempSite;
const original = readFileSync(join(ROOT, 'data/sample/observations-illustrative.csv'), 'utf8');
const obs = () => join(site.dir, 'data/sample/observations-illustrative.csv');

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'data'), 4651);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const stats = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __wallStats: { reloads: number; refreshFailures: number } }).__wallStats }));
const fdiActual = (page: Page) => page.locator('[data-kpi="fdi"] [data-field="actual"]').innerText();
const failedBadges = (page: Page) => page.locator('[data-refresh-failed]').count();

describe('auto-refresh', () => {
  it('follows a changed file, keeps the last good data while the file is broken or the server is down, and recovers', async () => {
    const { page, context } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/?screen=wall&playlist=overview&refresh=1&wallstats=1&wallspeed=2`);
    await waitReady(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-panel="map"] svg text').length > 0);
    expect(await fdiActual(page)).toBe('58,450 万美元');
    // watch every frame: the headline cards and the map must never disappear while data reloads
    await page.evaluate(() => {
      const w = window as unknown as { __minCards: number; __minMapText: number };
      w.__minCards = 99;
      w.__minMapText = 999;
      const tick = () => {
        w.__minCards = Math.min(w.__minCards, document.querySelectorAll('[data-kpi]').length);
        w.__minMapText = Math.min(w.__minMapText, document.querySelectorAll('[data-panel="map"] svg text').length);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const updated0 = await page.locator('[data-updated]').getAttribute('data-updated');

    // 0. a change the map does not show (泰山区's domestic funds; the map is FDI): the wall reloads and
    // redraws the ranking (its share of targets on pace moved); the map's answer is the same, and it is not drawn again
    const draws = (panel: string) => page.locator(`[data-panel="${panel}"] .chart`).getAttribute('data-draws');
    const [map0, ranking0] = [await draws('map'), await draws('ranking')];
    writeFileSync(obs(), original.replace('domestic_funds,taishan,2020-10,66.00,', 'domestic_funds,taishan,2020-10,99.00,'));
    site.writeManifest();
    await expect.poll(async () => (await stats(page)).reloads, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => draws('ranking'), { timeout: 10_000 }).not.toBe(ranking0);
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    expect(await draws('map')).toBe(map0);

    // 1. a changed file: 泰山区's October FDI 8100 -> 9100; 泰安市 (the sum of its units) follows
    writeFileSync(obs(), original.replace('fdi,taishan,2020-10,8100,', 'fdi,taishan,2020-10,9100,'));
    site.writeManifest();
    await expect.poll(() => fdiActual(page), { timeout: 20_000 }).toBe('59,450 万美元');
    expect(await failedBadges(page)).toBe(0);
    expect(await page.locator('[data-updated]').getAttribute('data-updated')).not.toBe(updated0);
    expect((await stats(page)).reloads).toBeGreaterThanOrEqual(1);
    // the map follows too: 泰山区 9100 / 10000
    await expect.poll(async () => (await page.locator('[data-panel="map"] svg text').allTextContents()).join(' '), { timeout: 10_000 }).toContain('泰山区  91.0%');

    // 2. broken: the file replaced by something unreadable (and listed so): last good data + badge
    writeFileSync(obs(), 'garbage without a header we know\n1,2,3\n');
    site.writeManifest();
    await expect.poll(() => failedBadges(page), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-refresh-failed]').innerText()).toMatch(/数据截至 \d\d:\d\d:\d\d，刷新失败/);
    expect(await fdiActual(page)).toBe('59,450 万美元');
    await page.screenshot({ path: join(ROOT, 'tests/artifacts/wall-refresh-failed.png') });

    // 3. the server down: still the last good data, retried with back-off
    const before = (await stats(page)).refreshFailures;
    await site.stop();
    await expect.poll(async () => (await stats(page)).refreshFailures, { timeout: 20_000 }).toBeGreaterThan(before + 1);
    expect(await fdiActual(page)).toBe('59,450 万美元');
    expect(await failedBadges(page)).toBe(1);
    await site.start();

    // 4. restored: the original file; the wall recovers by itself
    writeFileSync(obs(), original);
    site.writeManifest();
    await expect.poll(() => failedBadges(page), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => fdiActual(page), { timeout: 10_000 }).toBe('58,450 万美元');

    const seen = await page.evaluate(() => {
      const w = window as unknown as { __minCards: number; __minMapText: number };
      return { cards: w.__minCards, mapText: w.__minMapText };
    });
    expect(seen.cards).toBe(5);
    expect(seen.mapText).toBeGreaterThan(5);
    await page.screenshot({ path: join(ROOT, 'tests/artifacts/wall-refresh-recovered.png') });
    await context.close();
  });
});

/**
 * No screen says there is nothing before its data has answered (policy, bulletin, wall, an embed):
 * DuckDB's answers are held back, the page is watched, then the answers are released. The bulletin's
 * print and export buttons stay disabled while any section waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { heldScreen } from './honestLoading.ts';
import { axeSerious } from './pageChecks.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('honest loading: policy, bulletin, wall, embed', () => {
  for (const lang of ['zh', 'en'] as const) {
    const l = lang === 'en' ? '&lang=en' : '';
    it(`${lang}: the policy screen never says there is no overdue task before its 9 overdue tasks of 2020-10-31 arrive`, async () => {
      const { page, close } = await heldScreen(browser, `?screen=policy&doc=003&date=2020-10-31${l}`);
      expect(await page.locator('[data-panel="overdue"] tbody tr').count()).toBe(9);
      await close();
    });
    it(`${lang}: the bulletin at a month the build did not seed keeps print and export disabled while it waits, then shows its five sections`, async () => {
      const { page, close, held } = await heldScreen(browser, `?screen=bulletin&month=2020-09${l}`, async (p, n) => {
        expect(n).toBeGreaterThan(0);
        expect(await p.locator('[data-action="print"]').isDisabled()).toBe(true);
        for (const b of await p.locator('.bulletin-tools button').all()) expect(await b.isDisabled()).toBe(true);
      });
      expect(held).toBeGreaterThan(0);
      expect(await page.locator('[data-section]').count()).toBe(5);
      expect(await page.locator('[data-table="ranking"] tbody tr').count()).toBeGreaterThan(0);
      await page.locator('[data-action="print"]:not([disabled])').waitFor();
      await close();
    });
    it(`${lang}: the wall waits visibly, and does not turn the page until it has drawn, then shows its headline cards`, async () => {
      type Stats = { rotations: number; holds: number };
      const stats = (p: Page) => p.evaluate(() => (window as unknown as { __wallStats: Stats }).__wallStats);
      // 5 s a page run 5 times faster: 1 s a page, let go after 3 s if it never draws; the answers are held 2.5 s
      const query = `?screen=wall&playlist=overview,indicator:fdi&interval=5&wallstats=1&wallspeed=5&refresh=0&month=2020-09${l}`;
      const { page, close } = await heldScreen(browser, query, async (p) => {
        const s = await stats(p);
        expect(s.rotations, 'the wall turned past a page still loading').toBe(0);
        expect(s.holds).toBeGreaterThan(0);
      });
      // the overview's cards, or, once turned, the foreign-capital page's card
      expect(await page.locator('.wall-slide [data-kpi="fdi"], .wall-slide [data-panel="card"] [data-field="actual"]').count()).toBeGreaterThan(0);
      await expect.poll(async () => (await stats(page)).rotations, { timeout: 30_000 }).toBeGreaterThan(0);
      await close();
    });
    it(`${lang}: an embedded card waits visibly, then shows its value`, async () => {
      const { page, close } = await heldScreen(browser, `?embed=kpi&indicator=fdi&region=taian&refresh=0&month=2020-09${l}`);
      expect(await page.locator('[data-field="actual"]').count()).toBe(1);
      await close();
    });
  }
  it('the waiting lines are legible on the dark wall (AA contrast, axe)', async () => {
    const { close } = await heldScreen(browser, '?screen=wall&playlist=overview&refresh=0&month=2020-09', async (p) => {
      expect(await p.locator('.waiting').count()).toBeGreaterThan(0);
      expect((await axeSerious(p)).filter((v) => v.id === 'color-contrast')).toEqual([]);
    });
    await close();
  });
});

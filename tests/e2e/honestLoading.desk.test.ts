/**
 * No screen says there is nothing before its data has answered (overview, indicator, region, data
 * screens): DuckDB's answers are held back, the page is watched, then the answers are released.
 * The policy, bulletin, wall and embed screens: honestLoading.docs.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { heldScreen } from './honestLoading.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('honest loading: desk screens', () => {
  for (const lang of ['zh', 'en'] as const) {
    const l = lang === 'en' ? '&lang=en' : '';
    it(`${lang}: the overview at a month the build did not seed waits visibly, then shows its cards and lagging list`, async () => {
      const { page, close, held } = await heldScreen(browser, `?month=2020-09${l}`);
      expect(held).toBeGreaterThan(0);
      expect(await page.locator('#root [data-kpi="fdi"]').count()).toBe(1);
      expect(await page.locator('[data-panel="lagging"] li').count()).toBeGreaterThan(0);
      await close();
    });
    it(`${lang}: the indicator screen waits visibly, then draws its chart and table`, async () => {
      const { page, close } = await heldScreen(browser, `?screen=indicator&indicator=fdi&month=2020-09${l}`);
      expect(await page.locator('[data-panel="cumulative"] canvas, [data-panel="cumulative"] svg').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-panel="detail"] tbody tr').count()).toBeGreaterThan(1);
      await close();
    });
    it(`${lang}: the region screen waits visibly, then shows its scorecard`, async () => {
      const { page, close } = await heldScreen(browser, `?screen=region&region=taian&month=2020-09${l}`);
      expect(await page.locator('[data-panel="scorecard"] .tile').count()).toBeGreaterThan(0);
      await close();
    });
    it(`${lang}: the data screen waits visibly, then draws its coverage`, async () => {
      const { page, close } = await heldScreen(browser, `?screen=data${l}`);
      expect(Number(await page.locator('[data-panel="coverage"] .coverage-chart').getAttribute('data-rows'))).toBeGreaterThan(0);
      await close();
    });
  }
});

/**
 * The first figures as plain HTML: with the app's code held back, the overview's KPI cards are
 * already on the page (painted from the build's seed by the entry module), in both languages; once
 * the app arrives it takes their place where they were, and the painted copy is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, waitReady } from './browser.ts';

const ORIGIN = process.env.E2E_ORIGIN!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page with the React app's chunk held until `release` is called. */
async function held(url: string): Promise<{ page: Page; release: () => void; errors: string[] }> {
  const { context, page, errors } = await openPage(browser, ORIGIN);
  let release = () => {};
  const gate = new Promise<void>((ok) => (release = ok));
  await context.route(/\/assets\/mount-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  return { page, release, errors };
}

const box = async (page: Page, sel: string) => (await page.locator(sel).boundingBox())!;

describe('first paint from the seed', () => {
  it('shows the KPI cards before the app loads, then the app takes their place', async () => {
    const { page, release, errors } = await held(`${ORIGIN}/`);
    const painted = '[data-prepaint] [data-kpi="fdi"]';
    await page.locator(`${painted} [data-field="actual"]`).waitFor();
    expect(await page.locator('[data-ready]').count()).toBe(0);
    expect(await page.locator(`${painted} [data-field="actual"]`).innerText()).toBe('58,450 万美元');
    expect(await page.locator(`${painted} [data-field="target"]`).innerText()).toMatch(/^目标 74,000 万美元$/);
    // 58,450 / 74,000 = 79.0 % done, against a pace marker, with the status as symbol and word
    expect(await page.locator(`${painted} [data-field="completion"]`).innerText()).toBe('79.0%');
    expect(await page.locator(`${painted} .status-badge [aria-hidden]`).innerText()).toMatch(/^[▲◆▼○◇]$/);
    expect((await page.locator(`${painted} .status-word`).innerText()).length).toBeGreaterThan(1);
    expect(await page.locator(`${painted} .sample-tag`).innerText()).toBe('示例数据');
    expect(await page.locator('[data-prepaint] [data-kpi]').count()).toBe(5);
    const before = await box(page, `${painted} [data-field="actual"]`);
    const paintedText = await page.locator('[data-prepaint] .kpi-grid').innerText();
    const paintedHeader = await page.locator('[data-prepaint] .headline').innerText();

    release();
    await waitReady(page);
    expect(await page.locator('[data-prepaint]').count()).toBe(0);
    expect(await page.locator('[data-kpi]').count()).toBe(5);
    expect(await page.locator('[data-kpi="fdi"] [data-field="actual"]').innerText()).toBe('58,450 万美元');
    // the app draws the same text, and its card stands where the painted one stood
    expect(await page.locator('.kpi-grid').innerText()).toBe(paintedText);
    expect(await page.locator('.headline').innerText()).toBe(paintedHeader);
    const after = await box(page, '[data-kpi="fdi"] [data-field="actual"]');
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });

  it('follows lang=en', async () => {
    const { page, release } = await held(`${ORIGIN}/?lang=en`);
    const painted = '[data-prepaint] [data-kpi="fdi"]';
    await page.locator(`${painted} [data-field="actual"]`).waitFor();
    expect(await page.locator(`${painted} [data-field="actual"]`).innerText()).toBe('58,450 10k USD');
    expect(await page.locator(`${painted} .kpi-family`).innerText()).toBe('Foreign capital');
    expect(await page.locator(`${painted} .sample-tag`).innerText()).toBe('Illustrative data');
    release();
    await waitReady(page);
    expect(await page.locator('[data-prepaint]').count()).toBe(0);
  });

  it('is not painted for another view (the seed answers the default one only)', async () => {
    const { page, release } = await held(`${ORIGIN}/?region=taishan`);
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-prepaint]').count()).toBe(0);
    release();
    await waitReady(page);
  });
});

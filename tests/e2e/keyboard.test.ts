/**
 * Keyboard only: the skip link, then Tab to the region picker and change it, open the ranking
 * chart's data table, sort it by a header, all without a mouse, with focus visible throughout.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './pageChecks.ts';
import { openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const browser = sharedBrowser();

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails after `max` presses. Returns the presses needed. */
async function tabTo(page: Page, selector: string, max = 80, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement!);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  });

describe('keyboard walk', () => {
  it('skip link, region picker, ranking data table and its sort, by keyboard alone', async () => {
    const { page, context } = await openPage(browser(), origin(), { width: 1440, height: 900 });
    await page.goto(`${origin()}/`);
    await waitReady(page);
    // the first Tab lands on the skip link, which moves focus to the main content
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // back up from the main content: Shift+Tab to the header's region picker, choose the next place with the arrow keys
    await tabTo(page, '[data-control="region"]', 20, 'Shift+Tab');
    expect(await focusOutline(page)).toBe(true);
    const before = await page.locator('[data-control="region"]').inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-control="region"]').inputValue()).not.toBe(before);
    await page.selectOption('[data-control="region"]', 'taian');
    await waitReady(page);

    // the ranking chart's data table: a switch reached by Tab, pressed with Enter
    await tabTo(page, '[data-panel="ranking"] [data-action="data-table"]');
    expect(await focusOutline(page)).toBe(true);
    await page.keyboard.press('Enter');
    const table = page.locator('[data-panel="ranking"] [data-panel-table] table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await page.locator('[data-panel="ranking"] [data-action="data-table"]').getAttribute('aria-pressed')).toBe('true');
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(1);

    // sort by rank with the keyboard: ascending, then descending
    await tabTo(page, '[data-panel="ranking"] th button');
    const header = page.locator('[data-panel="ranking"] th').filter({ has: page.locator(':focus') });
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const names = async () => table.locator('tbody tr td:first-child').allInnerTexts();
    const asc = await names();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...asc].reverse());
    await context.close();
  });

  it('on a phone the menu button opens and closes the screens and filters, Escape returns focus', async () => {
    const { page, context } = await openPage(browser(), origin(), { width: 390, height: 844 });
    await page.goto(`${origin()}/`);
    await waitReady(page);
    expect(await page.locator('[data-control="region"]').isVisible()).toBe(false);
    await tabTo(page, '[data-control="menu"]');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-control="menu"]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-control="region"]').isVisible()).toBe(true);
    await tabTo(page, '[data-control="region"]');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-control="region"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-toggle');
    await context.close();
  });
});

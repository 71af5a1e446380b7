/**
 * 适老化: large text (?text=large or the header switch) makes text at least 150 % on every screen,
 * with nothing overlapping and no sideways scroll; high contrast (?contrast=high); both choices are
 * written to the URL and kept in local storage.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, waitReady } from './browser.ts';
import { layoutReport } from './layout.ts';
import { SCREENS, SIZES, fitReport, sharedBrowser, sharedPage } from './pageChecks.ts';
import { SHOTS } from './phoneFit.ts';

const origin = () => process.env.E2E_ORIGIN!;
const browser = sharedBrowser();

/** Font sizes of a few texts every desk screen has: the title, the as-of line, the first panel heading or screen title. */
const textSizes = (page: Page) =>
  page.evaluate(() =>
    ['.app-title', '.as-of', 'main h2, main h1'].map((s) => {
      const el = document.querySelector(s);
      return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
    }),
  );

describe('large text', () => {
  const at = sharedPage(browser, SIZES.phone390);
  for (const screen of SCREENS)
    it(`${screen} at 390×844: text ≥ 150 %, no overlaps, no sideways scroll`, async () => {
      const normal = await textSizes(await at.visit(screen, `?screen=${screen}&text=normal`));
      const page = await at.visit(screen, `?screen=${screen}&text=large`);
      const large = await textSizes(page);
      const layout = await layoutReport(page);
      const fit = await fitReport(page);
      await page.screenshot({ path: join(SHOTS, `${screen}-390x844-large.png`), fullPage: true });
      // 150 %, less a rounding of the computed pixel sizes
      expect(normal.every((n) => n > 0)).toBe(true);
      for (let i = 0; i < normal.length; i++) expect(large[i]! / normal[i]!, `text ${i}: ${normal[i]} px → ${large[i]} px`).toBeGreaterThanOrEqual(1.495);
      expect(layout.overlaps.map(([a, b]) => `"${a.text}" × "${b.text}"`)).toEqual([]);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
      expect(fit.narrowTexts).toEqual([]);
      expect(at.errors()).toEqual([]);
    });

  it('the overview at 1440×900 in large text: no overlaps', async () => {
    const { page, context } = await openPage(browser(), origin(), { width: 1440, height: 900 });
    await page.goto(`${origin()}/?text=large`);
    await waitReady(page);
    const layout = await layoutReport(page);
    await context.close();
    expect(layout.overlaps.map(([a, b]) => `"${a.text}" × "${b.text}"`)).toEqual([]);
  });
});

describe('the choice is kept', () => {
  it('the header switches write text=large and contrast=high to the URL, and local storage keeps them for a link without them', async () => {
    const { page, context } = await openPage(browser(), origin(), { width: 1440, height: 900 });
    await page.goto(`${origin()}/?screen=region`);
    await waitReady(page);
    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    await page.locator('[data-control="text-large"]').click();
    await page.locator('[data-control="contrast-high"]').click();
    expect(new URL(page.url()).searchParams.get('text')).toBe('large');
    expect(new URL(page.url()).searchParams.get('contrast')).toBe('high');
    expect(await page.locator('[data-control="text-large"]').getAttribute('aria-pressed')).toBe('true');
    const cls = () => page.evaluate(() => [...document.documentElement.classList].sort());
    expect(await cls()).toEqual(['contrast-high', 'text-large']);
    // high contrast: black text on white
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.panel')!).color)).toBe('rgb(0, 0, 0)');
    // a plain link on the same device opens with the stored choice
    await page.goto(`${origin()}/?screen=overview`);
    await waitReady(page);
    expect(await cls()).toEqual(['contrast-high', 'text-large']);
    // a link that says otherwise wins
    await page.goto(`${origin()}/?text=normal&contrast=normal`);
    await waitReady(page);
    expect(await cls()).toEqual([]);
    // the wall keeps its own look whatever is stored
    await page.locator('[data-control="text-large"]').click();
    await page.goto(`${origin()}/?screen=wall&playlist=overview&refresh=0`);
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(false);
    await context.close();
  });
});

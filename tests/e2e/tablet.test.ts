/** Every screen on a phone held sideways (844×390) and a tablet (768×1024). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitReady } from './browser.ts';
import { SCREENS, SIZES } from './pageChecks.ts';
import { fitProblems, FITS } from './phoneFit.ts';

const origin = () => process.env.E2E_ORIGIN!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

for (const size of ['landscape', 'tablet'] as const)
  describe(`${SIZES[size].width}×${SIZES[size].height}`, () => {
    for (const screen of SCREENS)
      it(`${screen}: no sideways scroll, no one-character columns, no overlaps, targets ≥ 24 px`, async () => {
        expect(await fitProblems(browser, origin(), `?screen=${screen}`, SIZES[size])).toEqual(FITS);
      });
  });

describe('tablet layout', () => {
  it('the overview puts two panels side by side at 768×1024', async () => {
    const { page, context } = await openPage(browser, origin(), SIZES.tablet);
    await page.goto(`${origin()}/`);
    await waitReady(page);
    const ranking = await page.locator('[data-panel="ranking"]').boundingBox();
    const map = await page.locator('[data-panel="map"]').boundingBox();
    await context.close();
    expect(ranking && map).toBeTruthy();
    expect(Math.abs(ranking!.y - map!.y)).toBeLessThan(2);
    expect(map!.x).toBeGreaterThan(ranking!.x + ranking!.width - 1);
  });
});

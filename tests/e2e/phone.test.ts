/** Every screen on phones held upright (360×740, 390×844): it fits the width and stays usable by touch. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
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

for (const size of ['phone360', 'phone390'] as const)
  describe(`${SIZES[size].width}×${SIZES[size].height}`, () => {
    for (const screen of SCREENS)
      it(`${screen}: no sideways scroll, no one-character columns, no overlaps, targets ≥ 24 px`, async () => {
        const shot = size === 'phone390' ? `${screen}-390x844` : undefined;
        expect(await fitProblems(browser, origin(), `?screen=${screen}`, SIZES[size], shot)).toEqual(FITS);
      });
  });

/** One screen at one size: no sideways scroll, no one-character columns, no overlapping text, targets ≥ 24 px. */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/loadFixture.ts';
import { openPage, waitReady } from './browser.ts';
import { layoutReport } from './layout.ts';
import { fitReport, SCREENS, SIZES } from './pageChecks.ts';

export const SHOTS = join(ROOT, 'tests/artifacts/phone');
mkdirSync(SHOTS, { recursive: true });

export interface FitProblems {
  scroll: string | null;
  narrowTexts: string[];
  smallTargets: string[];
  overlaps: string[];
}

export async function fitProblems(browser: Browser, origin: string, query: string, viewport: { width: number; height: number }, shot?: string): Promise<FitProblems> {
  const { page, context, errors } = await openPage(browser, origin, viewport);
  await page.goto(`${origin}/${query}`);
  await waitReady(page);
  const fit = await fitReport(page);
  const layout = await layoutReport(page);
  if (shot) await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return {
    scroll: fit.scrollWidth > fit.innerWidth ? `${fit.scrollWidth} wide in ${fit.innerWidth}` : null,
    narrowTexts: fit.narrowTexts,
    smallTargets: fit.smallTargets,
    overlaps: layout.overlaps.map(([a, b]) => `"${a.text}" × "${b.text}"`),
  };
}

export const FITS: FitProblems = { scroll: null, narrowTexts: [], smallTargets: [], overlaps: [] };

/** Every screen at each size must fit; `shotAt` names the size whose screenshots are kept. */
export function describeFit(sizes: (keyof typeof SIZES)[], browser: () => Browser, shotAt?: keyof typeof SIZES): void {
  for (const size of sizes)
    describe(`${SIZES[size].width}×${SIZES[size].height}`, () => {
      for (const screen of SCREENS)
        it(`${screen}: no sideways scroll, no one-character columns, no overlaps, targets ≥ 24 px`, async () => {
          const shot = size === shotAt ? `${screen}-${SIZES[size].width}x${SIZES[size].height}` : undefined;
          expect(await fitProblems(browser(), process.env.E2E_ORIGIN!, `?screen=${screen}`, SIZES[size], shot)).toEqual(FITS);
        });
    });
}

/** One screen at one size: no sideways scroll, no one-character columns, no overlapping text, targets ≥ 24 px. */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/loadFixture.ts';
import { layoutReport } from './layout.ts';
import { fitReport, SCREENS, sharedPage, SIZES } from './pageChecks.ts';

export const SHOTS = join(ROOT, 'tests/artifacts/phone');
mkdirSync(SHOTS, { recursive: true });

export interface FitProblems {
  scroll: string | null;
  narrowTexts: string[];
  smallTargets: string[];
  overlaps: string[];
  errors: string[];
}

export async function fitProblems(page: Page, errors: string[], shot?: string): Promise<FitProblems> {
  const fit = await fitReport(page);
  const layout = await layoutReport(page);
  if (shot) await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  return {
    scroll: fit.scrollWidth > fit.innerWidth ? `${fit.scrollWidth} wide in ${fit.innerWidth}` : null,
    narrowTexts: fit.narrowTexts,
    smallTargets: fit.smallTargets,
    overlaps: layout.overlaps.map(([a, b]) => `"${a.text}" × "${b.text}"`),
    errors,
  };
}

export const FITS: FitProblems = { scroll: null, narrowTexts: [], smallTargets: [], overlaps: [], errors: [] };

/**
 * Every screen at each size must fit; `shotAt` names the size whose screenshots are kept. The
 * charts are drawn in SVG (read when the app starts), so that their labels are in the page and
 * checked for overlaps too.
 */
export function describeFit(sizes: (keyof typeof SIZES)[], browser: () => Browser, shotAt?: keyof typeof SIZES): void {
  for (const size of sizes)
    describe(`${SIZES[size].width}×${SIZES[size].height}`, () => {
      const at = sharedPage(browser, SIZES[size], '?charts=svg');
      for (const screen of SCREENS)
        it(`${screen}: no sideways scroll, no one-character columns, no overlaps, targets ≥ 24 px`, async () => {
          const shot = size === shotAt ? `${screen}-${SIZES[size].width}x${SIZES[size].height}` : undefined;
          const page = await at.visit(screen, `?screen=${screen}`);
          expect(await fitProblems(page, at.errors(), shot)).toEqual(FITS);
        });
    });
}

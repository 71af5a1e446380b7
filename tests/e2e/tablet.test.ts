/** Every screen on a phone held sideways (844×390) and a tablet (768×1024). */
import { describe, expect, it } from 'vitest';
import { openPage, waitReady } from './browser.ts';
import { sharedBrowser, SIZES } from './pageChecks.ts';
import { describeFit } from './phoneFit.ts';

const origin = () => process.env.E2E_ORIGIN!;
const browser = sharedBrowser();

describeFit(['landscape', 'tablet'], browser);

describe('tablet layout', () => {
  it('the overview puts two panels side by side at 768×1024', async () => {
    const { page, context } = await openPage(browser(), origin(), SIZES.tablet);
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

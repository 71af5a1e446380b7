/** Every screen on phones held upright (360×740, 390×844): it fits the width and stays usable by touch. */
import { describe, expect, it } from 'vitest';
import { layoutReport } from './layout.ts';
import { openPage, waitReady } from './browser.ts';
import { sharedBrowser } from './pageChecks.ts';
import { describeFit } from './phoneFit.ts';

const browser = sharedBrowser();
describeFit(['phone360', 'phone390'], browser, 'phone390');

describe('the policy screen at 390×844', () => {
  it('shows each target as a card whose names read across, and the effect chart with no label over another', async () => {
    const { page, context, errors } = await openPage(browser(), process.env.E2E_ORIGIN!, { width: 390, height: 844 });
    // charts in SVG (a test-only switch), so that the effect chart's labels are in the page
    await page.goto(`${process.env.E2E_ORIGIN}/?screen=policy&charts=svg`);
    await waitReady(page);
    const card = await page.evaluate(() => {
      const row = document.querySelector('[data-panel="doc-targets"] tbody tr')!;
      const box = (el: Element | null) => el!.getBoundingClientRect();
      const indicator = box(row.querySelector('[data-action="open-indicator"]'));
      const fs = parseFloat(getComputedStyle(row.querySelector('[data-action="open-indicator"]')!).fontSize);
      const completion = row.querySelector('[data-field="completion"]')!;
      return {
        // characters a line of the indicator's name (two in the eight-column table)
        indicatorChars: indicator.width / fs,
        rowWidth: box(row).width,
        completionLabel: getComputedStyle(completion, '::before').content,
      };
    });
    expect(card.indicatorChars).toBeGreaterThanOrEqual(5);
    expect(card.rowWidth).toBeGreaterThan(330);
    expect(card.completionLabel).toContain('完成率');
    const effect = await layoutReport(page, '[data-panel="effect"]');
    const texts = effect.texts.map((t) => t.text);
    // the chart's own labels are among the texts checked: the issue date and both legend entries
    expect(texts.some((t) => t.includes('印发') && /\d{4}年/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('对照地区'))).toBe(true);
    expect(effect.overlaps.map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

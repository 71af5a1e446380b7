/** Every screen on phones held upright (360×740, 390×844): it fits the width and stays usable by touch. */
import { describe, expect, it } from 'vitest';
import { layoutReport } from './layout.ts';
import { openPage, visitInApp, waitReady } from './browser.ts';
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
    // the overdue tasks and departments stack at full length: every row on the page, no box scrolling inside
    for (const id of ['overdue', 'departments']) {
      const box = await page.locator(`[data-panel="${id}"] .table-scroll`).evaluate((e) => ({ content: e.scrollHeight, shown: e.clientHeight }));
      expect(box.content, id).toBeLessThanOrEqual(box.shown + 2);
    }
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

describe('charts out of sight at 390×844', () => {
  it('a month change draws the charts in sight; the map below draws when it scrolls in or the page is printed, and meanwhile speaks no old figures', async () => {
    const { page, context, errors } = await openPage(browser(), process.env.E2E_ORIGIN!, { width: 390, height: 844 });
    await page.goto(`${process.env.E2E_ORIGIN}/`);
    await waitReady(page);
    const map = page.locator('[data-panel="map"] .chart');
    const chart = () => map.evaluate((el) => ({ draws: (el as HTMLElement).dataset.draws, stale: (el as HTMLElement).dataset.stale ?? null, label: el.getAttribute('aria-label') ?? '' }));
    const fdi = () => page.locator('[data-kpi="fdi"] [data-field="actual"]').innerText();
    // the overview opens at the top: the map is more than a screen and a half down
    await expect.poll(async () => (await chart()).label).toContain('这是一个图表');
    const first = await chart();
    expect(first.stale).toBeNull();
    const october = await fdi();

    await visitInApp(page, 'overview', '?month=2020-06');
    expect(await fdi()).not.toBe(october);
    const hidden = await chart();
    expect(hidden.draws).toBe(first.draws);
    expect(hidden.stale).toBe('true');
    // the old month's figures are not read out: the chart's name only
    expect(hidden.label).toBe('完成情况地图');

    await map.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await chart()).stale).toBeNull();
    const shown = await chart();
    expect(Number(shown.draws)).toBe(Number(first.draws) + 1);
    expect(shown.label).toContain('这是一个图表');

    // out of sight again, another month, then the page is printed: every chart is drawn first
    await page.evaluate(() => window.scrollTo(0, 0));
    // the observer reports the map out of sight after the next frames are drawn
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));
    await visitInApp(page, 'overview', '?month=2020-03');
    expect((await chart()).stale).toBe('true');
    const printed = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      const el = document.querySelector<HTMLElement>('[data-panel="map"] .chart')!;
      return { draws: el.dataset.draws, stale: el.dataset.stale ?? null };
    });
    expect(printed).toEqual({ draws: String(Number(first.draws) + 2), stale: null });
    expect(errors).toEqual([]);
    await context.close();
  });
});

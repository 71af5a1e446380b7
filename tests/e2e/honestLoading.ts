/**
 * Shared by the honest-loading browser tests: opens a screen with DuckDB's answers held back
 * (window.__paceHold, src/db/queryClient.ts), samples the page text every frame for a few seconds,
 * then releases the answers and waits for the final page. An empty claim ("暂无数据", "没有逾期任务",
 * …) seen while the answers were held, that the final page does not make, would have been false.
 */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { claimPatterns } from '../../src/cli/bench/settle.ts';
import { STRINGS } from '../../src/i18n/strings.ts';
import { INTAKE_WORDS } from '../../src/i18n/strings.intake.ts';
import { openPage, waitReady } from './browser.ts';

export const origin = () => process.env.E2E_ORIGIN!;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string that says there is nothing, both languages. */
export function emptyClaims(): string[] {
  const more = (['zh', 'en'] as const).flatMap((l) => [STRINGS[l].laggingNone, STRINGS[l].noTarget, INTAKE_WORDS.noCoverage[l]]);
  return [...new Set([...claimPatterns(), ...more.map(esc)])];
}

function sampler(patterns: string[], waiting: string[]): string {
  return `(() => {
  window.__paceHold = true;
  const res = ${JSON.stringify(patterns)}.map((p) => new RegExp(p, 'g'));
  const waiting = ${JSON.stringify(waiting)};
  const s = (window.__honest = { seen: {}, waiting: false, sampling: true });
  const tick = () => {
    if (!s.sampling) return;
    // the app's own text (the first paint outside #root is drawn from the build's seed)
    const root = document.getElementById('root');
    const text = root ? root.textContent || '' : '';
    res.forEach((r, i) => { const n = (text.match(r) || []).length; if (n > (s.seen[i] || 0)) s.seen[i] = n; });
    if (waiting.some((w) => text.includes(w))) s.waiting = true;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

export interface HeldResult {
  page: Page;
  close: () => Promise<void>;
  /** queries that were held back (0: the screen came from the build's seed alone) */
  held: number;
  waitingSeen: boolean;
}

/**
 * Opens `query` with answers held for `holdMs`, asserts no empty claim appears then that the final
 * page does not make, and that a screen which had to wait said so; returns the released, settled page.
 */
export async function heldScreen(browser: Browser, query: string, whileHeld?: (page: Page, held: number) => Promise<void>, holdMs = 2500): Promise<HeldResult> {
  const patterns = emptyClaims();
  const { page, context, errors } = await openPage(browser, origin());
  await context.addInitScript(sampler(patterns, [STRINGS.zh.waitingData, STRINGS.en.waitingData]));
  await page.goto(`${origin()}/${query}`);
  // the app's screen is up (its code can take a while to arrive on a busy machine), then watched a while
  await page.waitForFunction(() => document.querySelector('#root [data-panel], #root .screen, #root [data-section]') !== null, undefined, { timeout: 60_000 });
  await page.waitForTimeout(holdMs);
  if (whileHeld) await whileHeld(page, await page.evaluate(() => (window as unknown as { __paceHeldCount?: number }).__paceHeldCount ?? 0));
  const during = await page.evaluate(() => {
    const w = window as unknown as { __honest: { seen: Record<number, number>; waiting: boolean; sampling: boolean }; __paceHeldCount?: number; __paceRelease?: () => void };
    w.__honest.sampling = false;
    const out = { seen: w.__honest.seen, waiting: w.__honest.waiting, held: w.__paceHeldCount ?? 0 };
    if (w.__paceRelease) w.__paceRelease();
    else (window as unknown as { __paceHold: boolean }).__paceHold = false;
    return out;
  });
  await waitReady(page);
  const final = await page.evaluate(() => document.getElementById('root')?.textContent ?? '');
  const shown = Object.entries(during.seen)
    .map(([i, n]) => ({ claim: patterns[Number(i)]!, n, final: (final.match(new RegExp(patterns[Number(i)]!, 'g')) ?? []).length }))
    .filter((c) => c.n > c.final);
  expect(shown, `${query}: empty claims shown before the data answered`).toEqual([]);
  if (during.held > 0) expect(during.waiting, `${query}: a screen waiting for its data says so`).toBe(true);
  expect(errors, query).toEqual([]);
  return { page, close: () => context.close(), held: during.held, waitingSeen: during.waiting };
}

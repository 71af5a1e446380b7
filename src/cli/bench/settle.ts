/**
 * Each screen's cold settle time (until the page's text stops changing) and the empty claims
 * ("暂无数据", "没有逾期任务", …) the page showed while loading that its final text does not make:
 * a screenshot taken then would have been false. The text is sampled every animation frame.
 */
import type { Browser } from 'playwright-core';
import { STRINGS, type StringKey } from '../../i18n/strings.ts';

export const SETTLE_SCREENS = ['overview', 'indicator', 'region', 'data', 'policy', 'bulletin', 'wall'] as const;

/** Strings that say there is nothing (from src/i18n), both languages; `{…}` placeholders match anything. */
const CLAIM_KEYS = ['noData', 'pol.noOverdue', 'pol.noDeadlines', 'pol.noTargets', 'pol.noIncentives', 'pol.noEffectIndicator', 'bul.laggingNone', 'bul.tasksNone'];

export function claimPatterns(): string[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = new Set<string>();
  for (const lang of ['zh', 'en'] as const) {
    for (const k of CLAIM_KEYS) {
      const text = STRINGS[lang][k as StringKey];
      if (text) out.add(text.split(/\{\w+\}/).map(esc).join('[^。.]*?'));
    }
  }
  return [...out];
}

/** In the page from the first frame: when the visible text last changed, and the most matches of each claim seen. */
export function settleScript(patterns: string[]): string {
  return `(() => {
  const res = ${JSON.stringify(patterns)}.map((p) => new RegExp(p, 'g'));
  const s = (window.__settle = { lastChange: 0, seen: {} });
  let prev = '';
  const visibleText = () => {
    const root = document.getElementById('root');
    // while the first paint shows, the app lays out unseen underneath: only the painted text is on screen
    if (root && root.classList.contains('prepainted')) return document.querySelector('[data-prepaint]')?.textContent ?? '';
    if (!document.body) return '';
    // the wall's clock and its last-check time tick by themselves: not a change of what it shows
    let text = document.body.textContent;
    for (const el of document.querySelectorAll('[data-clock], .wall-updated')) text = text.replace(el.textContent, '');
    return text;
  };
  const tick = () => {
    const text = visibleText();
    if (text !== prev) {
      prev = text;
      s.lastChange = performance.now();
      res.forEach((r, i) => { const n = (text.match(r) || []).length; s.seen[i] = Math.max(s.seen[i] || 0, n); });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

export interface Settled {
  settleMs: number;
  /** empty claims shown while loading that the settled page no longer makes */
  emptyClaims: number;
}

/** Opens one screen cold; settled when DuckDB is ready, nothing is busy and the text has not changed for `quietMs`. */
export async function settleScreen(browser: Browser, origin: string, screen: string, quietMs = 2000): Promise<Settled> {
  const patterns = claimPatterns();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: settleScript(patterns) });
    await page.goto(`${origin}/?screen=${screen}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      (quiet) => {
        const w = window as unknown as { __settle?: { lastChange: number }; __pace?: { stats(): { ready: boolean; inflight: number } } };
        const st = w.__pace?.stats();
        return !!st && st.ready && st.inflight === 0 && document.querySelectorAll('[aria-busy="true"]').length === 0 && performance.now() - (w.__settle?.lastChange ?? 0) > quiet;
      },
      quietMs,
      { timeout: 300_000, polling: 100 },
    );
    return await page.evaluate((ps) => {
      const s = (window as unknown as { __settle: { lastChange: number; seen: Record<number, number> } }).__settle;
      const final = document.body.textContent ?? '';
      let claims = 0;
      ps.forEach((p, i) => {
        claims += Math.max(0, (s.seen[i] ?? 0) - (final.match(new RegExp(p, 'g')) ?? []).length);
      });
      return { settleMs: s.lastChange, emptyClaims: claims };
    }, patterns);
  } finally {
    await context.close();
  }
}

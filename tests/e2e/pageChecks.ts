/**
 * Checks for phones, keyboards and screen readers, judged from the page itself: sideways scroll,
 * text squeezed into one-character columns, small targets, and axe-core's WCAG 2.2 AA rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, visitInApp, waitReady } from './browser.ts';

/** One headless Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface SharedPage {
  /** Moves to `query` the way a leader does (the app's history navigation, as the back button), and waits for `screen` to settle. */
  visit(screen: string, query: string): Promise<Page>;
  /** Page errors since the last visit began. */
  errors(): string[];
}

/**
 * One page for a describe block at one size: its screens are visited in the running app rather
 * than loaded afresh, so the page and its DuckDB start once (a fresh load per screen made these
 * checks the slowest part of CI).
 */
export function sharedPage(browser: () => Browser, viewport: { width: number; height: number }, firstQuery = ''): SharedPage {
  let page: Page;
  let context: BrowserContext;
  let errors: string[] = [];
  let seen = 0;
  beforeAll(async () => {
    ({ page, context, errors } = await openPage(browser(), process.env.E2E_ORIGIN!, viewport));
    await page.goto(`${process.env.E2E_ORIGIN}/${firstQuery}`);
    await waitReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });
  return {
    async visit(screen, query) {
      seen = errors.length;
      await visitInApp(page, screen, query);
      return page;
    },
    errors: () => errors.slice(seen),
  };
}

export const SCREENS = ['overview', 'indicator', 'region', 'data', 'policy', 'bulletin'] as const;

export const SIZES = {
  phone360: { width: 360, height: 740 },
  phone390: { width: 390, height: 844 },
  landscape: { width: 844, height: 390 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 800 },
  desk: { width: 1920, height: 1080 },
} as const;

export interface FitReport {
  scrollWidth: number;
  innerWidth: number;
  /** text taller than three lines in a box narrower than two characters (利/用/外/资 down a column) */
  narrowTexts: string[];
  /** buttons, selects, inputs, summaries smaller than 24 × 24 px */
  smallTargets: string[];
}

export async function fitReport(page: Page): Promise<FitReport> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return false;
      }
      return true;
    };
    const describe = (el: Element, r: DOMRect) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)} "${(el.textContent ?? '').trim().slice(0, 16)}"`;
    const narrowTexts: string[] = [];
    const smallTargets: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !visible(el)) continue;
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 1);
      if (ownText && !el.closest('svg')) {
        const cs = getComputedStyle(el);
        const fs = parseFloat(cs.fontSize);
        const lh = parseFloat(cs.lineHeight) || fs * 1.3;
        if (r.height > 3 * lh && r.width < 2 * fs) narrowTexts.push(describe(el, r));
      }
      if (el.matches('button, select, input:not([type="hidden"]), summary, a[href]:not(.skip-link)') && (r.width < 24 || r.height < 24)) smallTargets.push(describe(el, r));
    }
    const se = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: se.scrollWidth, innerWidth: window.innerWidth, narrowTexts, smallTargets };
  });
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.0–2.2 A and AA rules; returns the serious and critical violations. The source is
 * evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
 */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

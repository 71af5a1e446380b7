/** Headless Chromium for the browser tests: Debian's /usr/bin/chromium, every other origin blocked. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      // DuckDB's wasm compiled by V8's baseline compiler only: the same program, without the optimising
      // compiler's background work that, with two browsers on two cores, made each fresh page's start the
      // slowest part of CI (policy screen cold: 11 s → 8 s here). Speed is measured by `npm run bench`,
      // which launches its own Chromium with default flags.
      '--js-flags=--liftoff-only',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** requests to any origin but the app's, which were blocked */
  blocked: string[];
  errors: string[];
}

/** A fresh context whose requests may reach only `origin`. */
export async function openPage(browser: Browser, origin: string, viewport = { width: 1920, height: 1080 }, deviceScaleFactor = 1): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // where and how: a failure names the page and the first frames of the stack
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, blocked, errors };
}

/** Waits until the app has loaded its data and no panel is busy. */
export async function waitReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-ready="true"]', { timeout });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout });
  // charts draw on the next frames
  await page.waitForTimeout(300);
}

/**
 * Moves the running app to `query` the way the back button does (same page, same DuckDB) and waits
 * for `screen` to settle: a fresh load per screen made the browser checks the slowest part of CI.
 */
export async function visitInApp(page: Page, screen: string, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
    window.scrollTo(0, 0);
  }, query.startsWith('?') || query === '' ? `/${query}` : query);
  await page.locator(`main .screen.${screen}`).first().waitFor();
  await waitReady(page);
}

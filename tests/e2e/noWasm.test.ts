/**
 * A webview without WebAssembly: DuckDB cannot start. The overview still shows the build's seeded
 * figures and says in one line what is missing; a region switch shows "needs DuckDB", not a spinner.
 */
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './pageChecks.ts';
import { openPage } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const browser = sharedBrowser();

async function withoutWasm(query: string) {
  const opened = await openPage(browser(), origin(), { width: 390, height: 844 });
  await opened.page.addInitScript(() => {
    delete (window as { WebAssembly?: unknown }).WebAssembly;
  });
  await opened.page.goto(`${origin()}/${query}`);
  await opened.page.waitForSelector('[data-ready="true"]', { timeout: 30_000 });
  return opened;
}

describe('without WebAssembly', () => {
  it('the overview shows its seeded figures, the links between them, and a one-line notice', async () => {
    const { page, context } = await withoutWasm('');
    await page.waitForSelector('[data-db-notice="wasm"]', { timeout: 15_000 });
    expect(await page.locator('[data-db-notice]').innerText()).toContain('WebAssembly');
    // the seeded headline card: FDI target 74,000 万美元, as with DuckDB (tests/e2e/overview.test.ts)
    await expect.poll(() => page.locator('[data-kpi="fdi"] [data-field="target"]').innerText()).toContain('74,000 万美元');
    expect(await page.locator('[data-kpi]').count()).toBe(5);
    // no panel waits for ever
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
    // the card still links to its indicator
    expect(await page.locator('[data-kpi="fdi"] .kpi-main').count()).toBe(1);
    await context.close();
  });

  it('in English the notice is English', async () => {
    const { page, context } = await withoutWasm('?lang=en');
    await page.waitForSelector('[data-db-notice="wasm"]', { timeout: 15_000 });
    expect(await page.locator('[data-db-notice]').innerText()).toContain('cannot start the database (no WebAssembly)');
    await context.close();
  });

  it('a region switch shows "needs DuckDB" in the panels instead of an endless spinner', async () => {
    const { page, context } = await withoutWasm('');
    await page.waitForSelector('[data-db-notice]', { timeout: 15_000 });
    await page.locator('[data-control="menu"]').click();
    await page.selectOption('[data-control="region"]', 'daiyue');
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-needs-db]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-needs-db]').first().innerText()).toContain('需要数据库（DuckDB）');
    expect(await page.locator('[data-db-notice]').count()).toBe(1);
    await context.close();
  });
});

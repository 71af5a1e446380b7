/**
 * Hostile input in the browser: markup in every kind of name, hostile URL parameters, formula
 * injection in exported CSV, and the Content-Security-Policy the build ships with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, visitInApp, waitReady } from './browser.ts';
import { tempSite, type TempSite } from './tempSite.ts';

const origin = () => process.env.E2E_ORIGIN!;
let browser: Browser;
let site: TempSite;

/** A file name is data too; made at test time, since not every file system takes `<>` in a name. */
const HOSTILE_FILE = '<img src=x onerror=window.__pwned=7>.csv';

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'tests/fixtures/hostile'), Number(process.env.E2E_PORT ?? 4610) + 100);
  renameSync(join(site.dir, 'data/rejected-rows.csv'), join(site.dir, 'data', HOSTILE_FILE));
  site.writeManifest();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Records CSP violations and dialogs; a script that ran would also set window.__pwned. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { dialogs };
}

/** Hovers every canvas so that ECharts renders its HTML tooltips. */
async function hoverCharts(page: Page): Promise<void> {
  for (const c of await page.locator('canvas').all()) {
    const box = await c.boundingBox();
    if (box) for (const fx of [0.2, 0.5, 0.8]) await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.5);
  }
}

const DESK_SCREENS: [string, string][] = [
  ['indicator', '?screen=indicator'],
  ['region', '?screen=region'],
  ['data', '?screen=data'],
  ['policy', '?screen=policy'],
  ['bulletin', '?screen=bulletin&month=2020-10'],
  ['overview', '?screen=overview'],
];

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('the built index.html carries a strict policy: no inline script, wasm allowed, connections to self only', () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('every screen runs under it with no violation', async () => {
    const { page, context, errors } = await openPage(browser, origin());
    await watch(page);
    // the desk screens within one running app; the wall and an embed are pages of their own
    await page.goto(`${origin()}/`);
    await waitReady(page);
    for (const [screen, q] of DESK_SCREENS) {
      await visitInApp(page, screen, q);
      await page.mouse.move(700, 600);
      expect(await cspViolations(page), q).toEqual([]);
    }
    for (const q of ['?screen=wall&playlist=overview&refresh=0', '?embed=map&refresh=0']) {
      await page.goto(`${origin()}/${q}`);
      await waitReady(page);
      await page.mouse.move(700, 600);
      expect(await cspViolations(page), q).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('licences', () => {
  it('dist/licenses.txt names every runtime dependency, the ones bundled only into a worker (hyparquet) included', () => {
    const list = readFileSync(join(ROOT, 'dist/licenses.txt'), 'utf8');
    const deps = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(deps).toContain('hyparquet');
    for (const d of deps) expect(list, d).toMatch(new RegExp(`^${d.replace(/[/.]/g, '\\$&')}@\\S+  \\S`, 'm'));
  });
});

describe('markup in data is shown as text', () => {
  it('names, titles, document numbers and quotes with <img onerror>, <script>, <svg onload> never run', async () => {
    const { page, context } = await openPage(browser, site.origin);
    const { dialogs } = await watch(page);
    const check = async (q: string) => {
      await hoverCharts(page);
      expect(await pwned(page), q).toBeNull();
      expect(await page.locator('img[src="x"], svg[onload], iframe').count(), q).toBe(0);
    };
    await page.goto(`${site.origin}/`);
    await waitReady(page);
    await check('overview');
    for (const [screen, q] of [['indicator', '?screen=indicator&indicator=fdi'], ['region', '?screen=region&region=city'], ['data', '?screen=data'], ['policy', '?screen=policy'], ['overview', '?lang=en']] as const) {
      await visitInApp(page, screen, q);
      await check(q);
    }
    await page.goto(`${site.origin}/?screen=wall&playlist=overview&refresh=0`);
    await waitReady(page);
    await check('wall');
    await page.goto(`${site.origin}/?screen=region&region=city`);
    await waitReady(page);
    await page.locator('[data-panel="scorecard"] details summary').first().click();
    const text = await page.locator('main').innerText();
    expect(text).toContain('<img src=x onerror="window.__pwned=6">目标原文');
    expect(await page.locator('[data-control="region"] option').first().innerText()).toContain('<img src=x onerror=');
    expect(dialogs).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('the data screen (rejected rows, file list), the bulletin and an embedded panel show hostile names and cells as text', async () => {
    const { page, context } = await openPage(browser, site.origin);
    const { dialogs } = await watch(page);
    const visit = async (q: string) => {
      await page.goto(`${site.origin}/${q}`);
      await waitReady(page);
      await hoverCharts(page);
    };
    const clean = async (q: string) => {
      expect(await pwned(page), q).toBeNull();
      expect(await page.locator('img[src="x"], svg[onload], iframe, script:not([src])').count(), q).toBe(0);
      expect(await cspViolations(page), q).toEqual([]);
    };

    // the rejected-rows table and the file list: a hostile file name, rejected cells, an unreadable header
    await visit('?screen=data');
    const rejects = page.locator('[data-panel="rejects"]');
    expect(await rejects.locator('tbody tr').count()).toBe(3);
    expect(await rejects.locator('tbody tr td').first().innerText()).toBe(HOSTILE_FILE);
    const rejectText = await rejects.innerText();
    expect(rejectText).toContain('“<img src=x onerror="window.__pwned=8">”不是数字');
    expect(rejectText).toContain('未知指标“<svg onload="window.__pwned=9">”');
    expect(rejectText).toContain('未知区域“<script>window.__pwned=10</script>”');
    const files = page.locator('[data-panel="files"]');
    expect(await files.locator(`tr[data-file="${HOSTILE_FILE}"]`).count()).toBe(1);
    expect(await files.innerText()).toContain('（最接近：<img src=x onerror="window.__pwned=11">, <b>粗</b>）');
    await clean('data');

    // the bulletin names units, lead departments, tasks and milestones
    await visitInApp(page, 'bulletin', '?screen=bulletin&month=2020-10');
    await hoverCharts(page);
    const bulletin = await page.locator('main').innerText();
    expect(bulletin).toContain('<img src=x onerror="window.__pwned=14">商务局：逾期1项');
    expect(bulletin).toContain('<script>window.__pwned=12</script>招商任务 · <svg onload="window.__pwned=13">节点');
    expect(bulletin).toContain('{b|富文本}<b>局</b>');
    expect(bulletin).toContain('=HYPERLINK("http://evil")县');
    await clean('bulletin');

    // an embedded panel, also after the host switches it to another region (own origin: allowed)
    await visit('?embed=kpi&indicator=fdi&region=city&refresh=0');
    expect(await page.locator('[data-embed]').innerText()).toContain('实际利用外资<svg onload="window.__pwned=3"> · <img src=x onerror="window.__pwned=1;alert(1)">市');
    await page.evaluate(() => {
      for (const region of ['<img src=x onerror="window.__pwned=16">', 'b']) postMessage({ type: 'pace:set', region }, location.origin);
    });
    await expect.poll(() => page.locator('[data-embed]').getAttribute('data-region')).toBe('b');
    await hoverCharts(page);
    expect(await page.locator('[data-embed]').innerText()).toContain('{b|富文本}县<b>粗</b>');
    await clean('embed');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('exported CSV cells cannot start a formula; numbers stay numbers', async () => {
    const { page, context } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/?screen=indicator&indicator=fdi&region=city`);
    await waitReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-panel="detail"] [data-action="export-csv"]').click()]);
    const bytes = readFileSync((await download.path())!);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const cells = text.slice(1).split(/\r\n/).filter(Boolean).map((l) => l.split(','));
    const isNumber = (c: string) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(c);
    for (const row of cells) for (const cell of row) if (!isNumber(cell)) expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")县"`);
    // a negative gap to pace is exported as a plain negative number
    expect(cells.some((r) => r.some((c) => /^-\d/.test(c)))).toBe(true);
    await context.close();
  });
});

describe('hostile URL parameters', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await loadFixture(join(ROOT, 'data')));
  });
  afterAll(() => db?.close());

  it('quotes, semicolons and DROP TABLE in every parameter change nothing', async () => {
    const { page, context, errors } = await openPage(browser, origin());
    const { dialogs } = await watch(page);
    const payloads = ["'", '";', "'; DROP TABLE regions; --", '<script>alert(1)</script>', '1 OR 1=1', '../../etc/passwd'];
    const params = ['screen', 'region', 'indicator', 'year', 'month', 'rank', 'lang'];
    await page.goto(`${origin()}/`);
    await waitReady(page);
    for (const p of params) {
      for (const v of payloads) {
        // same page, new history entry: the app re-reads the URL without reloading the database
        await page.evaluate((search) => {
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `?screen=region&${p}=${encodeURIComponent(v)}`);
        await waitReady(page);
        expect(await page.locator('[data-ready="true"]').count()).toBe(1);
      }
    }
    // the tables are intact: the scorecard of 泰安高新区 still lists every target SQL knows
    await page.evaluate(() => {
      history.pushState(null, '', '?screen=region&region=gaoxin');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitReady(page);
    const [n] = await db.query<{ n: number }>("SELECT count(*)::INT AS n FROM progress_at(2020, 10) WHERE region_id = 'gaoxin'");
    expect(await page.locator('[data-panel="all-targets"] tbody tr').count()).toBe(n!.n);
    expect(await page.locator('[data-control="region"] option').count()).toBe((await db.query('SELECT 1 FROM regions')).length);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown region in the URL says so and shows the default', async () => {
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?region=nowhere&screen=region`);
    await waitReady(page);
    expect(await page.locator('.url-notice').innerText()).toContain('nowhere');
    expect(await page.locator('[data-control="region"]').inputValue()).toBe('taian');
    await context.close();
  });
});

/**
 * The built app in headless Chromium, with every request to another origin blocked: the numbers
 * on screen are the numbers the SQL computes for the sample data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const shots = join(ROOT, 'tests/artifacts');
mkdirSync(shots, { recursive: true });

let browser: Browser;
let db: Db;
let fdi: { completion: number; target_value: number; actual: number; pace_gap: number };

beforeAll(async () => {
  browser = await launch();
  ({ db } = await loadFixture(join(ROOT, 'data')));
  const [row] = await db.query<typeof fdi>("SELECT completion, target_value, actual, pace_gap FROM family_kpis(2020, 10, 'taian') WHERE family = 'fdi'");
  fdi = row!;
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

describe('overview', () => {
  it('opens on 泰安市, October 2020, with the FDI target of 74000 万美元 and the completion SQL computes', async () => {
    const { page, blocked, errors, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/`);
    await waitReady(page);
    expect(await page.locator('[data-control="region"]').inputValue()).toBe('taian');
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe('2020-10');
    const card = page.locator('[data-kpi="fdi"]');
    expect(fdi.target_value).toBe(74000);
    await expect.poll(() => card.locator('[data-field="target"]').innerText()).toContain('74,000 万美元');
    expect(await card.locator('[data-field="completion"]').innerText()).toBe(pct(fdi.completion));
    expect(await card.locator('[data-field="actual"]').innerText()).toBe(`${fdi.actual.toLocaleString('en-US')} 万美元`);
    // illustrative actuals are marked on the screen
    await expect.poll(() => page.locator('[data-sample-badge]').count()).toBe(1);
    expect(await card.innerText()).toContain('示例数据');
    // provenance: the document number
    expect(await card.innerText()).toContain('泰安市工业经济发展攻坚指挥部〔2020〕1号');
    // five headline families
    expect(await page.locator('[data-kpi]').count()).toBe(5);
    // ranking and lagging panels drew something
    expect(await page.locator('[data-panel="ranking"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-panel="lagging"] li').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, 'overview-1920x1080.png') });
    await context.close();
  });

  it('switches to English with lang=en', async () => {
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?lang=en`);
    await waitReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.app-title').innerText()).toBe('Target Pace Monitor');
    const card = page.locator('[data-kpi="fdi"]');
    expect(await card.locator('[data-field="target"]').innerText()).toContain('74,000 10k USD');
    expect(await card.locator('[data-field="completion"]').innerText()).toBe(pct(fdi.completion));
    expect(await page.locator('[data-kpi="fdi"] .kpi-family').innerText()).toBe('Foreign capital');
    await page.screenshot({ path: join(shots, 'overview-en-1920x1080.png') });
    await context.close();
  });
});

describe('links reproduce views', () => {
  it('a link with screen, indicator, region, year, month and lang opens the same view, and the UI writes such links', async () => {
    const { page, context } = await openPage(browser, origin());
    const query = '?screen=indicator&region=daiyue&indicator=trade_goods&year=2020&month=6';
    await page.goto(`${origin()}/${query}`);
    await waitReady(page);
    expect(await page.locator('[data-control="indicator"]').inputValue()).toBe('trade_goods');
    expect(await page.locator('[data-control="region"]').inputValue()).toBe('daiyue');
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe('2020-06');
    const [row] = await db.query<{ completion: number }>("SELECT completion FROM progress_at(2020, 6) WHERE region_id = 'daiyue' AND indicator_id = 'trade_goods' AND is_primary");
    const shown = await page.locator('[data-panel="targets"] .primary [data-field="completion"]').innerText();
    expect(shown).toBe(pct(row!.completion));
    // 岱岳区's children (its zones and parks) have no trade target: the bars compare it with its siblings
    const [{ n }] = (await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM progress_at(2020, 6) WHERE parent_id = 'taian' AND indicator_id = 'trade_goods' AND is_primary")) as [{ n: number }];
    expect(n).toBeGreaterThan(5);
    await expect.poll(() => page.locator('[data-panel="detail"] .table-count').innerText(), { timeout: 10_000 }).toBe(`${n} / ${n}`);
    expect(await page.locator('[data-panel="by-region"] .chart').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'indicator-1920x1080.png') });

    // change the view through the UI; the URL follows and a fresh page at that URL shows the same
    await page.locator('[data-control="region"]').selectOption('feicheng');
    await waitReady(page);
    const url = page.url();
    expect(url).toContain('region=feicheng');
    expect(url).toContain('indicator=trade_goods');
    const again = await context.newPage();
    await again.goto(url);
    await waitReady(again);
    expect(await again.locator('[data-panel="targets"] .primary [data-field="completion"]').innerText()).toBe(
      await page.locator('[data-panel="targets"] .primary [data-field="completion"]').innerText(),
    );
    await context.close();
  });

  it('the region scorecard lists every target of the region with its status', async () => {
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=region&region=gaoxin`);
    await waitReady(page);
    const [n] = await db.query<{ n: number }>("SELECT count(*)::INT AS n FROM progress_at(2020, 10) WHERE region_id = 'gaoxin'");
    expect(await page.locator('[data-panel="all-targets"] tbody tr').count()).toBe(n!.n);
    expect(await page.locator('[data-panel="scorecard"] .tile').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(shots, 'region-1920x1080.png') });
    await context.close();
  });
});

/**
 * Every government on its own plan: each of the five seed regions, opened with `?region=<id>` alone,
 * opens on its plan's month with its own headline cards (statuses included), a ranking of its
 * units or departments and a lagging list; the figures are the ones DuckDB computes from the
 * sample data. Switching region moves the month only when the new region has no data in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Db } from '../../src/db/types.ts';
import { bulletinLagging, bulletinUnits } from '../../src/panels/bulletin/query.ts';
import { familyKpis } from '../../src/panels/kpis/query.ts';
import { laggingTargets } from '../../src/panels/lagging/query.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const shots = join(ROOT, 'tests/artifacts');
mkdirSync(shots, { recursive: true });

let browser: Browser;
let db: Db;

beforeAll(async () => {
  browser = await launch();
  ({ db } = await loadFixture(join(ROOT, 'data')));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

// region, plan year, the ranking's title (units under 泰安; the county plans' departments), a family shown
const PLANS = [
  ['taian', 2020, '单位排名', '外资'],
  ['juye', 2023, '部门排名', '办理时限'],
  ['gaotang', 2021, '部门排名', '办理时限'],
  ['shanting', 2021, '部门排名', '人才就业'],
  ['tancheng', 2024, '部门排名', '市场主体'],
] as const;

describe('each government opens on its own plan', () => {
  it.each(PLANS)('%s opens in %i with its cards, statuses, ranking and lagging list', async (regionId, year, rankingTitle, familyName) => {
    const at = { regionId, year, month: 10 };
    const cards = await db.query<{ family: string; completion: number | null; status: string | null; kind: string | null }>(familyKpis.sql, familyKpis.params(at));
    const lagging = await db.query(laggingTargets.sql, laggingTargets.params(at));
    expect(cards.length).toBeGreaterThan(2);
    expect(lagging.length).toBeGreaterThan(0);

    const { page, blocked, errors, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?region=${regionId}`);
    await waitReady(page);
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe(`${year}-10`);
    // the cards are the region's families, in the data's order, named from families.csv
    await expect.poll(() => page.locator('[data-kpi]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi')))).toEqual(cards.map((c) => c.family));
    const names = await page.locator('[data-kpi] .kpi-family').allInnerTexts();
    expect(names).toContain(familyName);
    for (const n of names) expect(n).not.toMatch(/^[a-z_]+$/);
    // every card with a target of the region's own carries its status
    for (const c of cards.filter((c) => c.kind !== null)) expect(await page.locator(`[data-kpi="${c.family}"] [data-status]`).first().getAttribute('data-status')).toBe(c.status);
    // one figure against DuckDB: the first own card's completion
    const first = cards.find((c) => c.completion !== null && c.kind !== 'benchmark')!;
    expect(await page.locator(`[data-kpi="${first.family}"] [data-field="completion"]`).innerText()).toBe(pct(first.completion!));
    // a ranking (units or departments) and the lagging list, neither empty
    const ranking = page.locator('[data-panel="ranking"]');
    expect(await ranking.innerText()).toContain(rankingTitle);
    await expect.poll(() => ranking.locator('canvas').count()).toBeGreaterThan(0);
    expect(await ranking.locator('.empty').count()).toBe(0);
    expect(await page.locator('[data-panel="lagging"] li').count()).toBe(Math.min(lagging.length, 60));
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, `plan-${regionId}-1920x1080.png`) });
    await context.close();
  });

  it('the region picker names each place with its plan', async () => {
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?region=juye`);
    await waitReady(page);
    const text = await page.locator('[data-control="region"] option[value="juye"]').innerText();
    expect(text.trim()).toBe('巨野县 · 巨政发〔2023〕5号');
    await context.close();
  });

  it('switching region moves the month only when the new region has no data in it', async () => {
    const { page, errors, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?region=taian&year=2020&month=6`);
    await waitReady(page);
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe('2020-06');
    // 新泰市 has data in June 2020: the month stays
    await page.locator('[data-control="region"]').selectOption('xintai');
    await waitReady(page);
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe('2020-06');
    // 巨野县 has none in 2020: it opens on its plan's month
    await page.locator('[data-control="region"]').selectOption('juye');
    await waitReady(page);
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe('2023-10');
    await expect.poll(() => page.locator('[data-kpi="time_limit"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the wall of 巨野县 and the map embed', async () => {
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=wall&region=juye`);
    await waitReady(page);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(shots, 'plan-wall-juye-1920x1080.png') });
    // the illustrative flag also on the map embed
    await page.goto(`${origin()}/?embed=map&region=taian`);
    await waitReady(page);
    await expect.poll(() => page.locator('[data-embed="map"]').innerText()).toContain('示例数据');
    await context.close();
  });

  it("巨野县's bulletin ranks its lead departments and names the far-behind ones, as the SQL does", async () => {
    const at = { regionId: 'juye', year: 2023, month: 10 };
    const units = await db.query<{ department: string; n_ahead: number; n_targets: number }>(bulletinUnits.sql, bulletinUnits.params(at));
    const lagging = await db.query<{ department: string }>(bulletinLagging.sql, bulletinLagging.params(at));
    const { page, context, errors } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=bulletin&region=juye`);
    await waitReady(page);
    expect(await page.locator('[data-section="ranking"] h2').innerText()).toBe('二、牵头部门综合排名');
    const rows = page.locator('[data-table="ranking"] tbody tr');
    expect(await rows.count()).toBe(units.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[1]!.textContent, tr.children[2]!.textContent!.replace(/\s/g, '')]))).toEqual(units.map((u) => [u.department, `${u.n_ahead}/${u.n_targets}`]));
    // 12 far behind in the county's summary: 12 lines, each naming its department, and no "none"
    const lines = await page.locator('[data-section="lagging"] li').allInnerTexts();
    expect(lines.length).toBe(12);
    lagging.forEach((r, i) => expect(lines[i]).toContain(`${r.department}：`));
    expect(await page.locator('main').innerText()).not.toContain('本月没有明显落后的单位');
    expect(await page.locator('[data-table="own-targets"] tbody tr').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a partial parent figure says so in the table rows (泰安 FDI against 山东省 with only some of its cities)', async () => {
    const [row] = await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM progress_at(2020, 10) WHERE region_id = 'taian' AND (is_partial OR ref_is_partial)");
    expect(row!.n).toBeGreaterThan(0);
    const { page, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=region&region=taian`);
    await waitReady(page);
    await expect.poll(() => page.locator('table [data-partial]').count()).toBe(row!.n);
    expect(await page.locator('table [data-partial]').first().innerText()).toBe('部分汇总');
    await context.close();
  });
});

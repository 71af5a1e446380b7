/**
 * Documents and their tasks in the built app: the policy screen (tasks, on-time rate, departments with their
 * aliases merged, deadlines ahead, targets with provenance and year-end outlook, the policy
 * effect sentence, incentives), the policy markers on the indicator chart, and the monthly
 * bulletin printed to PDF (page count, page numbers, tables, repeated headers). The numbers on
 * screen are checked against what the SQL computes on the same data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Db } from '../../src/db/types.ts';
import { formatDate, formatNumber, formatRatio, formatValue } from '../../src/i18n/format.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const shots = join(ROOT, 'tests/artifacts');
mkdirSync(shots, { recursive: true });

type R = Record<string, string | number | boolean | null>;
let browser: Browser;
let db: Db;
const q = (sql: string, params: (string | number)[] = []) => db.query<R>(sql, params);

beforeAll(async () => {
  browser = await launch();
  ({ db } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

/** Text of every page of a PDF, with CJK radical look-alikes that some fonts map to folded back. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: bytes, cMapUrl: join(ROOT, 'node_modules/pdfjs-dist/cmaps/'), cMapPacked: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join('')
        .normalize('NFKC')
        .replace(/\u2eda/g, '页'),
    );
  }
  await doc.destroy();
  return pages;
}

async function openScreen(query: string, viewport?: { width: number; height: number }): Promise<{ page: Page; close: () => Promise<void>; blocked: string[]; errors: string[] }> {
  const { page, context, blocked, errors } = await openPage(browser, origin(), viewport);
  await page.goto(`${origin()}/${query}`);
  await waitReady(page);
  return { page, close: () => context.close(), blocked, errors };
}

describe('policy screen', () => {
  it('opens on the Tai’an plan as of its status report: on-time rate, overdue tasks, departments, deadlines, policy effect, incentives and targets as the SQL computes them', async () => {
    const { page, close, blocked, errors } = await openScreen('?screen=policy');
    expect(await page.locator('[data-control="doc"]').inputValue()).toBe('003');
    expect(await page.locator('[data-control="ref-date"]').inputValue()).toBe('2020-10-31');
    const date = '2020-10-31';
    const [fam] = await q("SELECT * FROM tasks_summary(?::DATE) WHERE family_id = '003' AND doc_id IS NULL", [date]);
    expect(fam!.n_tasks).toBe(183); // every task and milestone of 003 and its ten annexes
    expect(await page.locator('[data-field="on-time-rate"]').innerText()).toBe(formatRatio(fam!.on_time_rate as number, 'zh'));
    expect(await page.locator('[data-state="overdue"] b').innerText()).toBe(String(fam!.n_overdue));
    // standing tasks (长期) are shown as ongoing, never overdue
    expect(await page.locator('[data-state="ongoing"] b').innerText()).toBe(String(fam!.n_ongoing));
    // illustrative statuses are marked
    expect(await page.locator('[data-panel="tasks"] .sample-tag').count()).toBe(1);

    // overdue tasks: as many rows as the SQL, the longest first with its days and lead unit
    const overdue = await q("SELECT title, lead_named, days_overdue FROM tasks_at(?::DATE) a JOIN doc_family f ON f.doc_id = a.doc_id AND f.family_id = '003' WHERE state = 'overdue' ORDER BY days_overdue DESC", [date]);
    expect(overdue.length).toBe(fam!.n_overdue);
    const rows = page.locator('[data-panel="overdue"] tbody tr');
    expect(await rows.count()).toBe(overdue.length);
    expect(await rows.first().locator('[data-col="days"]').innerText()).toBe(`${overdue[0]!.days_overdue}天`);
    expect(await rows.first().locator('[data-col="unit"]').innerText()).toBe(overdue[0]!.lead_named);

    // departments: ranked, names written two ways counted once
    const depts = await q("SELECT department, names, n_names, dept_rank FROM dept_tasks_summary(?::DATE, '003') ORDER BY dept_rank NULLS LAST, n_tasks DESC, department", [date]);
    expect(await page.locator('[data-panel="departments"] tbody tr').count()).toBe(depts.length);
    const merged = depts.find((d) => (d.n_names as number) > 1)!;
    expect(merged.department).toBe('市自然资源和规划局');
    const mergedRow = page.locator('[data-panel="departments"] tbody tr', { hasText: '市自然资源和规划局' });
    expect(await mergedRow.locator('[data-field="aliases"]').innerText()).toContain('市自然资源规划局');

    // deadlines ahead: the 30/60/90-day buckets hold what the SQL puts in them
    const due = await q("SELECT bucket, count(*)::INT AS n FROM deadlines_ahead(?::DATE, '003') GROUP BY bucket", [date]);
    for (const b of [30, 60, 90]) {
      expect(await page.locator(`[data-bucket="${b}"] [data-field="bucket-count"]`).innerText()).toBe(String(due.find((d) => d.bucket === b)?.n ?? 0));
    }
    expect(await page.locator('[data-panel="deadlines"] canvas').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, 'policy-1920x1080.png') });

    // the policy effect for goods trade, chosen on the screen, six months each side
    await page.locator('[data-control="effect-indicator"]').selectOption('trade_goods');
    await waitReady(page);
    expect(page.url()).toContain('indicator=trade_goods');
    const [e] = await q("SELECT * FROM policy_effect('003', 'trade_goods', 6)");
    const sentence = await page.locator('[data-field="effect-sentence"]').innerText();
    expect(await page.locator('[data-field="effect-sentence"]').getAttribute('data-verdict')).toBe(e!.did_verdict);
    expect(e!.control_ids).toBe('heze,liaocheng,linyi,zaozhuang');
    expect(sentence).toContain('菏泽市');
    expect(sentence).toContain(`${formatNumber(Math.abs(e!.did_effect as number), 'zh', 1)}%`);
    expect(await page.locator('[data-field="did"]').innerText()).toBe(`${(e!.did_effect as number) > 0 ? '+' : ''}${formatNumber(e!.did_effect as number, 'zh', 1)}%`);
    expect(await page.locator('[data-panel="effect"] .caveat').innerText()).toContain('不能证明因果');
    expect(await page.locator('[data-panel="effect"] canvas').count()).toBeGreaterThan(0);

    // incentives: the per-unit total and the clause lines with their quoted source
    const [gx] = await q("SELECT earned FROM incentive_totals(2020, 10, '003') WHERE unit_key = 'gaoxin'");
    // by hand: 150 (first investment prize) + 0 (best county: with all of the plan's targets 高新区 stands
    // 4th among the units (its standing 0.533), and only the first earns it)
    expect(gx!.earned).toBe(150);
    expect(await page.locator('.unit-totals [data-unit="gaoxin"] [data-field="unit-earned"]').innerText()).toBe('150 万元');
    const prize = page.locator('[data-panel="incentives"] tr[data-rule="r_invest_prize_1"][data-unit="gaoxin"]');
    expect(await prize.locator('[data-field="earned"]').innerText()).toBe('150 万元');
    expect(await prize.innerText()).toContain('双招双引年度考核一等奖');
    await prize.locator('.provenance summary').click();
    expect(await prize.locator('blockquote').innerText()).toContain('分别奖励现金150万元、100万元、70万元');
    await page.locator('[data-panel="effect"]').screenshot({ path: join(shots, 'policy-effect.png') });

    // targets with status, year-end outlook and source, linked to the indicator screen
    const targets = await q("SELECT * FROM doc_targets_at('003', DATE '2020-10-31')");
    // the first 30 rows are drawn at once; the button opens the rest and keyboard focus lands on row 31
    expect(targets.length).toBeGreaterThan(30);
    expect(await page.locator('[data-panel="doc-targets"] tbody tr').count()).toBe(30);
    const showAll = page.locator('[data-action="show-all-targets"]');
    expect(await showAll.innerText()).toBe(`显示全部 ${targets.length} 项目标`);
    await showAll.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('tr') === document.querySelectorAll('[data-panel="doc-targets"] tbody tr')[30]);
    expect(await page.locator('[data-panel="doc-targets"] tbody tr').count()).toBe(targets.length);
    expect(await showAll.count()).toBe(0);
    const fdi = targets.find((r) => r.target_id === 't_fdi_taian_2020')!;
    const row = page.locator('[data-target="t_fdi_taian_2020"]');
    expect(await row.locator('[data-field="completion"]').innerText()).toBe(formatRatio(fdi.completion as number, 'zh'));
    expect(await row.locator('[data-field="needed"]').innerText()).toBe(formatValue(fdi.needed_monthly as number, '万美元', 'zh', 0));
    // 58,450 of 74,000 in October projects below the target on the earlier years' shape
    expect(fdi.out_of_reach).toBe(true);
    expect(await row.locator('[data-field="reach"]').innerText()).toContain('按当前进度难以完成');
    // provenance: document number and the quoted sentence
    await row.locator('.provenance summary').click();
    expect(await row.locator('.provenance').innerText()).toContain('泰安市工业经济发展攻坚指挥部〔2020〕1号附件7');
    expect(await row.locator('.provenance blockquote').innerText()).toContain(fdi.quote as string);
    // the link opens the indicator screen on that target
    await row.locator('[data-action="open-indicator"]').click();
    await waitReady(page);
    expect(page.url()).toContain('screen=indicator');
    expect(page.url()).toContain('indicator=fdi');
    expect(page.url()).toContain('region=taian');
    // the policy's issue date is marked on the indicator chart
    const events = await q("SELECT doc_id FROM doc_roots JOIN doc_info USING (doc_id) WHERE region_id = 'taian' AND year(issued_on) = 2020");
    expect(events.map((e) => e.doc_id)).toEqual(['003']);
    expect(await page.locator('[data-panel="cumulative"] [data-event="003"]').innerText()).toContain('2020年4月17日');
    await close();
  });

  it('works in English, on another document and a chosen reference date', async () => {
    const { page, close } = await openScreen('?screen=policy&doc=001&date=2023-11-30&lang=en', { width: 1366, height: 768 });
    expect(await page.locator('[data-panel="tasks"] h2').innerText()).toBe('Tasks by status');
    const [fam] = await q("SELECT on_time_rate, n_overdue FROM tasks_summary(DATE '2023-11-30') WHERE family_id = '001' AND doc_id IS NULL");
    expect(await page.locator('[data-field="on-time-rate"]').innerText()).toBe(formatRatio(fam!.on_time_rate as number, 'en'));
    // the reference date is after the status report of 2023-10-31: the screen says so
    expect(await page.locator('[data-field="report-date"]').innerText()).toContain(formatDate('2023-10-31', 'en'));
    expect(await page.locator('.policy-toolbar .warn-tag').count()).toBe(1);
    // Juye writes one department two ways: 县发展和改革局 and 县发展和改革委员会
    const row = page.locator('[data-panel="departments"] tbody tr', { hasText: '县发展和改革局' });
    expect(await row.locator('[data-field="aliases"]').innerText()).toContain('also written 县发展和改革委员会');
    expect(await page.locator('[data-panel="departments"] tbody tr', { hasText: /^县发展和改革委员会/ }).count()).toBe(0);
    // no control region reports in 2023: the sentence falls back to before/after and says why
    expect(await page.locator('[data-field="effect-sentence"]').innerText()).toMatch(/No uncovered region|Fewer than/);
    await page.screenshot({ path: join(shots, 'policy-en-1366x768.png') });
    await close();
  });
});

describe('monthly bulletin', () => {
  it('prints ?screen=bulletin&month=2020-10 to A4 pages with page numbers, the ranking tables and the overdue tasks', async () => {
    const { page, close, errors } = await openScreen('?screen=bulletin&month=2020-10');
    expect(await page.locator('[data-bulletin]').getAttribute('data-bulletin')).toBe('2020-10');
    const ranking = await q('SELECT region_id FROM region_summary(2020, 10) WHERE parent_id = ? ORDER BY sibling_rank, region_id', ['taian']);
    expect(await page.locator('[data-table="ranking"] tbody tr').count()).toBe(ranking.length);
    expect(await page.locator('[data-table="ranking"] tbody tr').first().getAttribute('data-region')).toBe(ranking[0]!.region_id);
    const overdue = await q("SELECT department, count(*)::INT AS n FROM overdue_by_dept(DATE '2020-10-31', 'taian') GROUP BY department ORDER BY n DESC");
    expect(await page.locator('[data-table="overdue"] tbody tr:not(.dept-row)').count()).toBe(overdue.reduce((a, d) => a + (d.n as number), 0));
    expect(await page.locator('[data-table="overdue"] .dept-row').first().innerText()).toContain(`${overdue[0]!.department}：逾期${overdue[0]!.n}项`);
    const lagging = await q("SELECT count(*)::INT AS n FROM progress_at(2020, 10) p JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = 'taian' AND t.depth = 1 WHERE p.is_primary AND p.status = 'far_behind'");
    expect(await page.locator('[data-section="lagging"] li').count()).toBe(lagging[0]!.n);
    const indicatorTables = await page.locator('[data-table^="indicator-"]').count();
    expect(indicatorTables).toBeGreaterThan(3);

    // printing: rows never split, headers repeat, the page box is A4 with numbers in its margin
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const css = await page.locator('[data-table="ranking"] tbody tr').first().evaluate((tr) => [getComputedStyle(tr).breakInside, getComputedStyle(tr.closest('table')!.querySelector('thead')!).display]);
    expect(css).toEqual(['avoid', 'table-header-group']);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(shots, 'bulletin-2020-10.pdf'), pdf);
    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    const all = pages.join('\n');
    for (const heading of ['一、总体情况', '二、单位综合排名', '三、主要指标完成情况', '四、落后单位', '五、逾期任务']) expect(all).toContain(heading);
    expect(all).toContain('泰安市2020年10月目标任务推进情况通报');
    expect(all).toContain(`${overdue[0]!.department}:逾期`.normalize('NFKC'));
    // a table that runs onto the next page repeats its header there
    const header = '排名单位目标实际完成率序时进度与序时差状态';
    const headerCount = all.replace(/\s/g, '').split(header).length - 1;
    const withTimeColumn = await page.locator('[data-table^="indicator-"]', { has: page.locator('th', { hasText: '序时进度' }) }).count();
    expect(withTimeColumn).toBeGreaterThan(2);
    expect(headerCount).toBeGreaterThan(withTimeColumn);
    expect(errors).toEqual([]);

    // the same bulletin in English, switched on the page
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-control="lang"]').click();
    await waitReady(page);
    expect(await page.locator('.bulletin-head h1').innerText()).toBe("Tai'an City: targets and tasks, Oct 2020");
    await page.emulateMedia({ media: 'print' });
    const en = await pdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    expect(en.length).toBeGreaterThanOrEqual(2);
    en.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${en.length}`));
    expect(en.join('')).toContain('5. Overdue tasks by lead department');
    await close();
  });
});

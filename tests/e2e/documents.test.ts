/**
 * The documents in the built app: the bulletin's Word and Excel downloads, the work-group message
 * copied from the bulletin and the overview, and the Excel beside a table's CSV export. The files
 * are read back and their figures compared with the SQL on the same data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import type { Db } from '../../src/db/types.ts';
import { formatPoints, formatRatio } from '../../src/i18n/format.ts';
import { unitRanking } from '../../src/panels/ranking/query.ts';
import { scorecard as scorecardQuery } from '../../src/panels/scorecard/query.ts';
import { treeSummary } from '../../src/panels/summary/query.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { unzipText, wordTables, wordText, xlsxSheets } from '../helpers/ooxml.ts';
import { launch, openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
let browser: Browser;
let db: Db;

beforeAll(async () => {
  browser = await launch();
  ({ db } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

async function open(query: string): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const { page, context, errors } = await openPage(browser, origin());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
  await page.goto(`${origin()}/${query}`);
  await waitReady(page);
  return { page, close: () => context.close(), errors };
}

async function download(page: Page, action: string): Promise<{ name: string; bytes: Uint8Array }> {
  const button = page.locator(`button[data-action="${action}"]`).first();
  await button.waitFor();
  await page.waitForFunction((a) => !!document.querySelector(`button[data-action="${a}"]:not([disabled])`), action, { timeout: 90_000 });
  const [dl] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, void];
  return { name: dl.suggestedFilename(), bytes: new Uint8Array(readFileSync((await dl.path())!)) };
}

describe('documents in the browser', () => {
  it('bulletin: Word and Excel downloads with the SQL figures, the message copied', async () => {
    const { page, close, errors } = await open('?screen=bulletin&region=taian&month=2020-10');
    try {
      const docx = await download(page, 'export-docx');
      expect(docx.name).toBe('bulletin-taian-2020-10.docx');
      const doc = unzipText(docx.bytes)['word/document.xml']!;
      expect(wordText(doc)).toContain('泰安市2020年10月目标任务推进情况通报');
      expect(doc).toContain('<w:tblHeader/>');
      const ranking = await db.query<{ region_id: string; share_ahead: number; mean_gap: number }>(unitRanking.sql, [2020, 10, 'taian']);
      const rows = wordTables(doc)[0]!.rows.slice(1);
      expect(rows.map((r) => [r[5], r[6]])).toEqual(ranking.map((r) => [formatRatio(r.share_ahead, 'zh'), formatPoints(r.mean_gap, 'zh')]));

      const xlsx = await download(page, 'export-bulletin-xlsx');
      expect(xlsx.name).toBe('bulletin-taian-2020-10.xlsx');
      const sheets = xlsxSheets(unzipText(xlsx.bytes));
      expect(sheets.map((s) => s.name)).toEqual(['说明', '总体情况', '单位排名', '主要指标', '落后单位', '逾期任务']);
      expect(sheets[2]!.rows.slice(1).map((r) => [r[6]!.value, r[7]!.value])).toEqual(ranking.map((r) => [r.share_ahead, r.mean_gap]));

      await page.locator('button[data-action="copy-digest"]').click();
      await page.waitForFunction(() => document.querySelector('[data-field="copy-status"]')?.textContent === '已复制');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const [tree] = await db.query<{ n_targets: number; n_ahead: number }>(treeSummary.sql, [2020, 10, 'taian']);
      expect(text).toContain(`${tree!.n_targets}项目标：▲达到序时${tree!.n_ahead}项`);
      expect(text).toContain(`${origin()}/?screen=bulletin&region=taian&month=2020-10`);
      expect([...text].length).toBeLessThanOrEqual(1000);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('overview: the message in English; a table exports Excel beside its CSV', async () => {
    const { page, close, errors } = await open('?screen=overview&region=taian&month=2020-10&lang=en');
    try {
      // the first screen comes from the build's seed; the message waits for DuckDB to answer the rest
      await page.waitForFunction(() => !!document.querySelector('button[data-action="copy-digest"]:not([disabled])'), undefined, { timeout: 90_000 });
      await page.locator('button[data-action="copy-digest"]').click();
      await page.waitForFunction(() => document.querySelector('[data-field="copy-status"]')?.textContent === 'Copied');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      // by hand: 118 + 61 + 56 = 235 targets under 泰安市 (tests/sql/documents.test.ts)
      expect(text).toContain('235 targets: ▲ 118 on pace');
      expect(text).toContain('screen=overview&region=taian&month=2020-10&lang=en');

      await page.goto(`${origin()}/?screen=region&region=taian&month=2020-10`);
      await waitReady(page);
      const xlsx = await download(page, 'export-xlsx');
      expect(xlsx.name).toBe('taian-2020-10.xlsx');
      const [sheet] = xlsxSheets(unzipText(xlsx.bytes));
      const header = sheet!.rows[0]!.map((c) => c?.value);
      expect(header).toContain('完成率（%）');
      const col = header.indexOf('完成率（%）');
      const scorecard = await db.query<{ completion: number | null }>(scorecardQuery.sql, [2020, 10, 'taian']);
      // the table's value of a completion is the percentage to two decimals, as in its CSV
      expect(sheet!.rows.slice(1).map((r) => r[col]?.value ?? null)).toEqual(scorecard.map((r) => (r.completion == null ? null : Number((r.completion * 100).toFixed(2)))));
      expect(sheet!.rows.slice(1).some((r) => typeof r[col]?.value === 'number')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * The data screen in the built app: the file report shows what the intake computes; a GBK
 * statistics export dropped onto the screen previews, loads into the running session and its
 * new indicator appears on the indicator screen with the file's numbers; a 200 MB file is refused
 * without being downloaded and the page stays usable. Chinese first, then English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import type { FileReport } from '../../src/data/report.ts';
import type { Db } from '../../src/db/types.ts';
import { formatValue } from '../../src/i18n/format.ts';
import { describeFileProblem } from '../../src/i18n/problems.ts';
import { writeBigCsv } from '../helpers/bigFile.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';
import { launch, openPage, waitReady } from './browser.ts';

const origin = () => process.env.E2E_ORIGIN!;
const shots = join(ROOT, 'tests/artifacts');
mkdirSync(shots, { recursive: true });
const DROP_NAME = '2020年1-10月社会消费品零售总额.csv';
const DROP_FILE = join(CORPUS, 'cases/33-city-monthly-new-indicator-gbk', DROP_NAME);
const NEW_ID = 'gen_社会消费品零售总额_亿元';

let browser: Browser;
let db: Db;
let reports: FileReport[];

beforeAll(async () => {
  browser = await launch();
  ({ db, reports } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

/** Drops files onto the page the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'text/csv' }));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

describe('data screen', () => {
  it('lists every file with the rows read, loaded and rejected that the intake computes, and the coverage of every indicator', async () => {
    const { page, errors, blocked, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=data`);
    await waitReady(page);
    expect(await page.locator('[data-panel="files"] tbody tr').count()).toBe(reports.length);
    for (const r of reports) {
      const row = page.locator(`[data-panel="files"] tr[data-file="${r.file}"]`);
      const n = (f: string) => row.locator(`[data-field="${f}"]`).innerText();
      expect((await n('read')).split('\n')[0]!.replace(/,/g, '')).toBe(String(r.rowsRead));
      expect((await n('loaded')).replace(/,/g, '')).toBe(String(r.rowsLoaded));
      expect((await n('rejected')).replace(/,/g, '')).toBe(String(r.rowsRejected));
      expect(await row.getAttribute('data-status')).toBe('ok');
    }
    const [cov] = await db.query<{ n: number }>('SELECT count(*)::INT AS n FROM coverage_indicators');
    await expect.poll(() => page.locator('[data-panel="coverage"] .coverage-chart').getAttribute('data-rows')).toBe(String(cov!.n));
    expect(await page.locator('[data-panel="coverage"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-panel="rejects"]').innerText()).toContain('没有被拒绝的行');
    // a total whose unit split does not add up is a warning naming the target and both figures
    await expect.poll(() => page.locator('[data-panel="allocation"]').innerText().catch(() => '')).toContain('服务贸易进出口');
    const alloc = await page.locator('[data-panel="allocation"]').innerText();
    expect(alloc).toContain('35.14');
    expect(alloc).toContain('35.16');
    // the plan lines that are not targets, with their reasons
    await expect.poll(() => page.locator('[data-panel="untracked"]').innerText().catch(() => '')).toContain('政策适用条件');
    await page.screenshot({ path: join(shots, 'data-1920x1080.png') });
    // one indicator by region: own data and sums of sub-regions
    // its tooltip names the indicator and the share of regions (and breaks no Content-Security-Policy rule)
    const heat = (await page.locator('[data-panel="coverage"] .coverage-chart').boundingBox())!;
    let tip = '';
    for (let x = heat.x + heat.width * 0.2; x < heat.x + heat.width * 0.5 && !tip.includes('个区域有数据'); x += heat.width / 40) {
      // the first rows: 泰安's indicators, with data in most months (the other plans' rows fill only their plan year)
      await page.mouse.move(x, heat.y + Math.min(heat.height * 0.25, 64));
      await page.waitForTimeout(40);
      tip = await page.locator('[data-panel="coverage"]').innerText();
    }
    expect(tip).toMatch(/\d+\/\d+ 个区域有数据/);
    await page.locator('[data-control="coverage-indicator"]').selectOption('fdi');
    const [rows] = await db.query<{ n: number }>("SELECT count(*)::INT AS n FROM coverage_region_rows('fdi')");
    await expect.poll(() => page.locator('[data-panel="coverage"] .coverage-chart').getAttribute('data-rows')).toBe(String(rows!.n));
    await page.locator('[data-panel="coverage"]').screenshot({ path: join(shots, 'data-coverage-fdi.png') });
    // and in English
    await page.locator('[data-control="lang"]').click();
    await expect.poll(() => page.locator('[data-panel="files"] h2').innerText()).toBe(`Data files (${reports.length})`);
    expect(await page.locator('[data-panel="files"] tbody tr').first().innerText()).toContain('tidy table');
    expect(await page.locator('[data-panel="coverage"] h2').innerText()).toBe('Data coverage');
    expect(await page.locator('[data-panel="rejects"]').innerText()).toContain('No rejected rows');
    await page.screenshot({ path: join(shots, 'data-en-1920x1080.png') });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('drops a GBK statistics export, previews it, loads it into the session and shows its new indicator on the indicator screen', async () => {
    const { page, errors, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=data`);
    await waitReady(page);
    await dropFile(page, DROP_NAME, readFileSync(DROP_FILE));
    const card = page.locator(`[data-preview="${DROP_NAME}"]`);
    await card.waitFor();
    expect(await card.locator('[data-field="read"]').innerText()).toBe('27');
    expect(await card.locator('[data-field="loaded"]').innerText()).toBe('27');
    expect(await card.innerText()).toContain('gb18030');
    expect(await card.innerText()).toContain(`社会消费品零售总额_累计值(亿元) → ${NEW_ID}`);
    await page.screenshot({ path: join(shots, 'data-drop-preview.png') });
    // previewing changed nothing
    expect(await page.locator('[data-panel="files"] tbody tr').count()).toBe(reports.length);

    await page.locator('[data-action="load-session"]').click();
    const notice = page.locator('[data-notice="ok"]');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain('data/');
    const row = page.locator(`[data-panel="files"] tr[data-file="${DROP_NAME}"]`);
    expect(await row.innerText()).toContain('仅本次会话');
    expect(await row.locator('[data-field="loaded"]').innerText()).toBe('27');
    await expect.poll(() => page.locator('[data-control="coverage-indicator"] option', { hasText: '社会消费品零售总额' }).count()).toBe(1);

    // the indicator screen, in the same session (no page reload)
    await page.locator('nav.tabs [data-screen="indicator"]').click();
    await page.locator('[data-control="indicator"]').selectOption(NEW_ID);
    await waitReady(page);
    expect(page.url()).toContain(`indicator=${encodeURIComponent(NEW_ID)}`);
    expect(await page.locator('.screen-title').innerText()).toBe('社会消费品零售总额 · 泰安市');
    const chart = page.locator('[data-panel="cumulative"] .chart');
    await chart.waitFor();
    // hover across the chart and read the tooltip: October shows the file's 640.1 亿元
    const box = (await chart.boundingBox())!;
    const want = formatValue(640.1, '亿元', 'zh');
    let seen = '';
    for (let x = box.x + box.width * 0.55; x < box.x + box.width - 2 && !seen.includes(want); x += box.width / 60) {
      await page.mouse.move(x, box.y + box.height * 0.6);
      await page.waitForTimeout(40);
      seen = await page.locator('[data-panel="cumulative"]').innerText();
    }
    expect(seen).toContain('10月');
    expect(seen).toContain(want);
    await page.screenshot({ path: join(shots, 'indicator-dropped-1920x1080.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("loads a dropped tidy file of 700 KB with DuckDB's CSV reader: every row loaded, the files table says so", async () => {
    // 3 indicators × 6 regions × the months of 1901–2000: no month of the sample data, no duplicate
    const lines = ['indicator_id,region_id,period,value'];
    for (const ind of ['fdi', 'trade_goods', 'domestic_funds'])
      for (const reg of ['taian', 'taishan', 'daiyue', 'xintai', 'feicheng', 'ningyang'])
        for (let y = 1901; y <= 2000; y++) for (let m = 1; m <= 12; m++) lines.push(`${ind},${reg},${y}-${String(m).padStart(2, '0')},${(y * 12 + m) % 997}.5`);
    const rows = lines.length - 1;
    expect(rows).toBe(21_600);
    const bytes = Buffer.from(lines.join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(512 * 1024);
    const { page, errors, context } = await openPage(browser, origin());
    await page.goto(`${origin()}/?screen=data`);
    await waitReady(page);
    await dropFile(page, 'history.csv', bytes);
    const card = page.locator('[data-preview="history.csv"]');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.locator('[data-field="loaded"]').innerText()).toBe('21,600');
    await page.locator('[data-action="load-session"]').click();
    await page.locator('[data-notice="ok"]').waitFor({ timeout: 120_000 });
    const row = page.locator('[data-panel="files"] tr[data-file="history.csv"]');
    expect(await row.locator('[data-field="loaded"]').innerText()).toBe('21,600');
    expect(await row.locator('[data-field="rejected"]').innerText()).toBe('0');
    // the reader, not papaparse, read it; the server's small files stayed with the JavaScript intake
    expect(await page.evaluate(() => (window as unknown as { __pace: { readByDuckDb(): string[] } }).__pace.readByDuckDb())).toEqual(['history.csv']);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('refuses a 200 MB file in data/ from the manifest without downloading it, and a dropped one without reading it; the page stays usable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'big-data-'));
    let server: Server | undefined;
    try {
      cpSync(join(ROOT, 'data'), dir, { recursive: true });
      const big = join(dir, '2020年全市明细.csv');
      writeBigCsv(big);
      server = await startStaticServer({ root: join(ROOT, 'dist'), port: 0, dataDir: dir });
      const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { page, errors, context } = await openPage(browser, own);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(decodeURIComponent(r.url())));
      await page.goto(`${own}/?screen=data`);
      await waitReady(page);
      expect(requested.filter((u) => u.includes('全市明细'))).toEqual([]);
      const row = page.locator('[data-panel="files"] tr[data-file="2020年全市明细.csv"]');
      expect(await row.getAttribute('data-status')).toBe('failed');
      expect(await row.locator('[data-field="file-problem"]').innerText()).toBe(describeFileProblem('too_large', '200.0 MB > 32 MB', 'zh'));
      // everything else loaded
      for (const r of reports) expect(await page.locator(`[data-panel="files"] tr[data-file="${r.file}"]`).getAttribute('data-status')).toBe('ok');

      // choosing the same file on the data screen: refused from its size (a dropped file never
      // takes a server file's name, hence the (2))
      await page.locator('[data-control="file-input"]').setInputFiles(big);
      const card = page.locator('[data-preview="2020年全市明细 (2).csv"]');
      await card.waitFor();
      expect(await card.locator('[data-field="file-problem"]').innerText()).toContain('200.0 MB');
      expect(await page.locator('[data-action="load-session"]').isDisabled()).toBe(true);
      // still responsive: switching screens works
      await page.locator('nav.tabs [data-screen="overview"]').click();
      await waitReady(page);
      expect(await page.locator('[data-kpi]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

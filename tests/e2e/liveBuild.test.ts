/**
 * `npm start` serving a data/ folder whose CSV an analyst changed: the server builds the Parquet
 * again, so the reloaded page shows the new figure and still loads from Parquet, never from the
 * CSVs. The site is a copy with its own data/, served live on its own port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Manifest } from '../../src/data/manifest.ts';
import { ROOT } from '../helpers/loadFixture.ts';
import { tempSite, type TempSite } from './tempSite.ts';
import { launch, openPage, waitReady } from './browser.ts';

let browser: Browser;
let site: TempSite;
const port = Number(process.env.E2E_PORT ?? 4610) + 37;

beforeAll(async () => {
  browser = await launch();
  site = await tempSite(join(ROOT, 'data'), port, { live: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const fdiActual = (page: Page) => page.locator('[data-kpi="fdi"] [data-field="actual"]').innerText();
const mode = (page: Page) => page.evaluate(() => (window as unknown as { __pace: { stats(): { mode: string } } }).__pace.stats());
const manifest = async () => (await (await fetch(`${site.origin}/data/manifest.json`)).json()) as Manifest;

describe('a CSV changed in a served data/ folder', () => {
  it('is built into Parquet again: the reloaded page shows the new figure from Parquet', async () => {
    const { page, errors } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/`);
    await waitReady(page);
    expect(await fdiActual(page)).toBe('58,450 万美元');
    expect((await mode(page)).mode).toBe('parquet');
    expect((await manifest()).build).toBe('build/build.json');

    // 泰山区's October FDI 8100 -> 9100; 泰安市, the sum of its units, 58,450 -> 59,450
    const obs = join(site.dir, 'data/sample/observations-illustrative.csv');
    const original = readFileSync(obs, 'utf8');
    expect(original).toContain('fdi,taishan,2020-10,8100,');
    writeFileSync(obs, original.replace('fdi,taishan,2020-10,8100,', 'fdi,taishan,2020-10,9100,'));

    await page.reload();
    await waitReady(page);
    expect(await fdiActual(page)).toBe('59,450 万美元');
    // DuckDB itself loaded the rebuilt Parquet too, and answers the same
    await page.waitForFunction(() => (window as unknown as { __pace: { stats(): { seedMismatches?: number } } }).__pace.stats().seedMismatches !== undefined);
    const s = await page.evaluate(() => (window as unknown as { __pace: { stats(): { mode: string; seedMismatches?: number } } }).__pace.stats());
    expect(s.mode).toBe('parquet');
    expect(s.seedMismatches).toBe(0);
    // the manifest names the rebuilt set, whose hashes are the changed file's
    const m = await manifest();
    expect(m.build).toMatch(/^build\/live-\d+\/build\.json$/);
    const build = (await (await fetch(`${site.origin}/data/${m.build}`)).json()) as { sources: Record<string, string>; tables: { file: string }[] };
    expect(build.sources['sample/observations-illustrative.csv']).toBe(m.files.find((f) => f.path === 'sample/observations-illustrative.csv')!.hash);
    expect(build.tables.every((t) => t.file.startsWith(m.build!.split('/')[1]! + '/'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

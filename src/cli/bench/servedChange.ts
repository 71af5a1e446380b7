/**
 * The analyst's path on a running server: a CSV in the served data/ folder changes (an extract
 * copied over the old one), and a leader reloads the page. The server (the same LiveBuild that
 * `npm start` runs) rebuilds the Parquet and the seed in native DuckDB; the page waits for the new
 * manifest and draws from the fresh build. Timed from the reload, the change written just before,
 * to the first KPI value on screen; the page must have read Parquet and the seed must match it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DATA_BUILD_DIR, DATA_BUILD_PATH } from '../../data/dataBuild.ts';
import type { SqlFile } from '../../db/semanticLayer.ts';
import { LiveBuild } from '../liveBuild.ts';
import { startStaticServer } from '../staticServer.ts';

export interface ServedChange {
  /** from the reload (the file already changed) to the first KPI value drawn */
  firstKpiMs: number;
  /** the server's rebuild, part of the above: the page's manifest request waits for it */
  rebuildMs: number;
  mode: string;
  seedMismatches: number | null;
}

type ColdRun = (browser: Browser, origin: string, waitAll?: boolean) => Promise<{ run: { firstKpi: number; stats: { mode: string; seedMismatches?: number } }; page: Page }>;

/** `site`: a served copy of dist/ whose data/ holds the CSVs and their build; `csvFile` is changed in place. */
export async function servedChange(browser: Browser, coldRun: ColdRun, site: string, csvFile: string, sql: SqlFile[], port: number): Promise<ServedChange> {
  const dataDir = join(site, 'data');
  const outDir = mkdtempSync(join(tmpdir(), 'pace-bench-live-'));
  let rebuildMs: number | null = null;
  const live = new LiveBuild({
    dataDir,
    sql,
    outDir,
    initial: { dir: join(site, DATA_BUILD_DIR), path: DATA_BUILD_PATH.slice('data/'.length) },
    // no file watcher: the page's manifest request finds the change, as after a copy the watcher missed
    log: (m) => {
      const took = /rebuilt \d+ tables in ([\d.]+) s/.exec(m);
      if (took) rebuildMs = Number(took[1]) * 1000;
      else console.log(`  server: ${m}`);
    },
  });
  const server: Server = await startStaticServer({ root: site, port, dataDir, live });
  const origin = `http://127.0.0.1:${port}`;
  try {
    // the page as the leader had it before the change (server and browser warmed once)
    const before = await coldRun(browser, origin, false);
    await before.page.context().close();
    // one figure of the latest year's file changes (its first row), as in a corrected extract
    const text = readFileSync(csvFile, 'utf8');
    const nl = text.indexOf('\n');
    const first = text.slice(nl + 1, text.indexOf('\n', nl + 1)).split(',');
    first[3] = (Number(first[3]) + 1).toFixed(2);
    writeFileSync(csvFile, text.slice(0, nl + 1) + first.join(',') + text.slice(text.indexOf('\n', nl + 1)));
    const builds = live.builds;
    // waits for DuckDB's check of the seed against the Parquet: the page must show the new build
    const { run, page } = await coldRun(browser, origin, true);
    await page.context().close();
    if (live.builds === builds) throw new Error('the server did not rebuild after the CSV changed');
    return { firstKpiMs: run.firstKpi, rebuildMs: rebuildMs ?? NaN, mode: run.stats.mode, seedMismatches: run.stats.seedMismatches ?? null };
  } finally {
    server.close();
    live.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

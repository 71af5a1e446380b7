/**
 * The analyst's path on a running server: a CSV in the served data/ folder changes (an extract
 * copied over the old one), and a leader reloads the page. The server (the same LiveBuild that
 * `npm start` runs, watching the folder) rebuilds the Parquet and the seed in native DuckDB; a page
 * asking for the manifest meanwhile waits for the new one and draws from the fresh build. Timed
 * twice, to the first KPI value on screen: reloaded the moment the file is written (the page waits
 * for the whole rebuild), and reloaded once the server's rebuild is done (a leader told "the new
 * figures are in"). Each time the page must have read Parquet whose seed matches it.
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
  /** from the reload (the file changed just before) to the first KPI value drawn */
  firstKpiMs: number;
  /** the same, reloaded once the server had rebuilt */
  afterRebuildFirstKpiMs: number;
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
    log: (m) => {
      const took = /rebuilt \d+ tables in ([\d.]+) s/.exec(m);
      if (took) rebuildMs = Number(took[1]) * 1000;
      else console.log(`  server: ${m}`);
    },
  }).watch();
  const server: Server = await startStaticServer({ root: site, port, dataDir, live });
  const origin = `http://127.0.0.1:${port}`;
  try {
    // the page as the leader had it before the change (server and browser warmed once)
    const before = await coldRun(browser, origin, false);
    await before.page.context().close();
    // reloaded at once: waits for DuckDB's check of the seed against the Parquet, the page must show the new build
    let builds = live.builds;
    changeOneFigure(csvFile);
    const now = await coldRun(browser, origin, true);
    await now.page.context().close();
    if (live.builds === builds) throw new Error('the server did not rebuild after the CSV changed');
    // reloaded once the watcher's rebuild is done
    builds = live.builds;
    changeOneFigure(csvFile);
    const until = Date.now() + 600_000;
    while (live.builds === builds && Date.now() < until) await new Promise((ok) => setTimeout(ok, 100));
    const later = await coldRun(browser, origin, true);
    await later.page.context().close();
    const mismatches = Math.max(now.run.stats.seedMismatches ?? -1, later.run.stats.seedMismatches ?? -1);
    return {
      firstKpiMs: now.run.firstKpi,
      afterRebuildFirstKpiMs: later.run.firstKpi,
      rebuildMs: rebuildMs ?? NaN,
      mode: [now.run.stats.mode, later.run.stats.mode].join('/'),
      seedMismatches: mismatches < 0 ? null : mismatches,
    };
  } finally {
    server.close();
    live.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One figure of the file's first row goes up by one, as in a corrected extract. */
function changeOneFigure(csvFile: string): void {
  const text = readFileSync(csvFile, 'utf8');
  const nl = text.indexOf('\n');
  const end = text.indexOf('\n', nl + 1);
  const first = text.slice(nl + 1, end).split(',');
  first[3] = (Number(first[3]) + 1).toFixed(2);
  writeFileSync(csvFile, text.slice(0, nl + 1) + first.join(',') + text.slice(end));
}

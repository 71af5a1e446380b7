/**
 * `npm run bench`: synthetic data at 10k, 100k, 1M and 5M observation rows; the built app served
 * and measured in headless Chromium (cold cache, median of runs); bundle sizes; the naive
 * baseline. Prints a table and writes bench-results.json. Not part of `npm test`.
 *
 *   npm run bench -- --sizes 10k,100k --runs 3 --no-build
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildData } from '../buildData.ts';
import { buildManifest } from '../../data/manifestNode.ts';
import { readSqlFiles } from '../../db/semanticLayerNode.ts';
import { startStaticServer } from '../staticServer.ts';
import { readDataFolder } from '../../data/folderSource.ts';
import { BASELINE_HTML, BASELINE_JS } from './baselinePage.ts';
import { bundleSizes } from './bundleSizes.ts';
import { servedChange, type ServedChange } from './servedChange.ts';
import { SETTLE_SCREENS, settleScreen, type Settled } from './settle.ts';
import { median, percentile } from './stats.ts';
import { observationRows, SIZES, writeSynthetic } from './syntheticData.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const RUNS = Number(opt('runs', '5'));
const CHANGES = Number(opt('changes', '30'));
const WANT = opt('sizes', SIZES.map((s) => s.label).join(',')).split(',');
/** CSV ingest in the page is measured up to this many rows; above it the intake would refuse or take minutes. */
const CSV_MAX_ROWS = Number(opt('csv-max', '1200000'));

interface PaceStats {
  mode: string;
  bytes: number;
  firstBytes?: number;
  rows: number;
  ms: { wasm: number; db: number; data: number; total: number; ingest: number; readyAt?: number; backgroundAt?: number };
  ready: boolean;
  deferred: string[];
  executed: number;
  seedHits: number;
  requested: string[];
  inflight: number;
  inflightForPanels: number;
  duplicates: number;
  seedMismatches?: number;
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
}

function makeSite(dist: string, data: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const e of readdirSync(dist)) if (e !== 'data') cpSync(join(dist, e), join(dir, e), { recursive: true });
  cpSync(data, join(dir, 'data'), { recursive: true });
  const build = existsSync(join(dir, 'data', 'build', 'build.json')) ? { build: 'build/build.json' } : {};
  writeFileSync(join(dir, 'data', 'manifest.json'), JSON.stringify(buildManifest(join(dir, 'data'), build)));
  writeFileSync(join(dir, 'bench-baseline.html'), BASELINE_HTML);
  writeFileSync(join(dir, 'baseline.js'), BASELINE_JS);
  cpSync(join(ROOT, 'node_modules/papaparse/papaparse.min.js'), join(dir, 'papaparse.min.js'));
}

/**
 * In-page timestamps (ms since navigation) of the first KPI value and of every overview panel
 * drawn. A string, not a function: tsx would add helpers the page does not have.
 */
const MARKS = `(() => {
  const b = (window.__bench = {});
  const check = () => {
    if (b.firstKpi === undefined && document.querySelector('[data-kpi] .kpi-value')) b.firstKpi = performance.now();
    const ready = document.querySelector('[data-ready="true"]');
    if (b.allPanels === undefined && ready && document.querySelectorAll('[aria-busy="true"]').length === 0
        && document.querySelector('[data-panel="ranking"] canvas, [data-panel="ranking"] svg')
        && document.querySelector('[data-panel="lagging"] li, [data-panel="lagging"] .empty')) b.allPanels = performance.now();
    if (b.allPanels === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function stats(page: Page): Promise<PaceStats> {
  return page.evaluate(() => (window as unknown as { __pace: { stats(): PaceStats } }).__pace.stats());
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __pace?: { stats(): PaceStats } }).__pace;
      return !!p && p.stats().inflight === 0 && document.querySelectorAll('[aria-busy="true"]').length === 0;
    },
    undefined,
    { timeout: 300_000, polling: 'raf' },
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

async function wasmMb(page: Page): Promise<number> {
  return page.evaluate(async () => ((await (window as unknown as { __pace: { wasmMemory(): Promise<number> } }).__pace.wasmMemory()) ?? 0) / 1e6);
}

interface LoadPhases {
  download: number;
  intake: number;
  snapshots: number;
}

interface ColdRun {
  firstKpi: number;
  allPanels: number;
  /** DuckDB-WASM started and the first tables in: any filter answers from here */
  ready: number;
  /** the large tables loaded too (Parquet mode; equals ready otherwise); null when the run did not wait for them */
  allTables: number | null;
  stats: PaceStats;
}

/** `waitAll`: also wait for the large tables (the first run, for ingest, and the last, for the filter changes). */
async function coldRun(browser: Browser, origin: string, waitAll = true): Promise<{ run: ColdRun; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  page.on('crash', () => console.error('  page crashed'));
  page.on('pageerror', (e) => console.error('  page error:', e.message));
  await page.addInitScript({ content: MARKS });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench: { allPanels?: number } }).__bench?.allPanels !== undefined, undefined, { timeout: 600_000 });
  const marks = await page.evaluate(() => (window as unknown as { __bench: { firstKpi: number; allPanels: number } }).__bench);
  // the background load starts once the first screen is idle; wait for it, so later figures see all data
  await page.waitForFunction((all) => {
    const s = (window as unknown as { __pace: { stats(): PaceStats } }).__pace.stats();
    // and for DuckDB's warm-up run of the seeded queries (Parquet), which filter changes would queue behind
    return s.ready && (!all || (s.deferred.length === 0 && (s.mode !== 'parquet' || s.seedMismatches !== undefined)));
  }, waitAll, { timeout: 600_000, polling: 100 });
  if (waitAll) await idle(page);
  const s = await stats(page);
  const ready = s.ms.readyAt ?? marks.allPanels;
  const allTables = s.deferred.length === 0 ? (s.ms.backgroundAt ?? ready) : null;
  return { run: { ...marks, ready, allTables, stats: s }, page };
}

/**
 * Alternates region (the default region's children) and month changes. Each is timed inside the
 * page, from the change event until no panel's query is in flight, no panel is busy, and a frame
 * has been drawn (`panels`), so no DevTools round trip is counted; and on until every query is
 * answered, the work-group message's too (`all`), which run after the panels'.
 */
async function filterChanges(page: Page, n: number): Promise<{ panels: number; all: number }[]> {
  const regions = await page.locator('[data-control="region"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const months = await page.locator('[data-control="month"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const out: { panels: number; all: number }[] = [];
  for (let i = 0; i < n; i++) {
    const byRegion = i % 2 === 0;
    const control = byRegion ? '[data-control="region"]' : '[data-control="month"]';
    const values = byRegion ? regions.slice(0, 40) : months.slice(0, 12);
    const value = values[(i * 7) % values.length]!;
    out.push(await page.evaluate(`(${CHANGE_AND_TIME})(${JSON.stringify({ control, value })})`));
  }
  return out;
}

/** In the page: set a select, then wait (frame by frame) until every panel has its new data drawn. */
const CHANGE_AND_TIME = `(async ({ control, value }) => {
  const select = document.querySelector(control);
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(undefined)));
  await frame();
  for (;;) {
    await frame();
    if (window.__pace.stats().inflightForPanels === 0 && document.querySelectorAll('[aria-busy="true"]').length === 0) break;
  }
  await frame();
  const panels = performance.now() - t0;
  while (window.__pace.stats().inflight > 0) await frame();
  return { panels, all: performance.now() - t0 };
})`;

type ScreenQueries = { requested: number; executed: number; seeded: number; duplicates: number };

/** Distinct queries each screen asks for on a cold load, and how many went to DuckDB (the rest came from the build's seed). */
async function queriesPerScreen(browser: Browser, origin: string): Promise<Record<string, ScreenQueries>> {
  const out: Record<string, ScreenQueries> = {};
  for (const screen of ['overview', 'indicator', 'region', 'data']) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${origin}/?screen=${screen}`);
    await page.waitForSelector('[data-ready="true"]', { timeout: 600_000 });
    await idle(page);
    const s = await stats(page);
    out[screen] = { requested: s.requested.length, executed: s.executed, seeded: s.seedHits, duplicates: s.duplicates };
    await context.close();
  }
  return out;
}

type Baseline = { ms: number; scriptMs: number; rows: number; bytes: number } | { error: string };

/** The naive page, cold, `runs` times: the medians of its time since navigation and of its script's own time. */
async function baseline(browser: Browser, origin: string, runs: number): Promise<Baseline> {
  const got: Baseline[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench-baseline.html`);
    await page.waitForFunction(() => (window as unknown as { __baseline?: unknown }).__baseline !== undefined, undefined, { timeout: 900_000 });
    got.push(await page.evaluate(() => (window as unknown as { __baseline: Baseline }).__baseline));
    await context.close();
  }
  const ok = got.flatMap((b) => ('ms' in b ? [b] : []));
  if (ok.length < got.length) return got.find((b) => 'error' in b)!;
  return { ms: median(ok.map((b) => b.ms)), scriptMs: median(ok.map((b) => b.scriptMs)), rows: ok[0]!.rows, bytes: ok[0]!.bytes };
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = join(tmpdir(), 'pace-bench');
  mkdirSync(work, { recursive: true });
  // its own build, so that the benchmark never touches the dist/ a server or the tests may be using
  const dist = join(work, 'dist');
  if (!args.includes('--no-build') || !existsSync(join(dist, 'index.html'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  }
  const bundle = bundleSizes(dist);
  const browser = await launch();
  const sql = readSqlFiles(join(ROOT, 'queries'));
  const results: Record<string, unknown>[] = [];
  let port = 4700;
  // the bundled sample data (泰安's plan and the four counties'), served as `npm start` serves dist/
  const sampleServer: Server = await startStaticServer({ root: dist, port: ++port });
  const sample: Record<string, Settled> = {};
  for (const screen of SETTLE_SCREENS) sample[screen] = await settleScreen(browser, `http://127.0.0.1:${port}`, screen);
  sampleServer.close();
  console.log(`\n== sample data: settled ${settledLine(sample)}`);
  for (const size of SIZES.filter((s) => WANT.includes(s.label))) {
    const rows = observationRows(size);
    console.log(`\n== ${size.label}: ${rows.toLocaleString('en-US')} observation rows`);
    const csvData = join(work, size.label, 'csv');
    rmSync(csvData, { recursive: true, force: true });
    await writeSynthetic(csvData, size);
    const csvBytes = dirBytes(csvData);

    // the production path: Parquet written by the build step
    const tb = Date.now();
    const pqData = join(work, size.label, 'pq');
    rmSync(pqData, { recursive: true, force: true });
    cpSync(csvData, pqData, { recursive: true });
    const build = await buildData(readDataFolder(csvData), sql, join(pqData, 'build'));
    const buildMs = Date.now() - tb;
    const pqSite = join(work, size.label, 'site-pq');
    makeSite(dist, pqData, pqSite);
    const pqServer: Server = await startStaticServer({ root: pqSite, port: ++port });
    const pqOrigin = `http://127.0.0.1:${port}`;
    console.log(`  build step ${(buildMs / 1000).toFixed(1)} s, parquet ${(build.tables.reduce((s, t) => s + t.bytes, 0) / 1e6).toFixed(1)} MB`);

    const runs: ColdRun[] = [];
    let lastPage: Page | null = null;
    for (let r = 0; r < RUNS; r++) {
      // at 5M the large tables take a minute: only the first and the last run wait for them
      const { run, page } = await coldRun(browser, pqOrigin, r === 0 || r === RUNS - 1);
      runs.push(run);
      console.log(`  run ${r + 1}: first KPI ${run.firstKpi.toFixed(0)} ms, all panels ${run.allPanels.toFixed(0)} ms, DuckDB ready ${run.ready.toFixed(0)} ms, all tables ${run.allTables?.toFixed(0) ?? '(not waited for)'} ms (${run.stats.mode}; wasm ${run.stats.ms.wasm.toFixed(0)}, semantic layer ${(run.stats.ms.db - run.stats.ms.wasm).toFixed(0)}, first tables ${run.stats.ms.data.toFixed(0)})`);
      // closed before the next cold run, so that its background loading does not slow that one
      if (r < RUNS - 1) await page.context().close();
      else lastPage = page;
    }
    const heap = await heapMb(lastPage!);
    const wasm = await wasmMb(lastPage!);
    const changes = await filterChanges(lastPage!, CHANGES);
    await lastPage!.context().close();
    const perScreen = await queriesPerScreen(browser, pqOrigin);
    const settle: Record<string, Settled> = {};
    for (const screen of SETTLE_SCREENS) settle[screen] = await settleScreen(browser, pqOrigin, screen);
    console.log(`  settled: ${settledLine(settle)}`);
    pqServer.close();

    // the analyst's path on a running server: a CSV changed, the page reloaded
    const liveSite = join(work, size.label, 'site-live');
    makeSite(dist, pqData, liveSite);
    const latest = readdirSync(join(liveSite, 'data')).filter((f) => /^observations-\d+\.csv$/.test(f)).sort().at(-1)!;
    const served: ServedChange = await servedChange(browser, coldRun, liveSite, join(liveSite, 'data', latest), sql, ++port);
    console.log(`  served CSV changed: first KPI ${served.firstKpiMs.toFixed(0)} ms reloaded at once, ${served.afterRebuildFirstKpiMs.toFixed(0)} ms once rebuilt (rebuild ${served.rebuildMs.toFixed(0)} ms; ${served.mode}, ${served.seedMismatches ?? '?'} seed mismatches)`);

    // the CSV path: the browser parses and validates the CSVs itself
    let csv: { ms: number; firstKpi: number; mode: string; phases: LoadPhases } | null = null;
    let base: Awaited<ReturnType<typeof baseline>> | null = null;
    if (rows <= CSV_MAX_ROWS) {
      const csvSite = join(work, size.label, 'site-csv');
      makeSite(dist, csvData, csvSite);
      const csvServer = await startStaticServer({ root: csvSite, port: ++port });
      const origin = `http://127.0.0.1:${port}`;
      const { run, page } = await coldRun(browser, origin);
      const phases = await page.evaluate(() => (window as unknown as { __pace: { loadPhases(): LoadPhases } }).__pace.loadPhases());
      csv = { ms: run.stats.ms.data, firstKpi: run.firstKpi, mode: run.stats.mode, phases };
      await page.context().close();
      base = await baseline(browser, origin, RUNS);
      csvServer.close();
      const { ms } = run.stats;
      console.log(`  CSV path: DuckDB's wasm ${ms.wasm.toFixed(0)} ms, semantic layer ${(ms.db - ms.wasm).toFixed(0)}, download ${phases.download.toFixed(0)}, intake ${phases.intake.toFixed(0)}, snapshots ${phases.snapshots.toFixed(0)}`);
      console.log(`  CSV path: first KPI ${run.firstKpi.toFixed(0)} ms; baseline ${'ms' in base ? `${base.ms.toFixed(0)} ms since navigation (its script ${base.scriptMs.toFixed(0)} ms)` : base.error}`);
    }
    const pqStats = runs[0]!.stats;
    results.push({
      size: size.label,
      rows,
      firstKpiMs: median(runs.map((r) => r.firstKpi)),
      allPanelsMs: median(runs.map((r) => r.allPanels)),
      readyMs: median(runs.map((r) => r.ready)),
      allTablesMs: median(runs.flatMap((r) => (r.allTables === null ? [] : [r.allTables]))),
      wasmStartMs: median(runs.map((r) => r.stats.ms.wasm)),
      filterP50Ms: percentile(changes.map((c) => c.panels), 50),
      filterP95Ms: percentile(changes.map((c) => c.panels), 95),
      filterAllP50Ms: percentile(changes.map((c) => c.all), 50),
      filterAllP95Ms: percentile(changes.map((c) => c.all), 95),
      heapMb: heap,
      wasmMb: wasm,
      parquetMB: pqStats.bytes / 1e6,
      parquetFirstMB: (pqStats.firstBytes ?? pqStats.bytes) / 1e6,
      parquetMBps: pqStats.bytes / 1e6 / (pqStats.ms.ingest / 1000),
      parquetRowsPerS: pqStats.rows / (pqStats.ms.ingest / 1000),
      csvMBps: csv ? csvBytes / 1e6 / (csv.ms / 1000) : null,
      csvRowsPerS: csv ? rows / (csv.ms / 1000) : null,
      csvFirstKpiMs: csv?.firstKpi ?? null,
      /** the CSV path's load of the files by phase (ms): download, intake, snapshots */
      csvLoadPhasesMs: csv ? csv.phases : null,
      /** a CSV in the served data/ changed: the reloaded page's first KPI (the server's rebuild included) */
      servedChangeFirstKpiMs: served.firstKpiMs,
      servedChangeRebuildMs: served.rebuildMs,
      /** the same page reloaded once the server's rebuild (started by its file watcher) was done */
      servedChangeAfterRebuildFirstKpiMs: served.afterRebuildFirstKpiMs,
      filterChangesMs: changes.map((c) => Math.round(c.panels)),
      filterChangesAllMs: changes.map((c) => Math.round(c.all)),
      /** the naive page's median time to the overview's numbers since navigation (the first KPI's clock) */
      baselineMs: base && 'ms' in base ? base.ms : null,
      /** the same, its script's own time (HTML and scripts loaded) */
      baselineScriptMs: base && 'ms' in base ? base.scriptMs : null,
      baselineRatio: base && 'ms' in base ? base.ms / median(runs.map((r) => r.allPanels)) : null,
      buildStepMs: buildMs,
      queriesPerScreen: perScreen,
      /** per screen, cold: ms until the page's text stopped changing */
      settleMs: Object.fromEntries(SETTLE_SCREENS.map((sc) => [sc, settle[sc]!.settleMs])),
      /** per screen: empty claims shown while loading that the settled page does not make */
      emptyClaims: Object.fromEntries(SETTLE_SCREENS.map((sc) => [sc, settle[sc]!.emptyClaims])),
      /** DuckDB-WASM: from its wasm compiled to the first query it can answer (semantic layer + first tables) */
      readyAfterWasmMs: median(runs.map((r) => r.stats.ms.db - r.stats.ms.wasm + r.stats.ms.data)),
      mode: pqStats.mode,
    });
  }
  await browser.close();
  const out = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: 'Debian chromium, headless' },
    date: new Date().toISOString(),
    runs: RUNS,
    changes: CHANGES,
    bundle,
    /** the bundled sample data, per screen, cold: ms until the text stopped changing, and empty claims shown while loading */
    sample: { settleMs: Object.fromEntries(SETTLE_SCREENS.map((sc) => [sc, sample[sc]!.settleMs])), emptyClaims: Object.fromEntries(SETTLE_SCREENS.map((sc) => [sc, sample[sc]!.emptyClaims])) },
    results,
    minutes: (Date.now() - started) / 60000,
  };
  writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify(out, null, 2));
  printTable(out);
}

function settledLine(settle: Record<string, Settled>): string {
  return SETTLE_SCREENS.map((sc) => `${sc} ${settle[sc]!.settleMs.toFixed(0)} ms${settle[sc]!.emptyClaims ? ` (${settle[sc]!.emptyClaims} false empty)` : ''}`).join(', ');
}

function printTable(out: { bundle: ReturnType<typeof bundleSizes>; results: Record<string, unknown>[]; minutes: number }): void {
  const f = (v: unknown, d = 0) => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(`\nBundle: first-paint JS ${kb(out.bundle.firstPaintJsGzip)} gzip · app JS before it draws ${kb(out.bundle.appJsGzip)} gzip · all JS ${kb(out.bundle.totalJsGzip)} gzip · wasm ${(out.bundle.wasmRaw / 1e6).toFixed(1)} MB (${(out.bundle.wasmGzip / 1e6).toFixed(1)} MB gzip)\n`);
  const head = ['rows', 'first KPI ms', 'all panels ms', 'DuckDB ready ms', 'all tables ms', 'filter p50/p95 ms (all queries)', 'heap MB', 'wasm MB', 'Parquet MB (before ready)', 'Parquet MB/s · rows/s', 'CSV MB/s · rows/s', 'baseline / ours', 'queries ov / ind / reg / data'];
  console.log(`| size | ${head.join(' | ')} |`);
  console.log(`|${'---|'.repeat(head.length + 1)}`);
  for (const r of out.results) {
    const q = r.queriesPerScreen as Record<string, ScreenQueries>;
    console.log(
      `| ${r.size} | ${f(r.rows)} | ${f(r.firstKpiMs)} | ${f(r.allPanelsMs)} | ${f(r.readyMs)} | ${f(r.allTablesMs)} | ${f(r.filterP50Ms)} / ${f(r.filterP95Ms)} (${f(r.filterAllP50Ms)} / ${f(r.filterAllP95Ms)}) | ${f(r.heapMb)} | ${f(r.wasmMb)} | ${f(r.parquetMB, 1)} (${f(r.parquetFirstMB, 1)}) | ${f(r.parquetMBps, 1)} · ${f(r.parquetRowsPerS)} | ${f(r.csvMBps, 1)} · ${f(r.csvRowsPerS)} | ${r.baselineRatio == null ? '—' : `${f(r.baselineRatio, 1)}×`} | ${['overview', 'indicator', 'region', 'data'].map((s) => (q[s] ? `${q[s].requested}${q[s].seeded ? ` (${q[s].seeded} seeded)` : ''}` : '—')).join(' / ')} |`,
    );
  }
  console.log(`\n(${out.minutes.toFixed(1)} minutes; results in bench-results.json)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

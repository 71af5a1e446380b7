/** Start-up: DuckDB in its worker, the semantic layer, then every data file with progress. */
import { DATA_BUILD_DIR, RANGE_ABOVE_BYTES } from '../data/dataBuild.ts';
import type { IntakeProgress } from '../data/intake.ts';
import { serverSource } from '../data/loadFromServer.ts';
import { appBase, pageData } from '../data/pageData.ts';
import { fetchViewSeed, viewSeedKey } from '../data/viewSeed.ts';
import { parseViewState } from '../state/urlState.ts';
import type { SeedResult } from './firstScreen.ts';
import { SCREEN_IDS } from './screenIds.ts';
import { createParquetDecoder } from '../data/parquetDecoder.ts';
import type { DecodedTable } from '../data/parquetDecode.ts';
import { loadDataBuild } from '../data/parquetLoad.ts';
import { dependentsOf } from '../db/dependents.ts';
import type { FileReport } from '../data/report.ts';
import { DataSession } from '../data/session.ts';
import { dbOpenedAt, startDb } from '../db/earlyDb.ts';
import { asDbUnavailable, type DbUnavailable } from '../db/dbUnavailable.ts';
import { pendingDb } from '../db/pendingDb.ts';
import { QueryClient } from '../db/queryClient.ts';
import { engineMemory } from '../panels/engine/query.ts';
import { runPanelQuery } from '../panels/runPanelQuery.ts';
import { applyFiles, applySemanticLayer, definedNames, isLaterFile, snapshotsFromBuild } from '../db/semanticLayer.ts';
import { SQL_FILES } from '../db/semanticLayerBrowser.ts';
import { loadMeta, type Meta } from './meta.ts';

export type BootStep = { step: 'db' } | { step: 'files'; progress: IntakeProgress } | { step: 'views' };

/** How the data arrived, for the data screen and the benchmark (window.__pace). */
export interface LoadStats {
  mode: 'parquet' | 'csv';
  /** bytes read from the server (Parquet or CSV) */
  bytes: number;
  /** of which before DuckDB was ready (Parquet: the tables every screen needs; the large ones follow) */
  firstBytes?: number;
  rows: number;
  /**
   * From boot start: wasm compiled, semantic layer applied, data loaded (after `db`), all done.
   * ingest: time spent loading tables (waiting for the decoder and inserting). readyAt, backgroundAt
   * (large tables in), wasmAt (DuckDB opened): since navigation. semantic: applying queries/.
   * wasm may be negative: the entry module starts DuckDB before the app boots.
   */
  ms: { wasm: number; db: number; data: number; total: number; ingest: number; readyAt?: number; backgroundAt?: number; semantic?: number; laterLayer?: number; wasmAt?: number };
  /** tables still loading in the background (Parquet mode) */
  deferred: string[];
  /** DuckDB has started and the first tables are in (the first screen may have been drawn from the seed before) */
  ready: boolean;
  /** seeded results DuckDB answered differently when warmed (should be 0) */
  seedMismatches?: number;
}

export interface Booted {
  client: QueryClient;
  stats: LoadStats;
  /** Loads the large tables the first screen did not need (the app calls it once that screen is drawn). */
  startBackground: () => void;
  reports: FileReport[];
  /** The loaded files; reload data into the running app through `reloadSession`. */
  session: DataSession;
  /** Settles with why DuckDB could not start (the page then says so), or with null once it has. */
  dbDown: Promise<DbUnavailable | null>;
  /** Fetches a view's seed from the build while DuckDB is not ready (`viewSeedKey`; null: nothing to fetch). */
  seedView: (key: string | null) => void;
}

let started: Promise<Booted> | null = null;
const listeners = new Set<(s: BootStep) => void>();

/** Starts once per page (React's strict mode mounts twice in development); every caller hears the steps. */
export function boot(onStep: (s: BootStep) => void): Promise<Booted> {
  listeners.add(onStep);
  started ??= bootOnce((s) => listeners.forEach((l) => l(s)));
  return started.finally(() => listeners.delete(onStep));
}

const repaint = () => new Promise<void>((r) => setTimeout(r, 0));

async function bootOnce(onStep: (s: BootStep) => void): Promise<Booted> {
  onStep({ step: 'db' });
  const t0 = performance.now();
  let semanticMs = 0;
  const base = appBase();
  // DuckDB's wasm (started by the entry module once the first figures are painted) and the Parquet
  // download at once; the file list and the build were fetched for the first paint (pageData)
  const wasm = startDb();
  wasm.catch(() => undefined);
  const { manifest, build: useBuild } = await pageData(base);
  // with the build, the snapshots come from its Parquet: start-up only creates their tables
  // and the policy and bulletin layer (`-- @later` files) waits until the first answers are in
  const sqlFiles = useBuild ? snapshotsFromBuild(SQL_FILES, useBuild.tables).filter((f) => !isLaterFile(f)) : SQL_FILES;
  const dbReady = wasm.then(async (db) => {
    const t = performance.now();
    await applySemanticLayer(db, sqlFiles);
    semanticMs = performance.now() - t;
    return { db, at: performance.now() };
  });
  const decoder = useBuild ? createParquetDecoder() : null;
  const decode = (t: { file: string; bytes: number }): Promise<DecodedTable> =>
    decoder!.decode(`${base}${DATA_BUILD_DIR}${t.file}`, t.bytes, t.bytes > RANGE_ABOVE_BYTES);
  const first = useBuild ? new Map(useBuild.tables.filter((t) => !t.deferred).map((t) => [t.name, decode(t)])) : null;

  const stats: LoadStats = { mode: useBuild ? 'parquet' : 'csv', bytes: 0, rows: 0, ms: { wasm: 0, db: 0, data: 0, total: 0, ingest: 0 }, deferred: [], ready: false };
  const opened = dbReady.then(({ db, at }) => {
    stats.ms.wasm = dbOpenedAt - t0;
    stats.ms.semantic = semanticMs;
    stats.ms.db = at - t0;
    return db;
  });
  const finish = () => {
    stats.ms.data = performance.now() - t0 - stats.ms.db;
    stats.ms.total = performance.now() - t0;
    stats.ms.readyAt = performance.now();
    stats.ms.wasmAt = dbOpenedAt;
    stats.ready = true;
  };
  if (!useBuild || !first) {
    // CSV: every file through the intake, with progress, before the first screen
    const db = await opened;
    const session = new DataSession(db, SQL_FILES, serverSource(base), { yieldToUi: repaint });
    const client = new QueryClient(db);
    const reports = await session.refetch((progress) => onStep(progress.phase === 'done' ? { step: 'views' } : { step: 'files', progress }));
    stats.bytes = manifest.files.reduce((n, f) => n + f.size, 0);
    stats.rows = reports.reduce((n, r) => n + r.rowsLoaded, 0);
    finish();
    stats.ms.ingest = stats.ms.data;
    exposeStats(client, stats, session);
    return { client, stats, reports, session, startBackground: () => {}, dbDown: Promise.resolve(null), seedView: () => {} };
  }

  // Parquet: the first screen is answered from the build's seed at once; every other query waits
  // until DuckDB has started and the first tables are in. The large tables follow once the first
  // screen is drawn (or as soon as a query needs them), a row group at a time.
  const db = pendingDb(opened);
  const session = new DataSession(db, SQL_FILES, serverSource(base), { yieldToUi: repaint });
  session.adoptBuild(manifest.files.map((f) => ({ path: f.path, hash: f.hash, modifiedAt: f.mtime })), useBuild.reports);
  const client = new QueryClient(db);
  client.seed(useBuild.seed ?? []);
  // the view the page opens on, if not the default overview, has its answers in a file of its own
  const viewEntries: SeedResult[] = [];
  const asked = new Set<string>();
  const seedView = (key: string | null) => {
    const file = key === null ? undefined : useBuild.views?.[key];
    if (!file || stats.ready || asked.has(file)) return;
    asked.add(file);
    client.seedLater(fetchViewSeed(base, file).then((entries) => (viewEntries.push(...entries), entries)));
  };
  seedView(viewSeedKey(parseViewState(window.location.search, SCREEN_IDS)));
  const later = useBuild.tables.filter((t) => t.deferred);
  stats.deferred = later.map((t) => t.name);
  let background: () => Promise<void> = async () => {};
  let laterLayer: () => Promise<void> = async () => {};
  const loaded = opened.then(async (live) => {
    const t1 = performance.now();
    const loaded = await loadDataBuild(live, useBuild, (t) => first.get(t.name)!, (t) => !t.deferred);
    stats.ms.ingest += performance.now() - t1;
    stats.bytes = loaded.bytes;
    stats.rows = loaded.rows;
    stats.firstBytes = loaded.bytes;
    if (later.length === 0) decoder?.close();
    else {
      const loadLater = () =>
        session.enqueue(async () => {
          const t2 = performance.now();
          const r = await loadDataBuild(live, useBuild, decode, (t) => t.deferred, repaint);
          stats.ms.ingest += performance.now() - t2;
          stats.bytes += r.bytes;
          stats.rows += r.rows;
          stats.deferred = [];
          stats.ms.backgroundAt = performance.now();
          decoder?.close();
        });
      background = client.defer(await dependentsOf(live, stats.deferred), loadLater);
    }
    // what a query naming the later layer waits for: the layer, then (it reads observations and
    // series) the tables still loading, so that it never answers from half the data
    const laterFiles = SQL_FILES.filter(isLaterFile);
    const tablesAfter = background;
    laterLayer = client.defer(definedNames(laterFiles), async () => {
      await session.enqueue(async () => {
        const t2 = performance.now();
        await applyFiles(live, laterFiles);
        stats.ms.laterLayer = performance.now() - t2;
      });
      await tablesAfter();
    });
    finish();
  });
  // queries not in the seed then fail with "needs DuckDB" instead of waiting for it
  const ready = loaded.catch((e: unknown) => {
    throw asDbUnavailable(e);
  });
  client.holdUntil(ready);
  // a file dropped meanwhile is loaded after the build's tables, not into the middle of them
  void session.enqueue(() => ready).catch(() => {});
  ready.catch((e: Error) => console.error('loading the data build failed', e));
  exposeStats(client, stats, session);
  const startBackground = () =>
    void ready
      .then(async () => {
        const differed = await client.warm([...(useBuild.seed ?? []), ...viewEntries]);
        stats.seedMismatches = differed.length;
        if (differed.length > 0) console.warn('the build seed differs from DuckDB for', differed);
      })
      .then(() => laterLayer())
      .then(() => background())
      .catch((e: Error) => console.error('background tables failed', e));
  const dbDown = ready.then(
    () => null,
    (e: DbUnavailable) => e,
  );
  return { client, stats, reports: useBuild.reports, session, startBackground, dbDown, seedView };
}

/** Read-only figures for the benchmark and for support: how the data loaded and how many queries ran. */
function exposeStats(client: QueryClient, stats: LoadStats, session: DataSession): void {
  (window as unknown as { __pace: unknown }).__pace = {
    stats: () => ({ ...stats, executed: client.executed, inflight: client.pending, inflightForPanels: client.pendingForPanels, duplicates: client.duplicates, seedHits: client.seedHits, requested: [...client.requested] }),
    timings: () => client.timings.map((t) => ({ ...t })),
    /** the files of the last load that DuckDB's CSV reader read (the others went through the JavaScript intake) */
    readByDuckDb: () => [...session.readByDuckDb],
    /** the last load of the files by phase, ms: download, intake, snapshots */
    loadPhases: () => ({ ...session.lastLoadMs }),
    wasmMemory: async () => (await runPanelQuery(client.database, engineMemory, {}))[0]?.b ?? 0,
  };
}

/**
 * Reloads data into the running app: `change` updates the session (add or remove a dropped file,
 * refetch the server's changed files), which reloads every file and rebuilds the snapshots; then
 * the query cache is dropped and the catalogue re-read, so every panel shows the new numbers.
 */
export async function reloadSession(booted: Booted, change: (s: DataSession) => Promise<unknown>, previous?: Meta): Promise<{ booted: Booted; meta: Meta }> {
  await change(booted.session);
  booted.client.invalidate();
  const meta = await loadMeta(booted.client, previous);
  return { booted: { ...booted, reports: booted.session.reports }, meta };
}

/**
 * The data build kept up to date while a server runs (`npm start`, the Vite dev server): when the
 * CSVs in data/ no longer match the build, the build step runs again in native DuckDB and its
 * Parquet and seed are served instead, so a reloaded page never falls back to parsing the CSVs.
 *
 * Every build is a consistent set: the manifest (the CSV hashes the build read), build.json and
 * the Parquet files, under a folder of its own (`/data/build/<key>/`). A page that read one set's
 * manifest keeps reading that set's files even if a newer build finishes meanwhile; a manifest
 * asked for while the CSVs differ from the last build waits for the new one. Changes are noticed
 * by a file watcher (debounced: an analyst's copy writes a file in several steps) and, in any case,
 * on every manifest request.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { isDataBuild, type DataBuild } from '../data/dataBuild.ts';
import { readDataFolder } from '../data/folderSource.ts';
import type { Manifest } from '../data/manifest.ts';
import { buildManifest } from '../data/manifestNode.ts';
import type { SqlFile } from '../db/semanticLayer.ts';
import { buildData, openBuildDb } from './buildData.ts';
import type { Db } from '../db/types.ts';
import { sendFile } from './sendFile.ts';

export interface LiveBuildOptions {
  dataDir: string;
  sql: SqlFile[];
  /** where the rebuilt sets are written (one sub-folder per build) */
  outDir: string;
  /** the build made with the app (dist/data/build), used as long as the CSVs still match it */
  initial?: { dir: string; path: string };
  /** quiet time after the last file change before a rebuild starts */
  debounceMs?: number;
  log?: (message: string) => void;
}

/** One consistent set: the manifest to serve and where its build.json and Parquet are. */
interface BuildSet {
  manifest: Manifest;
  /** served under /data/build/<key>/ ('' for the initial build, served from dist/) */
  key: string;
  sources: Record<string, string>;
}

const SETS_KEPT = 3;
const SPARE_AFTER_MS = 3000;
/**
 * Quiet time after a file event before the rebuild starts. Short: a build that read a file still
 * being copied is followed by another (every set is checked against the CSVs' hashes).
 */
const DEBOUNCE_MS = 100;

const sameSources = (sources: Record<string, string>, m: Manifest) =>
  Object.keys(sources).length === m.files.length && m.files.every((f) => sources[f.path] === f.hash);

export class LiveBuild {
  private readonly opts: LiveBuildOptions;
  private current: BuildSet | null = null;
  private running: Promise<BuildSet | null> | null = null;
  private counter = 0;
  private readonly keys: string[] = [];
  private watcher: FSWatcher | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** the next build's database, opened with queries/ applied while nothing changes */
  private spare: Promise<Db> | null = null;
  private spareTimer: ReturnType<typeof setTimeout> | null = null;
  /** builds finished, for tests and the log */
  builds = 0;

  constructor(opts: LiveBuildOptions) {
    this.opts = opts;
    rmSync(opts.outDir, { recursive: true, force: true });
    mkdirSync(opts.outDir, { recursive: true });
    const initial = opts.initial && readBuild(join(opts.initial.dir, 'build.json'));
    if (initial && opts.initial) {
      const manifest = buildManifest(opts.dataDir, { build: opts.initial.path });
      if (sameSources(initial.sources, manifest)) this.current = { manifest, key: '', sources: initial.sources };
    }
  }

  /** Starts watching data/ so that a rebuild begins before anyone asks (best effort: requests check anyway). */
  watch(): this {
    this.prepare();
    try {
      this.watcher = watch(this.opts.dataDir, { recursive: true }, (_event, name) => {
        if (name && (String(name).startsWith('build') || !/\.csv$/i.test(String(name)))) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.fresh().catch(() => undefined);
        }, this.opts.debounceMs ?? DEBOUNCE_MS);
      });
    } catch (e) {
      this.opts.log?.(`not watching ${this.opts.dataDir}: ${(e as Error).message}`);
    }
    return this;
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
    if (this.spareTimer) clearTimeout(this.spareTimer);
    void this.spare?.then((db) => db.close()).catch(() => undefined);
    this.spare = null;
  }

  /**
   * Opens the next build's database ahead of time, so a rebuild starts with reading the CSVs.
   * After a build it waits a few seconds: the pages reloading for the new figures come first.
   */
  private prepare(afterMs = 0): void {
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.spareTimer = setTimeout(() => {
      this.spareTimer = null;
      this.spare ??= openBuildDb(this.opts.sql);
      this.spare.catch(() => undefined);
    }, afterMs);
    this.spareTimer.unref();
  }

  private takeSpare(): Promise<Db> {
    const db = this.spare ?? openBuildDb(this.opts.sql);
    this.spare = null;
    return db;
  }

  /**
   * The set that matches the CSVs now: the current one, or the one a rebuild makes (waited for).
   * Null when the build fails (the page then reads the CSVs and reports what is wrong with them).
   */
  async fresh(): Promise<BuildSet | null> {
    // a change during a build makes another one; three rounds at most, then the last good set
    for (let round = 0; round < 3; round++) {
      if (this.running) {
        await this.running;
        continue;
      }
      const now = buildManifest(this.opts.dataDir);
      if (this.current && sameSources(this.current.sources, now)) return this.current;
      this.running = this.rebuild().finally(() => (this.running = null));
      const built = await this.running;
      if (!built) return null;
    }
    return this.current;
  }

  private async rebuild(): Promise<BuildSet | null> {
    const t0 = Date.now();
    const key = `live-${++this.counter}`;
    const dir = join(this.opts.outDir, key);
    try {
      const folder = readDataFolder(this.opts.dataDir);
      const build = await buildData(folder, this.opts.sql, dir, this.takeSpare());
      // the set's Parquet is addressed inside its own folder, so an older page never reads a newer file
      const versioned: DataBuild = {
        ...build,
        tables: build.tables.map((t) => ({ ...t, file: `${key}/${t.file}` })),
        views: Object.fromEntries(Object.entries(build.views ?? {}).map(([view, file]) => [view, `${key}/${file}`])),
      };
      writeFileSync(join(dir, 'build.json'), JSON.stringify(versioned));
      this.current = { manifest: { ...folder.manifest, build: `build/${key}/build.json` }, key, sources: build.sources };
      this.keys.push(key);
      while (this.keys.length > SETS_KEPT) rmSync(join(this.opts.outDir, this.keys.shift()!), { recursive: true, force: true });
      this.builds++;
      this.prepare(SPARE_AFTER_MS);
      this.opts.log?.(`data changed: rebuilt ${build.tables.length} tables in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return this.current;
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      this.prepare(SPARE_AFTER_MS);
      this.opts.log?.(`data build failed, the page reads the CSVs: ${(e as Error).message}`);
      return null;
    }
  }

  /**
   * Serves the manifest of the fresh set and the rebuilt sets' files; false for any other request
   * (the CSVs and the initial build are served as before).
   */
  async serve(pathname: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (pathname === '/data/manifest.json') {
      const set = await this.fresh();
      const manifest = set?.manifest ?? buildManifest(this.opts.dataDir);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(manifest));
      return true;
    }
    const m = /^\/data\/build\/(live-\d+)\/(.+)$/.exec(pathname);
    if (!m) return false;
    const root = resolve(this.opts.outDir, m[1]!);
    const file = normalize(resolve(root, m[2]!));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return true;
    }
    await sendFile(file, req, res, { 'Content-Type': file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/vnd.apache.parquet', 'Cache-Control': 'no-cache' });
    return true;
  }
}

function readBuild(path: string): DataBuild | null {
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isDataBuild(json) ? json : null;
  } catch {
    return null;
  }
}

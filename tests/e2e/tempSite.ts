/**
 * A copy of the built app with its own data/ folder, served on its own port: for tests that control
 * the data (change, break, restore files; take the server down and bring it back). The large
 * assets are linked, not copied. With `app: false` only data/ is served (for node-side tests).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest } from '../../src/data/manifestNode.ts';
import { LiveBuild } from '../../src/cli/liveBuild.ts';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import { ROOT } from '../helpers/loadFixture.ts';

export interface TempSite {
  dir: string;
  origin: string;
  /** rewrite data/manifest.json after changing files under data/ */
  writeManifest(): void;
  /** stop serving (the server is down) / serve again on the same port */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stop and delete the folder */
  close(): Promise<void>;
}

/**
 * `live`: served as `npm start` serves data/ (a fresh manifest per request, the Parquet rebuilt when
 * a CSV changes; src/cli/liveBuild.ts), starting from the copied build (implies withBuild).
 */
export async function tempSite(dataFrom: string, port: number, opts: { app?: boolean; withBuild?: boolean; live?: boolean } = {}): Promise<TempSite> {
  if (opts.live) opts = { ...opts, withBuild: true };
  const dir = mkdtempSync(join(tmpdir(), 'pace-site-'));
  if (opts.app !== false) {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: build first');
    for (const entry of readdirSync(dist)) {
      if (entry === 'assets') symlinkSync(join(dist, entry), join(dir, entry), 'dir');
      else if (entry !== 'data') cpSync(join(dist, entry), join(dir, entry), { recursive: true });
    }
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(dataFrom, join(dir, 'data'), { recursive: true });
  // withBuild: the build step's Parquet of the sample data comes along, and the manifest offers it
  if (opts.withBuild) cpSync(join(ROOT, 'dist', 'data', 'build'), join(dir, 'data', 'build'), { recursive: true });
  const writeManifest = () =>
    writeFileSync(join(dir, 'data', 'manifest.json'), JSON.stringify(buildManifest(join(dir, 'data'), opts.withBuild ? { build: 'build/build.json' } : {})));
  writeManifest();
  let server: Server | null = null;
  const stop = async () => {
    const s = server;
    server = null;
    if (!s) return;
    await new Promise<void>((ok) => {
      s.close(() => ok());
      s.closeAllConnections();
    });
  };
  const data = join(dir, 'data');
  const live = opts.live
    ? new LiveBuild({ dataDir: data, sql: readSqlFiles(join(ROOT, 'queries')), outDir: join(dir, 'live-build'), initial: { dir: join(data, 'build'), path: 'build/build.json' } }).watch()
    : undefined;
  const start = async () => {
    server ??= await startStaticServer({ root: dir, port, ...(live ? { dataDir: data, live } : {}) });
  };
  await start();
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    writeManifest,
    stop,
    start,
    close: async () => {
      live?.close();
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

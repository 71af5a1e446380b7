/**
 * A folder the test controls, served like a deployment: the built app (assets linked, not copied)
 * or just a data folder, with data/manifest.json written from the files present.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { buildManifest } from '../../src/data/manifestNode.ts';
import { ROOT } from './loadFixture.ts';

export interface TmpSite {
  root: string;
  origin: string;
  port: number;
  /** rewrites data/manifest.json from the files now in data/ */
  writeManifest(): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): Promise<void>;
}

export function makeTmpSite(port: number, opts: { app: boolean }): TmpSite {
  const root = mkdtempSync(join(tmpdir(), 'pace-site-'));
  if (opts.app) {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: build first');
    for (const name of readdirSync(dist)) {
      if (name === 'assets') symlinkSync(join(dist, 'assets'), join(root, 'assets'), 'dir');
      else if (name !== 'data') cpSync(join(dist, name), join(root, name), { recursive: true });
    }
  }
  mkdirSync(join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'data/sample'), join(root, 'data/sample'), { recursive: true });
  let server: Server | null = null;
  const site: TmpSite = {
    root,
    port,
    origin: `http://127.0.0.1:${port}`,
    writeManifest() {
      const m = buildManifest(join(root, 'data'));
      writeFileSync(join(root, 'data/manifest.json'), JSON.stringify(m, null, 1));
    },
    async start() {
      if (!server) server = await startStaticServer({ root, port });
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((ok) => s.close(() => ok()));
      s?.closeAllConnections();
    },
    async remove() {
      await site.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  site.writeManifest();
  return site;
}

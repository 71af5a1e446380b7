/** A copy of the built app with its own data/ folder, served on its own port: for tests that control the data. */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest } from '../../src/data/manifestNode.ts';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { ROOT } from '../helpers/loadFixture.ts';

export interface TempSite {
  dir: string;
  origin: string;
  /** rewrite data/manifest.json after changing files under data/ */
  writeManifest(): void;
  close(): Promise<void>;
}

export async function tempSite(dataFrom: string, port: number): Promise<TempSite> {
  const dir = mkdtempSync(join(tmpdir(), 'pace-site-'));
  for (const entry of readdirSync(join(ROOT, 'dist'))) {
    if (entry !== 'data') cpSync(join(ROOT, 'dist', entry), join(dir, entry), { recursive: true });
  }
  cpSync(dataFrom, join(dir, 'data'), { recursive: true });
  const writeManifest = () => writeFileSync(join(dir, 'data', 'manifest.json'), JSON.stringify(buildManifest(join(dir, 'data'))));
  writeManifest();
  const server: Server = await startStaticServer({ root: dir, port });
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    writeManifest,
    close: () =>
      new Promise((ok) =>
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          ok();
        }),
      ),
  };
}

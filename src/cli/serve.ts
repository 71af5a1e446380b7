/** `npm start`: serves the built dist/ on a fixed port and prints the address. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_BUILD_DIR, DATA_BUILD_PATH } from '../data/dataBuild.ts';
import { readSqlFiles } from '../db/semanticLayerNode.ts';
import { LiveBuild } from './liveBuild.ts';
import { startStaticServer } from './staticServer.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const root = resolve(import.meta.dirname, '../../dist');
// data/ is served live: a file added or changed there is built into Parquet again and shows on the next page reload
const dataDir = resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '../../data'));
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const outDir = mkdtempSync(join(tmpdir(), 'pace-live-build-'));
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
const live = new LiveBuild({
  dataDir,
  sql: readSqlFiles(resolve(import.meta.dirname, '../../queries')),
  outDir,
  initial: { dir: resolve(root, DATA_BUILD_DIR), path: DATA_BUILD_PATH.slice('data/'.length) },
  log: (m) => console.log(`  ${new Date().toLocaleTimeString()} ${m}`),
}).watch();
startStaticServer({ root, port, host, dataDir, live }).then(
  () => {
    console.log(`\n  目标序时进度监测 / Target Pace Monitor\n  http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/\n  (serving ${root}, data live from ${dataDir}; Ctrl+C to stop)\n`);
  },
  (e: Error) => {
    console.error(`cannot listen on port ${port}: ${e.message}. Set PORT=… to use another port.`);
    process.exit(1);
  },
);

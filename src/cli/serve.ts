/** `npm start`: serves the built dist/ on a fixed port and prints the address. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './staticServer.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const root = resolve(import.meta.dirname, '../../dist');
// data/ is served live: a file added or changed there shows on the next page reload (no rebuild)
const dataDir = resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '../../data'));
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm start does both).');
  process.exit(1);
}
startStaticServer({ root, port, host, dataDir }).then(
  () => {
    console.log(`\n  目标序时进度监测 / Target Pace Monitor\n  http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/\n  (serving ${root}, data live from ${dataDir}; Ctrl+C to stop)\n`);
  },
  (e: Error) => {
    console.error(`cannot listen on port ${port}: ${e.message}. Set PORT=… to use another port.`);
    process.exit(1);
  },
);

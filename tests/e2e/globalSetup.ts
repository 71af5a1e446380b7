/**
 * Builds the app once and serves dist/ with the plain static server for all browser tests.
 * Test files read the address from the E2E_ORIGIN environment variable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { CHROMIUM } from './browser.ts';

let server: Server | undefined;

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash .ci/run does)`);
  const root = resolve(import.meta.dirname, '../..');
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const port = Number(process.env.E2E_PORT ?? 4610);
  server = await startStaticServer({ root: resolve(root, 'dist'), port });
  process.env.E2E_ORIGIN = `http://127.0.0.1:${port}`;
  return async () => {
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  };
}

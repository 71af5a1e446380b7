/**
 * `npm start` serves data/ live: a file added to the folder is in the next manifest and can be
 * fetched, without a restart; nothing outside the folder is served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import type { Manifest } from '../../src/data/manifest.ts';

let server: Server;
let dir: string;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-data-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'data'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'data/stale.csv'), 'a copy made at build time');
  mkdirSync(join(dir, 'data/sub'), { recursive: true });
  writeFileSync(join(dir, 'data/a.csv'), 'indicator_id,region_id,period,value\n');
  server = await startStaticServer({ root: dist, port: 0, dataDir: join(dir, 'data') });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

const manifest = async () => (await (await fetch(`${base}/data/manifest.json`)).json()) as Manifest;

describe('live data folder', () => {
  it('lists and serves files added after the server started', async () => {
    expect((await manifest()).files.map((f) => f.path)).toEqual(['a.csv']);
    writeFileSync(join(dir, 'data/sub/2020年1-10月.csv'), '指标,2020年10月\n');
    const m = await manifest();
    expect(m.files.map((f) => f.path)).toEqual(['a.csv', 'sub/2020年1-10月.csv']);
    const res = await fetch(`${base}/data/sub/${encodeURIComponent('2020年1-10月.csv')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('指标,2020年10月\n');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('changes the hash when a file changes, and serves the live file, not the build-time copy', async () => {
    const before = (await manifest()).files.find((f) => f.path === 'a.csv')!.hash;
    writeFileSync(join(dir, 'data/a.csv'), 'indicator_id,region_id,period,value\nfdi,taian,2020-01,1\n');
    expect((await manifest()).files.find((f) => f.path === 'a.csv')!.hash).not.toBe(before);
    expect((await fetch(`${base}/data/stale.csv`)).status).toBe(404);
  });

  it('serves nothing outside the data folder', async () => {
    expect((await fetch(`${base}/data/..%2Fdist%2Findex.html`)).status).toBe(404);
    expect((await fetch(`${base}/index.html`)).status).toBe(200);
  });
});

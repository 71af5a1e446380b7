/**
 * `npm start` serves data/ live: a file added to the folder is in the next manifest and can be
 * fetched, without a restart; nothing outside the folder is served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { fetchManifest, type Manifest } from '../../src/data/manifest.ts';

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

  it('closes the connection when a file is cut short while it is sent, instead of leaving the client waiting', async () => {
    // an analyst copies a small extract over a large one while a wall downloads it: the server has
    // promised the large length; the client must see a failed download, not wait for the rest
    const keepAlive = server.keepAliveTimeout;
    server.keepAliveTimeout = 0; // no idle close: a client left waiting would wait for ever (the test times out)
    const big = join(dir, 'data/big.csv');
    writeFileSync(big, 'indicator_id,region_id,period,value\n' + 'fdi,taian,2020-01,1\n'.repeat(1_200_000));
    const length = 36 + 20 * 1_200_000;
    try {
      const seen = await new Promise<{ status: number; declared: number; received: number; complete: boolean }>((ok, fail) => {
        get(`${base}/data/big.csv`, (res) => {
          let received = 0;
          res.once('data', () => {
            res.pause();
            writeFileSync(big, 'indicator_id,region_id,period,value\n');
            setTimeout(() => res.resume(), 50);
          });
          res.on('data', (chunk: Buffer) => (received += chunk.length));
          res.on('error', () => undefined);
          res.on('close', () => ok({ status: res.statusCode ?? 0, declared: Number(res.headers['content-length']), received, complete: res.complete }));
        }).on('error', fail);
      });
      expect(seen.status).toBe(200);
      expect(seen.declared).toBe(length);
      expect(seen.received).toBeLessThan(length);
      expect(seen.complete).toBe(false);
      // the next request gets the file as it is now, whole
      const res = await fetch(`${base}/data/big.csv`);
      expect(await res.text()).toBe('indicator_id,region_id,period,value\n');
    } finally {
      server.keepAliveTimeout = keepAlive;
    }
  }, 30_000);

  it('serves nothing outside the data folder', async () => {
    expect((await fetch(`${base}/data/..%2Fdist%2Findex.html`)).status).toBe(404);
    expect((await fetch(`${base}/index.html`)).status).toBe(200);
  });

  it('closes the file when the client is gone before the answer (a wall page closed mid-load)', async () => {
    writeFileSync(join(dir, 'data/gone.csv'), 'indicator_id,region_id,period,value\n' + 'fdi,taian,2020-01,1\n'.repeat(100_000));
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((ok) => {
        const r = get(`${base}/data/gone.csv`);
        r.on('error', () => ok());
        r.on('socket', (s) => s.on('connect', () => setTimeout(() => (r.destroy(), ok()), 0)));
      });
    }
    // the server notices each closed connection on its next turns; a file left open stays open
    await expect.poll(openFiles, { timeout: 5_000 }).toBeLessThanOrEqual(before);
  });

  it('gives up on a manifest whose answer never finishes, so a wall retries instead of waiting for good', async () => {
    // headers and the first bytes, then nothing: what a proxy holding a connection looks like
    const stalled = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 1000 });
      res.write('{"files":[');
    });
    await new Promise<void>((ok) => stalled.listen(0, '127.0.0.1', ok));
    try {
      const at = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/`;
      await expect(fetchManifest(at, 300)).rejects.toThrow('data/manifest.json: no answer within 0.3 s');
      // a good answer is unaffected by the limit
      expect((await fetchManifest(`${base}/`, 300)).files.map((f) => f.path)).toContain('a.csv');
    } finally {
      stalled.closeAllConnections();
      await new Promise((ok) => stalled.close(ok));
    }
  });
});

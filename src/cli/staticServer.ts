/** A plain static file server for dist/ (npm start, the browser tests): correct MIME types, byte ranges, no caching of data. */
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';
import { serveDataRequest } from '../data/manifestNode.ts';
import { DATA_BUILD_PATH } from '../data/dataBuild.ts';
import type { LiveBuild } from './liveBuild.ts';
import { sendFile } from './sendFile.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv',
  '.parquet': 'application/vnd.apache.parquet',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** extra response headers, e.g. a Content-Security-Policy */
  headers?: Record<string, string>;
  /** Serve /data/ live from this folder (a fresh manifest per request) instead of the copy in root. */
  dataDir?: string;
  /** With dataDir: rebuild the Parquet when the CSVs change, and serve the fresh set (src/cli/liveBuild.ts). */
  live?: LiveBuild;
}

export function startStaticServer(opts: StaticServerOptions): Promise<Server> {
  const root = resolve(opts.root);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // the build's Parquet (dist/data/build/) is offered while it exists; the app uses it only if the CSVs still match
    const build = existsSync(resolve(root, DATA_BUILD_PATH)) ? DATA_BUILD_PATH.slice('data/'.length) : undefined;
    if (opts.live && (await opts.live.serve(path, req, res))) return;
    if (opts.dataDir && (await serveDataRequest(opts.dataDir, path, req, res, build))) return;
    let file = normalize(resolve(root, '.' + path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    await sendFile(file, req, res, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // data and the manifest change in place; hashed assets could be cached, but a plain server keeps it simple
      'Cache-Control': 'no-cache',
      ...opts.headers,
    });
  };
  const server = createServer((req, res) => {
    void handle(req, res).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(e.message);
    });
  });
  // an idle connection stays open longer than a client waits between two requests (a wall polling
  // its manifest, a test between two checks): Node's 5 s default let a client reuse a socket the server
  // was just closing, and the request failed with ECONNRESET
  server.keepAliveTimeout = 65_000;
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => ok(server));
  });
}

/** Bundle sizes as a browser downloads them: the JS index.html loads first, all JS, and the wasm. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  initialJsGzip: number;
  totalJsGzip: number;
  wasmRaw: number;
  wasmGzip: number;
  initialFiles: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // the entry script and everything it preloads
  const initialFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(dist, 'assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  // the EH build is what current browsers load; the MVP one is a fallback
  const wasm = assets.find((f) => /duckdb-eh.*\.wasm$/.test(f));
  return {
    initialFiles,
    initialJsGzip: initialFiles.reduce((s, f) => s + gz(join(dist, f)), 0),
    totalJsGzip: js.reduce((s, f) => s + gz(join(dist, 'assets', f)), 0),
    wasmRaw: wasm ? statSync(join(dist, 'assets', wasm)).size : 0,
    wasmGzip: wasm ? gz(join(dist, 'assets', wasm)) : 0,
  };
}

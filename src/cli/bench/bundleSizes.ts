/**
 * Bundle sizes as a browser downloads them: the JS index.html loads first (the entry, which paints
 * the first figures from the seed), the JS the app needs before it draws (the entry, the chunks it
 * imports, and theirs, statically), all JS, and the wasm.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** the entry and what index.html preloads: everything the first paint needs */
  initialJsGzip: number;
  firstPaintJsGzip: number;
  /** the entry, the chunks it imports (the app, DuckDB's JS) and their static imports */
  appJsGzip: number;
  totalJsGzip: number;
  wasmRaw: number;
  wasmGzip: number;
  initialFiles: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Chunks a chunk names: `from"./x.js"`, `import"./x.js"`, and with `dynamic` also `import("./x.js")` (any quotes). */
function imported(code: string, dynamic: boolean): string[] {
  const q = '["\'`]';
  const re = new RegExp(dynamic ? `(?:from|import)\\s*\\(?\\s*${q}\\./([\\w.-]+\\.js)${q}` : `(?:from|import)\\s*${q}\\./([\\w.-]+\\.js)${q}`, 'g');
  return [...code.matchAll(re)].map((m) => m[1]!);
}

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // the entry script and everything it preloads
  const initialFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(dist, 'assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  // the EH build is what current browsers load; the MVP one is a fallback
  const wasm = assets.find((f) => /duckdb-eh.*\.wasm$/.test(f));
  const app = new Set(initialFiles.map((f) => f.replace(/^assets\//, '')));
  const queue = [...app].flatMap((f) => imported(readFileSync(join(dist, 'assets', f), 'utf8'), true));
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (app.has(f) || !js.includes(f)) continue;
    app.add(f);
    queue.push(...imported(readFileSync(join(dist, 'assets', f), 'utf8'), false));
  }
  const initialJsGzip = initialFiles.reduce((s, f) => s + gz(join(dist, f)), 0);
  return {
    initialFiles,
    initialJsGzip,
    firstPaintJsGzip: initialJsGzip,
    appJsGzip: [...app].reduce((s, f) => s + gz(join(dist, 'assets', f)), 0),
    totalJsGzip: js.reduce((s, f) => s + gz(join(dist, 'assets', f)), 0),
    wasmRaw: wasm ? statSync(join(dist, 'assets', wasm)).size : 0,
    wasmGzip: wasm ? gz(join(dist, 'assets', wasm)) : 0,
  };
}

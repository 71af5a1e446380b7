import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildManifest, serveDataRequest } from './src/data/manifestNode.ts';
import { licenseReport, shippedPackages } from './src/cli/licenses.ts';
import { buildData } from './src/cli/buildData.ts';
import { LiveBuild } from './src/cli/liveBuild.ts';
import { readDataFolder } from './src/data/folderSource.ts';
import { DATA_BUILD_PATH } from './src/data/dataBuild.ts';
import { readSqlFiles } from './src/db/semanticLayerNode.ts';

const dataDir = resolve(import.meta.dirname, 'data');

/**
 * Serves data/ with the app: a live manifest and the CSV files in dev (so a new file shows
 * on the next reload, no restart), and the same layout copied into dist/ at build time.
 */
function dataFiles(): Plugin {
  return {
    name: 'data-files',
    configureServer(server) {
      // the dev server serves Parquet built from data/ too, rebuilt when a CSV changes
      const live = new LiveBuild({
        dataDir,
        sql: readSqlFiles(resolve(import.meta.dirname, 'queries')),
        outDir: resolve(import.meta.dirname, 'node_modules/.cache/pace-live-build'),
        log: (m) => server.config.logger.info(m, { timestamp: true }),
      }).watch();
      server.httpServer?.on('close', () => live.close());
      server.middlewares.use((req, res, next) => {
        let url: string;
        try {
          url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        } catch {
          url = '';
        }
        live
          .serve(url, req, res)
          .then(async (served) => served || (await serveDataRequest(dataDir, url, req, res)) || next())
          .catch(next);
      });
    },
    generateBundle() {
      // the data-build plugin writes build/ after the bundle (closeBundle)
      const manifest = buildManifest(dataDir, { build: DATA_BUILD_PATH.slice('data/'.length) });
      for (const f of manifest.files) {
        this.emitFile({ type: 'asset', fileName: `data/${f.path}`, source: readFileSync(resolve(dataDir, f.path)) });
      }
      this.emitFile({ type: 'asset', fileName: 'data/manifest.json', source: JSON.stringify(manifest, null, 1) });
    },
  };
}

/** Modules of the worker bundles (the Parquet decoder), built before the main bundle is written. */
const workerModuleIds = new Set<string>();
function workerModules(): Plugin {
  return {
    name: 'worker-modules',
    generateBundle() {
      for (const id of this.getModuleIds()) workerModuleIds.add(id);
    },
  };
}

/** dist/licenses.txt: every npm package whose code is bundled (workers included), with its licence text. */
function licenseList(): Plugin {
  return {
    name: 'license-list',
    apply: 'build',
    generateBundle() {
      const ids = [...this.getModuleIds(), ...workerModuleIds];
      // the DuckDB wasm and worker files are copied as assets, not modules: count their package too
      ids.push(resolve(import.meta.dirname, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
      this.emitFile({ type: 'asset', fileName: 'licenses.txt', source: licenseReport(shippedPackages(ids)) });
    },
  };
}

/**
 * The build step: data/ through the intake in native DuckDB, every table and snapshot written as
 * Parquet into dist/data/build/ (the CSVs stay the source of truth; the browser uses the Parquet
 * only while the CSVs it was made from are unchanged).
 */
function dataBuild(): Plugin {
  let outDir = resolve(import.meta.dirname, 'dist');
  return {
    name: 'data-build',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    async closeBundle() {
      const t0 = Date.now();
      const build = await buildData(readDataFolder(dataDir), readSqlFiles(resolve(import.meta.dirname, 'queries')), resolve(outDir, 'data/build'));
      const mb = build.tables.reduce((n, t) => n + t.bytes, 0) / 1e6;
      console.log(`data build: ${build.tables.length} tables, ${mb.toFixed(2)} MB Parquet in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of an intranet server.
  base: './',
  plugins: [react(), dataFiles(), licenseList(), dataBuild()],
  build: {
    // Leaders open links inside WeChat and DingTalk, whose webviews run older engines: Android
    // WeChat's XWeb and DingTalk's from Chromium 87 on, iOS WKWebView from Safari 14. The emitted
    // JavaScript is checked against this in tests/e2e/buildTarget.test.ts.
    target: ['chrome87', 'safari14'],
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es', plugins: () => [workerModules()] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

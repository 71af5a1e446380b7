import { prepaint } from './app/prepaint.ts';
import { appBase, pageData } from './data/pageData.ts';
import { startDb } from './db/earlyDb.ts';
import './styles.css';

// The file list and the build first (every view needs them), then the first figures as plain HTML
// from the build's seed; only then DuckDB's wasm and the app. On a two-core machine the wasm's
// compile and React's modules took the main thread and the network from the first paint (first
// figures 0.7 s, a static page 0.36 s); the compile still overlaps the app's loading.
void pageData(appBase()).catch(() => undefined);
void prepaint()
  .catch(() => undefined)
  .finally(() => {
    void startDb().catch(() => undefined);
    void import('./app/mount.tsx');
  });

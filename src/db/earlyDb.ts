/**
 * DuckDB-WASM started once per page, as early as possible: the entry module calls this before
 * React and the app's code arrive, so the wasm download and compile (the longest part of start-up)
 * overlap everything else. The DuckDB code itself is its own chunk, loaded here.
 */
import type { Db } from './types.ts';

let started: Promise<Db> | null = null;
/** performance.now() when the wasm was compiled and the database opened */
export let dbOpenedAt = 0;

export function startDb(): Promise<Db> {
  started ??= import('./browserDb.ts')
    .then((m) => m.openBrowserDb())
    .then((db) => {
      dbOpenedAt = performance.now();
      return db;
    });
  return started;
}

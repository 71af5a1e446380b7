/** DuckDB-WASM in a browser worker. The wasm and worker files are bundled and served from our own origin. */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Table } from 'apache-arrow';
import { makeDb } from './makeDb.ts';
import type { Db, Param } from './types.ts';
import { DbUnavailable, hasWebAssembly, withinTime } from './dbUnavailable.ts';

/** Prepared statements kept at most (panels use a few dozen distinct SELECTs). */
const MAX_STATEMENTS = 200;

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Start-up (download and compile of the wasm included) longer than this is taken as a failure. */
const START_TIMEOUT_MS = 120_000;

export async function openBrowserDb(): Promise<Db> {
  if (!hasWebAssembly()) throw new DbUnavailable('wasm');
  return withinTime(startDb(), START_TIMEOUT_MS);
}

async function startDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const async = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await async.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await async.open({ query: { castBigIntToDouble: false } });
  const conn = await async.connect();
  // Prepared statements by SQL. `forget` retires them; they are closed once no query is running,
  // since one may be about to execute a statement taken from the map just before.
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  let retired: Promise<duckdb.AsyncPreparedStatement>[] = [];
  let running = 0;
  const closeRetired = () => {
    if (running > 0 || retired.length === 0) return;
    const old = retired;
    retired = [];
    for (const st of old) void st.then((x) => x.close()).catch(() => {});
  };
  const forgetStatements = async () => {
    retired.push(...statements.values());
    statements.clear();
    closeRetired();
  };
  return makeDb({
    async run(sql: string, params: readonly Param[]): Promise<Table> {
      if (params.length === 0) return conn.query(sql);
      // one worker round trip per query instead of three (prepare, query, close)
      if (statements.size >= MAX_STATEMENTS) await forgetStatements();
      let st = statements.get(sql);
      if (!st) {
        st = conn.prepare(sql);
        statements.set(sql, st);
        st.catch(() => statements.delete(sql));
      }
      running++;
      try {
        return await (await st).query(...params);
      } finally {
        running--;
        closeRetired();
      }
    },
    forget: forgetStatements,
    async insertIpc(ipc: Uint8Array, name: string) {
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async appendIpc(ipc: Uint8Array, name: string) {
      await conn.insertArrowFromIPCStream(ipc, { name, create: false });
    },
    async registerFile(name, source) {
      if ('bytes' in source) await async.registerFileBuffer(name, source.bytes);
      else await async.registerFileURL(name, source.url, duckdb.DuckDBDataProtocol.HTTP, false);
    },
    async dropFile(name) {
      await async.dropFile(name);
    },
    async close() {
      await conn.close();
      await async.terminate();
      worker.terminate();
    },
  });
}

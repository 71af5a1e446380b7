/** DuckDB-WASM in a browser worker. The wasm and worker files are bundled and served from our own origin. */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Table } from 'apache-arrow';
import { makeDb } from './makeDb.ts';
import type { Db, Param } from './types.ts';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export async function openBrowserDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const async = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await async.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await async.open({ query: { castBigIntToDouble: false } });
  const conn = await async.connect();
  return makeDb({
    async run(sql: string, params: readonly Param[]): Promise<Table> {
      if (params.length === 0) return conn.query(sql);
      const st = await conn.prepare(sql);
      try {
        return await st.query(...params);
      } finally {
        await st.close();
      }
    },
    async insertIpc(ipc: Uint8Array, name: string) {
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
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

/** DuckDB-WASM's node build (blocking bindings), for tests and the command line. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import { makeDb } from './makeDb.ts';
import type { Db, Param } from './types.ts';

const require = createRequire(import.meta.url);

/** The part of the node-blocking build used here (its typings are not reachable through the package exports). */
interface NodeStatement {
  query(...params: unknown[]): Table;
  close(): void;
}
interface NodeConnection {
  query(sql: string): Table;
  prepare(sql: string): NodeStatement;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): void;
  close(): void;
}
interface NodeBindings {
  instantiate(): Promise<unknown>;
  registerFileBuffer(name: string, buffer: Uint8Array): void;
  dropFile(name: string): void;
  open(config: object): void;
  connect(): NodeConnection;
  reset(): void;
}
interface NodeBlocking {
  createDuckDB(bundles: object, logger: unknown, runtime: unknown): Promise<NodeBindings>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
}

export async function openNodeDb(): Promise<Db> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as NodeBlocking;
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bindings = await duckdb.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await bindings.instantiate();
  bindings.open({});
  const conn = bindings.connect();
  return makeDb({
    async run(sql: string, params: readonly Param[]): Promise<Table> {
      if (params.length === 0) return conn.query(sql);
      const st = conn.prepare(sql);
      try {
        return st.query(...params);
      } finally {
        st.close();
      }
    },
    async insertIpc(ipc: Uint8Array, name: string) {
      // IPC bytes, not a Table object: the node build requires its own copy of apache-arrow.
      conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async appendIpc(ipc: Uint8Array, name: string) {
      conn.insertArrowFromIPCStream(ipc, { name, create: false });
    },
    async registerFile(name, source) {
      if (!('bytes' in source)) throw new Error('the node build reads local paths directly; register bytes instead');
      bindings.registerFileBuffer(name, source.bytes);
    },
    async dropFile(name) {
      bindings.dropFile(name);
    },
    async close() {
      conn.close();
      bindings.reset();
    },
  });
}

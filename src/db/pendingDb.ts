/** A Db whose calls wait for the real one: the app's parts can hold it before DuckDB-WASM has started. */
import type { Db } from './types.ts';

export function pendingDb(ready: Promise<Db>): Db {
  return {
    query: async (sql, params) => (await ready).query(sql, params),
    exec: async (sql) => (await ready).exec(sql),
    insertColumns: async (table, columns) => (await ready).insertColumns(table, columns),
    insertIpc: async (table, ipc, inTableOrder) => (await ready).insertIpc(table, ipc, inTableOrder),
    registerFile: async (name, source) => (await ready).registerFile(name, source),
    dropFile: async (name) => (await ready).dropFile(name),
    close: async () => (await ready).close(),
  };
}

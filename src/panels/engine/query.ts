/** The engine's own state, for support and the benchmark: how much memory DuckDB holds. */
import { panelQuery } from '../panelQuery.ts';
import type { NoInput } from '../inputs.ts';

export const engineMemory = panelQuery({
  id: 'engine.memory',
  sql: 'SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()',
  params: (_: NoInput) => [],
  columns: {
    b: 'double?',
  },
  example: {},
});

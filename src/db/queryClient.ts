/**
 * Runs and caches panel queries. Panels asking for the same SQL and parameters share one query
 * (in flight or done); a data reload clears the cache.
 */
import type { Db, Param, Row } from './types.ts';

export class QueryClient {
  private cache = new Map<string, Promise<Row[]>>();
  /** Bumped on every invalidation, so hooks re-run their queries. */
  version = 0;
  /** Number of SQL statements actually sent to DuckDB (for the benchmark and tests). */
  executed = 0;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  static key(sql: string, params: readonly Param[]): string {
    return `${sql}\u0000${JSON.stringify(params)}`;
  }

  query<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const key = QueryClient.key(sql, params);
    let p = this.cache.get(key);
    if (!p) {
      this.executed++;
      p = this.db.query(sql, params);
      // a failed query is not cached: the next render may retry it
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<T[]>;
  }

  invalidate(): void {
    this.cache.clear();
    this.version++;
  }

  get database(): Db {
    return this.db;
  }
}

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
  /** While data is being replaced, new queries wait for it (see `exclusive`). */
  private gate: Promise<void> | null = null;
  private inflight = new Set<Promise<unknown>>();

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
      const gate = this.gate;
      const run: Promise<Row[]> = gate ? gate.then(() => this.db.query<Row>(sql, params)) : this.db.query(sql, params);
      p = run;
      this.inflight.add(run);
      const done = () => this.inflight.delete(run);
      run.then(done, done);
      // a failed query is not cached: the next render may retry it
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<T[]>;
  }

  /**
   * Runs `fn` (e.g. a data reload) with the database to itself: queries asked for meanwhile wait
   * until it is done, so no panel reads half-loaded tables. Invalidates the cache when `fn` succeeds.
   */
  async exclusive<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let release = () => {};
    this.gate = new Promise<void>((ok) => (release = ok));
    try {
      // queries already sent finish first; they must not read tables being replaced
      await Promise.allSettled([...this.inflight]);
      const out = await fn(this.db);
      this.invalidate();
      return out;
    } finally {
      this.gate = null;
      release();
    }
  }

  invalidate(): void {
    this.cache.clear();
    this.version++;
  }

  get database(): Db {
    return this.db;
  }
}

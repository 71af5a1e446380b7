/**
 * Runs and caches panel queries. Panels asking for the same SQL and parameters share one query
 * (in flight or done); a data reload clears the cache.
 */
import type { Db, Param, Row } from './types.ts';
import { sameRows } from './sameRows.ts';

export class QueryClient {
  private cache = new Map<string, Promise<Row[]>>();
  /** Bumped on every invalidation, so hooks re-run their queries. */
  version = 0;
  /** Number of SQL statements actually sent to DuckDB (for the benchmark and tests): not those a seed answered. */
  executed = 0;
  private readonly db: Db;
  /** While data is being replaced, new queries wait for it (see `exclusive`). */
  private gate: Promise<void> | null = null;
  private inflight = new Set<Promise<unknown>>();
  /** Queries a panel asked for (not `afterPanels`): those answer first. */
  private forPanels = new Set<Promise<unknown>>();
  /**
   * What is loaded later (tables and the views and macros that read them, the semantic layer's later
   * files): a query naming any of it starts that load and waits.
   */
  private readonly deferrals = new Set<{ pattern: RegExp; until: () => Promise<void> }>();
  /** Queries asked for with a key already executed since the last invalidation (should stay 0). */
  duplicates = 0;
  private seen = new Set<string>();
  /** Distinct queries asked for since the last invalidation, answered by a seed or by DuckDB. */
  readonly requested = new Set<string>();
  /** Queries answered from a build-time seed (see `seed`). */
  seedHits = 0;
  /** The last 100 queries DuckDB answered, with how long each took there (for support and the benchmark). */
  readonly timings: { sql: string; params: readonly Param[]; ms: number }[] = [];
  /** Seeded queries run in DuckDB afterwards (see `warm`). */
  warmed = 0;
  private seeded = new Set<string>();
  /** Seeds still downloading (seedLater), and the answers they brought. */
  private seedsComing = new Set<Promise<unknown>>();
  private lateSeed = new Map<string, Row[]>();
  private startup: Promise<void> | null = null;

  constructor(db: Db) {
    this.db = db;
  }

  static key(sql: string, params: readonly Param[]): string {
    return `${sql}\u0000${JSON.stringify(params)}`;
  }

  query<T = Row>(sql: string, params: readonly Param[] = [], opts: { afterPanels?: boolean } = {}): Promise<T[]> {
    const key = QueryClient.key(sql, params);
    this.requested.add(key);
    let p = this.cache.get(key);
    if (p && this.seeded.delete(key)) this.seedHits++;
    if (!p) {
      if (this.seen.has(key)) this.duplicates++;
      this.seen.add(key);
      // taken now, not when the query runs: `exclusive` waits for queries already asked
      const gate = this.gate;
      const startup = this.startup;
      const run: Promise<Row[]> = (async () => {
        // taken before anything else awaits, so a test sees at once how many answers it holds back
        const held = heldBack();
        if (held) await held;
        // a view's seed on its way may hold this answer: waited for before DuckDB is asked
        if (this.seedsComing.size > 0) {
          await Promise.allSettled([...this.seedsComing]);
          const rows = this.lateSeed.get(key);
          if (rows) {
            this.seedHits++;
            return rows;
          }
        }
        if (startup) await startup;
        if (gate) await gate;
        await this.deferredFor(sql);
        // DuckDB-WASM answers one query at a time: what no panel shows waits until the panels have
        // theirs (those asked in the same render too, hence the turn of the event loop first)
        if (opts.afterPanels) {
          await new Promise((ok) => setTimeout(ok, 0));
          while (this.forPanels.size > 0) await Promise.allSettled([...this.forPanels]);
        }
        this.executed++;
        const t0 = performance.now();
        const rows = await this.db.query<Row>(sql, params);
        this.timings.push({ sql, params, ms: performance.now() - t0 });
        if (this.timings.length > 100) this.timings.shift();
        return rows;
      })();
      p = run;
      this.inflight.add(run);
      if (!opts.afterPanels) this.forPanels.add(run);
      const done = () => {
        this.inflight.delete(run);
        this.forPanels.delete(run);
      };
      run.then(done, done);
      // a failed query is not cached: the next render may retry it
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<T[]>;
  }

  /**
   * The same client for what no panel on screen shows (the work-group message, the export buttons'
   * data): its queries run once the panels' queries have answered, so a filter change redraws the
   * panels first.
   */
  afterPanels(): { query: <T = Row>(sql: string, params?: readonly Param[]) => Promise<T[]> } {
    return { query: (sql, params = []) => this.query(sql, params, { afterPanels: true }) };
  }

  /**
   * Results computed at build time by native DuckDB from the same data and the same SQL (the first
   * screen; src/app/firstScreen.ts): they answer at once, while DuckDB-WASM is still starting.
   */
  seed(entries: readonly { sql: string; params: readonly Param[]; rows: Row[] }[]): void {
    for (const e of entries) {
      const key = QueryClient.key(e.sql, e.params);
      this.cache.set(key, Promise.resolve(e.rows));
      this.seeded.add(key);
    }
  }

  /**
   * A seed still downloading (a view's own file): queries asked meanwhile wait for it before asking
   * DuckDB, and those it answers never reach DuckDB.
   */
  seedLater(entries: Promise<readonly { sql: string; params: readonly Param[]; rows: Row[] }[]>): void {
    const arrived = entries.then(
      (list) => {
        for (const e of list) {
          const key = QueryClient.key(e.sql, e.params);
          this.lateSeed.set(key, e.rows);
          if (!this.cache.has(key)) {
            this.cache.set(key, Promise.resolve(e.rows));
            this.seeded.add(key);
          }
        }
      },
      () => undefined,
    );
    this.seedsComing.add(arrived);
    void arrived.then(() => this.seedsComing.delete(arrived));
  }

  /**
   * Runs the seeded queries this page asked for once in DuckDB, in the background: the first filter
   * change then finds DuckDB warm (its first run of a query shape costs several times a later one).
   * The seed holds every screen's default view; the others are not worth a phone's time. Returns the
   * SQL of any seed DuckDB answers differently (there should be none: the build ran the same SQL on
   * the same data; tests/sql/parquetBuild.test.ts).
   */
  async warm(entries: readonly { sql: string; params: readonly Param[]; rows: Row[] }[]): Promise<string[]> {
    const differed: string[] = [];
    for (const e of entries) {
      if (!this.requested.has(QueryClient.key(e.sql, e.params))) continue;
      await this.deferredFor(e.sql);
      const rows = await this.db.query(e.sql, e.params);
      this.warmed++;
      if (!sameRows(rows, e.rows)) differed.push(e.sql);
    }
    return differed;
  }

  /** Queries not answered by a seed wait for `ready` (DuckDB started and the first tables loaded). */
  holdUntil(ready: Promise<unknown>): void {
    const startup: Promise<void> = ready.then(() => {
      if (this.startup === startup) this.startup = null;
    });
    this.startup = startup;
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
    this.lateSeed.clear();
    this.seen.clear();
    this.seeded.clear();
    this.requested.clear();
    this.version++;
  }

  /**
   * Queries whose SQL names any of `names` wait for `load`, which the first such query starts (or
   * the app, once the first screen is drawn). Returns the function that starts it.
   */
  defer(names: Iterable<string>, load: () => Promise<unknown>): () => Promise<void> {
    const list = [...names];
    let started: Promise<void> | null = null;
    const deferral = { pattern: new RegExp(`\\b(${list.join('|')})\\b`, 'i'), until: () => until() };
    const until = () =>
      (started ??= load().then(
        () => void this.deferrals.delete(deferral),
        () => void this.deferrals.delete(deferral),
      ));
    if (list.length > 0) this.deferrals.add(deferral);
    return until;
  }

  /** Waits for what the statement names of what is loaded later (tables, the later layer). */
  private async deferredFor(sql: string): Promise<void> {
    for (const d of [...this.deferrals]) if (d.pattern.test(sql)) await d.until();
  }

  /** Resolves once no query has been in flight for `quietMs`. */
  async idle(quietMs = 300): Promise<void> {
    for (;;) {
      while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
      await new Promise((ok) => setTimeout(ok, quietMs));
      if (this.inflight.size === 0) return;
    }
  }

  /** Statements sent but not answered yet. */
  get pending(): number {
    return this.inflight.size;
  }

  /** Of those, the ones panels asked for. */
  get pendingForPanels(): number {
    return this.forPanels.size;
  }

  get database(): Db {
    return this.db;
  }
}

/**
 * A browser test's hook: with `window.__paceHold = true` (set before the app loads) every query not
 * answered by the build's seed waits until the test calls `window.__paceRelease()`, so the test can
 * look at each screen while DuckDB "has not answered yet". Without the flag this costs nothing.
 */
interface PaceHold {
  __paceHold?: boolean;
  __paceHeld?: Promise<void>;
  __paceRelease?: () => void;
  /** how many queries were held back (the test tells a screen drawn from the seed alone from one that waited) */
  __paceHeldCount?: number;
}

function heldBack(): Promise<void> | undefined {
  const w = globalThis as PaceHold;
  if (!w.__paceHold) return undefined;
  w.__paceHeldCount = (w.__paceHeldCount ?? 0) + 1;
  w.__paceHeld ??= new Promise<void>((ok) => {
    w.__paceRelease = () => {
      w.__paceHold = false;
      ok();
    };
  });
  return w.__paceHeld;
}

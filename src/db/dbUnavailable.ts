/**
 * DuckDB-WASM could not start in this browser: no WebAssembly (some old or locked-down webviews),
 * not enough memory, or the engine failed or never answered. The build's seeded figures still
 * show; every other query fails with this error, which panels show as "needs DuckDB".
 */
export type DbUnavailableWhy = 'wasm' | 'memory' | 'failed' | 'timeout';

export class DbUnavailable extends Error {
  readonly why: DbUnavailableWhy;
  constructor(why: DbUnavailableWhy, cause?: unknown) {
    super(`DuckDB unavailable (${why})${cause instanceof Error ? `: ${cause.message}` : ''}`);
    this.name = 'DbUnavailable';
    this.why = why;
  }
}

export function isDbUnavailable(e: unknown): e is DbUnavailable {
  return e instanceof DbUnavailable;
}

/** Reads a start-up failure: out-of-memory shows as a RangeError or a message naming memory. */
export function asDbUnavailable(e: unknown): DbUnavailable {
  if (e instanceof DbUnavailable) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new DbUnavailable(e instanceof RangeError || /memory/i.test(msg) ? 'memory' : 'failed', e);
}

export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/** Rejects with `DbUnavailable('timeout')` when `p` has not settled within `ms`. */
export function withinTime<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((ok, fail) => {
    const timer = setTimeout(() => fail(new DbUnavailable('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        ok(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        fail(asDbUnavailable(e));
      },
    );
  });
}

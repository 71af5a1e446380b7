/**
 * Counters for the soak test: live timers, live chart instances, refresh cycles. Exposed as
 * window.__wallStats only when the URL asks for it (`wallstats=1`).
 */
export interface WallStats {
  refreshes: number;
  refreshFailures: number;
  reloads: number;
  rotations: number;
  /** ticks a rotation waited for a page still drawing */
  holds: number;
  timersLive: number;
  chartsLive: number;
  chartsCreated: number;
  embedMessagesIgnored: number;
  embedMessagesHandled: number;
}

export const wallStats: WallStats = {
  refreshes: 0,
  refreshFailures: 0,
  reloads: 0,
  rotations: 0,
  holds: 0,
  timersLive: 0,
  chartsLive: 0,
  chartsCreated: 0,
  embedMessagesIgnored: 0,
  embedMessagesHandled: 0,
};

export function exposeWallStats(): void {
  (window as unknown as { __wallStats?: WallStats }).__wallStats = wallStats;
}

/** setTimeout that is counted while pending; returns its cancel function. */
export function later(fn: () => void, ms: number): () => void {
  wallStats.timersLive++;
  let pending = true;
  const id = setTimeout(() => {
    pending = false;
    wallStats.timersLive--;
    fn();
  }, ms);
  return () => {
    if (!pending) return;
    pending = false;
    wallStats.timersLive--;
    clearTimeout(id);
  };
}

/** setInterval that is counted while running; returns its cancel function. */
export function every(fn: () => void, ms: number): () => void {
  wallStats.timersLive++;
  const id = setInterval(fn, ms);
  let live = true;
  return () => {
    if (!live) return;
    live = false;
    wallStats.timersLive--;
    clearInterval(id);
  };
}

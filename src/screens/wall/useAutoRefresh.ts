/**
 * Auto-refresh for unattended screens: every `refresh` seconds re-read the manifest and reload only
 * when a file changed (src/data/session.ts refetchIfChanged). A failed refresh keeps the last good
 * data, is shown, and is retried with back-off until the files come back.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/AppContext.tsx';
import { acceptRefresh, asRefreshError } from '../../data/reload.ts';
import { useQueryClient } from '../../db/useQuery.ts';
import { backoffDelay } from './wallParams.ts';
import { later, wallStats } from '../../components/wallStats.ts';

export interface RefreshState {
  /** when the data on screen was last confirmed current (start-up or a successful check) */
  lastGoodAt: number;
  /** when data last changed */
  loadedAt: number;
  failures: number;
  error: string | null;
  /** when the next attempt is due (ms since the epoch), null when refresh is off */
  nextAt: number | null;
  busy: boolean;
}

export function useAutoRefresh(refreshSeconds: number, speed = 1): RefreshState {
  const { session, reload } = useApp();
  const { client } = useQueryClient();
  const latest = useRef({ session, reload, client });
  useEffect(() => {
    latest.current = { session, reload, client };
  }, [session, reload, client]);
  const [state, setState] = useState<RefreshState>(() => ({ lastGoodAt: Date.now(), loadedAt: Date.now(), failures: 0, error: null, nextAt: null, busy: false }));
  useEffect(() => {
    if (refreshSeconds <= 0) return;
    let live = true;
    let cancel = () => {};
    let failures = 0;
    const schedule = () => {
      const ms = backoffDelay(refreshSeconds, failures) / speed;
      setState((s) => ({ ...s, nextAt: Date.now() + ms * speed, busy: false }));
      cancel = later(run, ms);
    };
    const run = async () => {
      setState((s) => ({ ...s, busy: true }));
      const { session: s, reload: r, client: c } = latest.current;
      try {
        const reports = await s.refetchIfChanged({ accept: acceptRefresh, around: (load) => c.exclusive(() => load()) });
        if (!live) return;
        if (reports) {
          wallStats.reloads++;
          // the files are loaded: re-read the catalogue and redraw every panel
          await r(async () => undefined);
        }
        failures = 0;
        const now = Date.now();
        setState((st) => ({ ...st, lastGoodAt: now, loadedAt: reports ? now : st.loadedAt, failures: 0, error: null }));
      } catch (e) {
        if (!live) return;
        failures++;
        wallStats.refreshFailures++;
        const err = asRefreshError(e);
        setState((st) => ({ ...st, failures, error: `${err.reason}: ${err.message}` }));
      }
      wallStats.refreshes++;
      // a wall runs for weeks: its thousands of manifest requests need no timing entries
      performance.clearResourceTimings();
      if (live) schedule();
    };
    schedule();
    return () => {
      live = false;
      cancel();
    };
  }, [refreshSeconds, speed]);
  return state;
}

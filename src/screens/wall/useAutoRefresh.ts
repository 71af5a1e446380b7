/**
 * Auto-refresh for unattended screens: every `refresh` seconds re-read the manifest and reload only
 * what changed. A failed refresh keeps the last good data, is shown, and is retried with back-off
 * until the files come back.
 */
import { useEffect, useRef, useState } from 'react';
import { appBase } from '../../app/boot.ts';
import { refreshFromServer } from '../../data/reload.ts';
import { SQL_FILES } from '../../db/semanticLayerBrowser.ts';
import { backoffDelay } from './wallParams.ts';
import { useDataSession } from './session.ts';
import { later, wallStats } from './wallStats.ts';

export interface RefreshState {
  /** when the data on screen was last confirmed current (boot or a successful check) */
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
  const session = useDataSession();
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
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
      const { booted, onReloaded } = sessionRef.current;
      try {
        const res = await refreshFromServer(booted.client.database, appBase(), { files: booted.files, reports: booted.reports }, SQL_FILES, {
          exclusive: (fn) => booted.client.exclusive(fn),
        });
        if (!live) return;
        if (res.changed) {
          wallStats.reloads++;
          await onReloaded(res.set);
        }
        failures = 0;
        const now = Date.now();
        setState((s) => ({ ...s, lastGoodAt: now, loadedAt: res.changed ? now : s.loadedAt, failures: 0, error: null }));
      } catch (e) {
        if (!live) return;
        failures++;
        wallStats.refreshFailures++;
        setState((s) => ({ ...s, failures, error: (e as Error).message }));
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

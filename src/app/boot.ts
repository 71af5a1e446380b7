/** Start-up: DuckDB in its worker, the semantic layer, then every data file with progress. */
import type { IntakeProgress } from '../data/intake.ts';
import { serverSource } from '../data/loadFromServer.ts';
import type { FileReport } from '../data/report.ts';
import { DataSession } from '../data/session.ts';
import { openBrowserDb } from '../db/browserDb.ts';
import { QueryClient } from '../db/queryClient.ts';
import { applySemanticLayer } from '../db/semanticLayer.ts';
import { SQL_FILES } from '../db/semanticLayerBrowser.ts';
import { loadMeta, type Meta } from './meta.ts';

export type BootStep = { step: 'db' } | { step: 'files'; progress: IntakeProgress } | { step: 'views' };

export interface Booted {
  client: QueryClient;
  reports: FileReport[];
  /** The loaded files; reload data into the running app through `reloadSession`. */
  session: DataSession;
}

/** The app's base URL (the folder index.html was served from), so dist/ works under any path. */
export function appBase(): string {
  return new URL('.', window.location.href).href.replace(/[?#].*$/, '');
}

let started: Promise<Booted> | null = null;
const listeners = new Set<(s: BootStep) => void>();

/** Starts once per page (React's strict mode mounts twice in development); every caller hears the steps. */
export function boot(onStep: (s: BootStep) => void): Promise<Booted> {
  listeners.add(onStep);
  started ??= bootOnce((s) => listeners.forEach((l) => l(s)));
  return started.finally(() => listeners.delete(onStep));
}

const repaint = () => new Promise<void>((r) => setTimeout(r, 0));

async function bootOnce(onStep: (s: BootStep) => void): Promise<Booted> {
  onStep({ step: 'db' });
  const db = await openBrowserDb();
  await applySemanticLayer(db, SQL_FILES);
  const session = new DataSession(db, SQL_FILES, serverSource(appBase()), { yieldToUi: repaint });
  const reports = await session.refetch((progress) => onStep(progress.phase === 'done' ? { step: 'views' } : { step: 'files', progress }));
  return { client: new QueryClient(db), reports, session };
}

/**
 * Reloads data into the running app: `change` updates the session (add or remove a dropped file,
 * refetch the server's changed files), which reloads every file and rebuilds the snapshots; then
 * the query cache is dropped and the catalogue re-read, so every panel shows the new numbers.
 */
export async function reloadSession(booted: Booted, change: (s: DataSession) => Promise<unknown>): Promise<{ booted: Booted; meta: Meta }> {
  await change(booted.session);
  booted.client.invalidate();
  const meta = await loadMeta(booted.client);
  return { booted: { ...booted, reports: booted.session.reports }, meta };
}

/** Start-up: DuckDB in its worker, the semantic layer, then every data file with progress. */
import type { IntakeProgress } from '../data/intake.ts';
import { loadFromServer, type LoadedFile } from '../data/loadFromServer.ts';
import type { FileReport } from '../data/report.ts';
import { openBrowserDb } from '../db/browserDb.ts';
import { QueryClient } from '../db/queryClient.ts';
import { applySemanticLayer, refreshSnapshots } from '../db/semanticLayer.ts';
import { SQL_FILES } from '../db/semanticLayerBrowser.ts';

export type BootStep = { step: 'db' } | { step: 'files'; progress: IntakeProgress } | { step: 'views' };

export interface Booted {
  client: QueryClient;
  reports: FileReport[];
  /** the files as loaded, for refreshes that fetch only what changed (src/data/reload.ts) */
  files: LoadedFile[];
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

async function bootOnce(onStep: (s: BootStep) => void): Promise<Booted> {
  onStep({ step: 'db' });
  const db = await openBrowserDb();
  await applySemanticLayer(db, SQL_FILES);
  const { reports, files } = await loadFromServer(db, appBase(), (progress) => onStep({ step: 'files', progress }));
  onStep({ step: 'views' });
  await refreshSnapshots(db, SQL_FILES);
  return { client: new QueryClient(db), reports, files };
}

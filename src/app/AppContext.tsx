import { createContext, useContext } from 'react';
import type { FileReport } from '../data/report.ts';
import type { DataSession } from '../data/session.ts';
import type { ViewState } from '../state/urlState.ts';
import type { Meta } from './meta.ts';
import type { ResolvedView } from './view.ts';

export interface AppContextValue {
  meta: Meta;
  view: ResolvedView;
  setView: (patch: Partial<ViewState>) => void;
  reports: FileReport[];
  /** The loaded files (server and dropped). */
  session: DataSession;
  /** Changes the session's files, reloads them and refreshes every panel (src/app/boot.ts reloadSession). */
  reload: (change: (s: DataSession) => Promise<unknown>) => Promise<void>;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const c = useContext(AppContext);
  if (!c) throw new Error('AppContext missing');
  return c;
}

/** What the wall and the embeds need from the app shell to reload data in place. */
import { createContext, useContext } from 'react';
import type { Booted } from '../../app/boot.ts';
import type { LoadedSet } from '../../data/reload.ts';

export interface DataSession {
  booted: Booted;
  /** after a reload: re-read the catalogue (regions, indicators) and redraw */
  onReloaded: (set: LoadedSet) => Promise<void>;
}

export const DataSessionContext = createContext<DataSession | null>(null);

export function useDataSession(): DataSession {
  const s = useContext(DataSessionContext);
  if (!s) throw new Error('DataSessionContext missing');
  return s;
}

/** The wall's panels draw dark; embeds light unless `theme=dark`. */
export const DarkContext = createContext(false);
export const useDark = () => useContext(DarkContext);

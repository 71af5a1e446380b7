import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './urlState.ts';

/** URL-backed view state: changes push a history entry, back/forward restore it. `screens`: the registry's ids. */
export function useViewState(screens: readonly string[]): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search, screens));
  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search, screens));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [screens]);
  const update = useCallback((patch: Partial<ViewState>) => {
    // the URL is the source of truth: read it, patch it, push it
    const next = { ...parseViewState(window.location.search, screens), ...patch };
    window.history.pushState(null, '', `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`);
    setState(next);
  }, [screens]);
  return [state, update];
}

import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './urlState.ts';

/** URL-backed view state: changes push a history entry, back/forward restore it. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>) => {
    // the URL is the source of truth: read it, patch it, push it
    const next = { ...parseViewState(window.location.search), ...patch };
    window.history.pushState(null, '', `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`);
    setState(next);
  }, []);
  return [state, update];
}

import { createContext, useContext, useEffect, useState } from 'react';
import type { QueryClient } from './queryClient.ts';
import { sameRows } from './sameRows.ts';
import type { Param, Row } from './types.ts';

export const QueryClientContext = createContext<{ client: QueryClient; version: number } | null>(null);

export function useQueryClient(): { client: QueryClient; version: number } {
  const c = useContext(QueryClientContext);
  if (!c) throw new Error('QueryClientContext missing');
  return c;
}

export interface QueryState<T> {
  data: T[] | undefined;
  error: Error | undefined;
  loading: boolean;
  /**
   * The query for the current parameters has answered (rows or none). Only then may a panel say
   * there is nothing: before, it says what it waits for (src/components/Answered.tsx).
   */
  answered: boolean;
}

/**
 * One panel's query. `sql = null` skips it (a parameter is not known yet). A result that arrives
 * after the parameters changed is dropped, so a slow old query never draws over a newer one.
 */
export function useQuery<T = Row>(sql: string | null, params: readonly Param[] = []): QueryState<T> {
  const { client, version } = useQueryClient();
  const key = sql === null ? null : `${version}\u0000${sql}\u0000${JSON.stringify(params)}`;
  const [state, setState] = useState<{ key: string | null; data?: T[]; error?: Error }>({ key: null });
  useEffect(() => {
    if (sql === null || key === null) return;
    let current = true;
    client.query<T>(sql, params).then(
      // an answer equal to the one on screen keeps the same rows, so nothing drawn from them is
      // drawn again (a wall's reload where one file changed redraws only what that file moved)
      (data) => current && setState((prev) => ({ key, data: prev.data !== undefined && sameRows(prev.data as Row[], data as Row[]) ? prev.data : data })),
      (error: Error) => current && setState((prev) => ({ key, data: prev.data, error })),
    );
    return () => {
      current = false;
    };
    // params are folded into key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, client]);
  const fresh = state.key === key;
  // While a new result is on its way the last one stays on screen: no flicker on filter changes.
  return {
    data: state.data,
    error: fresh ? state.error : undefined,
    loading: sql !== null && !fresh,
    answered: sql !== null && fresh && (state.data !== undefined || state.error !== undefined),
  };
}

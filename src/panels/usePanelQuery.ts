/** A panel's rows in React: the declaration's SQL with parameters from the panel's input, typed by its columns. */
import { useQuery, type QueryState } from '../db/useQuery.ts';
import type { Columns, PanelQuery, RowOf } from './panelQuery.ts';

/** `input = null` skips the query (an input is not known yet, or the panel shows another query). */
export function usePanelQuery<P, C extends Columns>(query: PanelQuery<P, C>, input: P | null): QueryState<RowOf<C>> {
  return useQuery<RowOf<C>>(input === null ? null : query.sql, input === null ? [] : query.params(input));
}

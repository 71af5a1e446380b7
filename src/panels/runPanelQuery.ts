/**
 * A panel's rows outside React: the first-screen seed, the data build, the document command. Takes
 * the app's QueryClient (shared cache) or a bare database; both run bound parameters the same way.
 */
import type { Param } from '../db/types.ts';
import type { Columns, PanelQuery, RowOf } from './panelQuery.ts';

export interface Queryable {
  query<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
}

export function runPanelQuery<P, C extends Columns>(on: Queryable, query: PanelQuery<P, C>, input: P): Promise<RowOf<C>[]> {
  return on.query<RowOf<C>>(query.sql, query.params(input));
}

/** The SQL and the bound parameters a declaration sends for an input (the seed's key), with the declaration's id. */
export function boundQuery<P, C extends Columns>(query: PanelQuery<P, C>, input: P): { id: string; sql: string; params: Param[] } {
  return { id: query.id, sql: query.sql, params: query.params(input) };
}

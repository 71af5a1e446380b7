/**
 * A panel's query as one declaration: its SQL (filters and joins of the views and macros in
 * queries/, with bound parameters), how its parameters come from the view, and its row type.
 * The row type is written once, as column types, and checked against DuckDB's DESCRIBE of the
 * query on the sample data (tests/sql/panelRowTypes.test.ts): a renamed column fails a test,
 * not a screen. Screens, the wall, embeds, the bulletin, the build's seed and the document
 * command all import the same declarations; nothing else holds SQL text.
 */
import type { Param } from '../db/types.ts';

/** A column's type as the TypeScript row sees it; `?` marks a column that may be NULL. */
export type ColType = 'text' | 'int' | 'double' | 'bool' | 'date';
export type ColSpec = ColType | `${ColType}?`;
export type Columns = Readonly<Record<string, ColSpec>>;

type Base<C extends ColType> = C extends 'text' | 'date' ? string : C extends 'int' | 'double' ? number : boolean;
type TsOf<S extends ColSpec> = S extends `${infer C extends ColType}?` ? Base<C> | null : S extends ColType ? Base<S> : never;

/** The row a query's columns describe. */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: TsOf<C[K]> };

export interface PanelQuery<P, C extends Columns> {
  /** Unique, stable: names the query in tests, timings and the build's seed. */
  readonly id: string;
  readonly sql: string;
  /** The bound parameters, in placeholder order, from the panel's inputs. */
  readonly params: (p: P) => Param[];
  readonly columns: C;
  /** Inputs that give rows on the sample data (the row-type test runs the query with them). */
  readonly example: P;
}

/** A declaration whatever its input (the registry, the row-type test): its example is the input it takes. */
export interface AnyPanelQuery {
  readonly id: string;
  readonly sql: string;
  readonly params: (p: never) => Param[];
  readonly columns: Columns;
  readonly example: unknown;
}
export type RowOfQuery<Q> = Q extends { readonly columns: infer C extends Columns } ? RowOf<C> : never;
export type InputOf<Q> = Q extends { readonly params: (p: infer P) => Param[] } ? P : never;

export function panelQuery<P, const C extends Columns>(q: PanelQuery<P, C>): PanelQuery<P, C> {
  return q;
}

export type { RegionMonth } from './inputs.ts';

/** The rows behind a panel's chart, with the columns to show them (see Panel's `table`). */
import type { TableColumn } from './DataTable.tsx';

export interface PanelTable {
  rows: object[];
  columns: TableColumn<object>[];
}

/** Typed once here, so each panel's columns are checked against its own row type. */
export function panelTable<R extends object>(rows: R[], columns: TableColumn<R>[]): PanelTable {
  return { rows, columns: columns as unknown as TableColumn<object>[] };
}

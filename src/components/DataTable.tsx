import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { downloadText, markIllustrative, toCsv, type CsvCell } from '../data/csvExport.ts';
import { useT } from '../i18n/I18n.tsx';
import { XlsxButton } from './Exports.tsx';
import { ScrollBox } from './ScrollBox.tsx';

export interface TableColumn<R> {
  id: string;
  header: string;
  /** the value sorted, filtered and exported */
  value: (row: R) => string | number | null;
  /** what the cell shows; defaults to the value */
  render?: (row: R) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** the unit of a number column, put in the Excel export's header */
  unit?: string;
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

/** Sortable, filterable table with CSV export of exactly the rows shown. */
export function DataTable<R extends object>({ rows, columns, exportName, initialSort, rowClass, label }: {
  rows: R[];
  columns: TableColumn<R>[];
  exportName: string;
  initialSort?: SortingState;
  rowClass?: (row: R) => string;
  /** names the table's scrolling box for screen readers; defaults to the export name */
  label?: string;
}) {
  const t = useT();
  const [sorting, setSorting] = useState<SortingState>(initialSort ?? []);
  const [filter, setFilter] = useState('');
  const defs = useMemo<ColumnDef<typeof features, R>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row: R) => c.value(row) ?? '',
        sortFn: 'basic',
        filterFn: 'includesString',
        sortUndefined: 'last',
        enableGlobalFilter: true,
      })) as ColumnDef<typeof features, R>[],
    [columns],
  );
  const table = useTable({
    features,
    columns: defs,
    data: rows,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: 'includesString',
  });
  const shown = table.getRowModel().rows;
  const exportCsv = () => {
    const data: CsvCell[][] = shown.map((r) => columns.map((c) => c.value(r.original)));
    const out = markIllustrative(columns.map((c) => c.header), data, shown.map((r) => r.original), t('sample'));
    downloadText(`${exportName}.csv`, toCsv(out.header, out.cells));
  };
  const byId = new Map(columns.map((c) => [c.id, c]));
  return (
    <div className="data-table">
      <div className="table-tools">
        <input type="search" value={filter} placeholder={t('filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} aria-label={t('filterPlaceholder')} />
        <span className="table-count">{shown.length} / {rows.length}</span>
        <button type="button" onClick={exportCsv} data-action="export-csv">
          {t('exportCsv')}
        </button>
        <XlsxButton columns={columns} rows={shown.map((r) => r.original)} exportName={exportName} />
      </div>
      <ScrollBox label={label ?? exportName}>
        <table>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  const col = byId.get(h.column.id);
                  return (
                    <th key={h.id} className={`align-${col?.align ?? 'left'}`} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="th-sort" onClick={h.column.getToggleSortingHandler()}>
                        {col?.header}
                        <span className="sort-mark">{dir === 'asc' ? ' ↑' : dir === 'desc' ? ' ↓' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className={rowClass?.(r.original)}>
                {columns.map((c) => (
                  <td key={c.id} className={`align-${c.align ?? 'left'}`} data-col={c.id}>
                    {c.render ? c.render(r.original) : String(c.value(r.original) ?? '—')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

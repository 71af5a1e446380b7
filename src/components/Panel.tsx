import { useId, useRef, useState, type ReactNode } from 'react';
import { isDbUnavailable } from '../db/dbUnavailable.ts';
import { useT } from '../i18n/I18n.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { PanelTable } from './panelTable.ts';
import { useScrollable } from './useScrollable.ts';

export interface PanelProps {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  loading?: boolean;
  error?: Error;
  /** the panel shows illustrative values (示例数据) */
  sample?: boolean;
  className?: string;
  resetKey?: string;
  /**
   * The numbers behind the panel's chart: a "数据表 / data table" switch shows them as a sortable
   * table in place of the chart (the chart's text alternative for screen readers and keyboards).
   */
  table?: PanelTable;
  children: ReactNode;
}

/** A titled box. Its own query error, or a render error inside it, stays inside it. */
export function Panel({ id, title, actions, loading, error, sample, className, resetKey, table, children }: PanelProps) {
  const t = useT();
  const [showTable, setShowTable] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const scrollable = useScrollable(body);
  const headingId = useId();
  const failure = (e: Error) =>
    isDbUnavailable(e) ? (
      <div className="panel-error needs-db" role="status" data-needs-db>
        <span aria-hidden="true">⚠ </span>
        {t('needsDuckDb')}
      </div>
    ) : (
      <div className="panel-error" role="alert">
        {t('panelError', { msg: e.message })}
      </div>
    );
  const tableOn = showTable && table !== undefined;
  const titleText = typeof title === 'string' ? title : id;
  return (
    <section className={`panel ${className ?? ''}`} data-panel={id} aria-busy={loading ? 'true' : 'false'}>
      <header className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {sample && (
          <span className="sample-tag" title={t('sampleHint')}>
            {t('sample')}
          </span>
        )}
        <div className="panel-actions">
          {actions}
          {table && (
            <button type="button" className="table-switch" aria-pressed={tableOn} onClick={() => setShowTable(!showTable)} data-action="data-table">
              {tableOn ? t('dataTableHide') : t('dataTableShow')}
            </button>
          )}
        </div>
      </header>
      <div className="panel-body" ref={body} {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-labelledby': headingId } : {})}>
        {error ? (
          failure(error)
        ) : tableOn ? (
          <div className="panel-table" data-panel-table>
            <DataTable rows={table.rows} columns={table.columns} exportName={id} label={t('dataTableOf', { title: titleText })} />
          </div>
        ) : (
          <ErrorBoundary fallback={failure} resetKey={resetKey}>
            {children}
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}

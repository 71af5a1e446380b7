import type { ReactNode } from 'react';
import { useT } from '../i18n/I18n.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

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
  children: ReactNode;
}

/** A titled box. Its own query error, or a render error inside it, stays inside it. */
export function Panel({ id, title, actions, loading, error, sample, className, resetKey, children }: PanelProps) {
  const t = useT();
  const failure = (e: Error) => (
    <div className="panel-error" role="alert">
      {t('panelError', { msg: e.message })}
    </div>
  );
  return (
    <section className={`panel ${className ?? ''}`} data-panel={id} aria-busy={loading ? 'true' : 'false'}>
      <header className="panel-head">
        <h2>{title}</h2>
        {sample && (
          <span className="sample-tag" title={t('sampleHint')}>
            {t('sample')}
          </span>
        )}
        <div className="panel-actions">{actions}</div>
      </header>
      <div className="panel-body">
        {error ? failure(error) : <ErrorBoundary fallback={failure} resetKey={resetKey}>{children}</ErrorBoundary>}
      </div>
    </section>
  );
}

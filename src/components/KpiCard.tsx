import { formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { familyName } from '../panels/kpis/familyName.ts';
import { familyKpis } from '../panels/kpis/query.ts';
import type { ReactNode } from 'react';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { PaceBar } from './PaceBar.tsx';
import { PartialTag } from './PartialTag.tsx';
import { Provenance } from './Provenance.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TargetText } from './TargetText.tsx';

export type KpiRow = RowOfQuery<typeof familyKpis>;

export interface KpiCardProps {
  row: KpiRow;
  indicatorName: string;
  unit: string;
  decimals: number | null;
  /** on the overview a card opens its indicator; on the wall and in embeds it is only read */
  onOpen?: () => void;
}

function Main({ onOpen, title, children }: { onOpen?: () => void; title: string; children: ReactNode }) {
  return onOpen ? (
    <button type="button" className="kpi-main" onClick={onOpen} title={title}>
      {children}
    </button>
  ) : (
    <div className="kpi-main">{children}</div>
  );
}

/** One headline target: value, target, completion against pace, status, source. */
export function KpiCard({ row, indicatorName, unit, decimals, onOpen }: KpiCardProps) {
  const t = useT();
  const lang = useLang();
  const hasOwn = row.kind !== null;
  const sample = hasOwn ? row.illustrative : row.children_illustrative;
  return (
    <article className={`kpi-card status-edge-${hasOwn ? (row.status ?? 'no_data') : 'none'}`} data-kpi={row.family} data-indicator={row.indicator_id}>
      <header className="kpi-head">
        <span className="kpi-family">{familyName(row, lang, indicatorName)}</span>
        {hasOwn && <StatusBadge status={row.status} />}
        {sample && <span className="sample-tag small">{t('sample')}</span>}
        <PartialTag show={hasOwn && row.is_partial} />
      </header>
      <Main onOpen={onOpen} title={t('open')}>
        <span className="kpi-name">{indicatorName}</span>
        {hasOwn ? (
          <>
            <span className="kpi-value" data-field="actual">{formatValue(row.actual, unit, lang, decimals)}</span>
            <span className="kpi-target" data-field="target">
              <TargetText kind={row.kind!} targetInput={row.target_input} targetValue={row.target_value} targetYear={row.target_year} isPath={!!row.is_path} unit={unit} decimals={decimals} />
            </span>
          </>
        ) : row.n_children ? (
          <>
            <span className="kpi-value" data-field="children">
              {row.n_children_ahead}/{row.n_children}
            </span>
            <span className="kpi-target">{t('childrenOnPace', { ok: row.n_children_ahead ?? 0, total: row.n_children })}</span>
          </>
        ) : (
          <span className="kpi-value muted">{t('noData')}</span>
        )}
      </Main>
      {hasOwn && row.kind !== 'benchmark' && (
        <>
          <PaceBar completion={row.completion} expected={row.expected} status={row.status} />
          <div className="kpi-figures">
            <span>
              {t('completion')} <b data-field="completion">{formatRatio(row.completion, lang)}</b>
            </span>
            <span>
              {t.or(`pace.${row.pace_basis ?? 'time'}`, row.pace_basis ?? 'time')} <b data-field="expected">{formatRatio(row.expected, lang)}</b>
            </span>
            <span className={`gap ${row.pace_gap != null && row.pace_gap < 0 ? 'neg' : 'pos'}`} data-field="gap">
              {formatPoints(row.pace_gap, lang)}
            </span>
          </div>
        </>
      )}
      {hasOwn && row.kind === 'benchmark' && (
        <div className="kpi-figures benchmark">
          <span>{t('ownGrowth')} <b>{formatPoints(row.own_measure, lang)}</b></span>
          <span>{t('refGrowth')} <b>{formatPoints(row.benchmark_value, lang)}</b></span>
          <span className={`gap ${row.pace_gap != null && row.pace_gap < 0 ? 'neg' : 'pos'}`} data-field="gap">
            {formatPoints(row.pace_gap, lang)}
          </span>
        </div>
      )}
      {!hasOwn && row.worst_region_id && (
        <div className="kpi-figures worst">
          <StatusBadge status={row.worst_status} compact />
          <span>
            {lang === 'en' && row.worst_name_en ? row.worst_name_en : row.worst_name_zh} {formatValue(row.worst_actual, unit, lang, decimals)} / {formatValue(row.worst_target, unit, lang, decimals)}
          </span>
        </div>
      )}
      <footer className="kpi-foot">
        {hasOwn && row.behind_since_month != null && <span className="behind-since">{t('sinceMonth', { month: lang === 'zh' ? `${row.behind_since_month}` : String(row.behind_since_month) })}</span>}
        <Provenance docNumber={row.doc_number} docTitle={row.doc_title} quote={row.quote} line={row.source_line} />
      </footer>
    </article>
  );
}

import { useMemo } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { indicatorName, regionName } from '../app/meta.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { PartialTag } from '../components/PartialTag.tsx';
import { PaceBar } from '../components/PaceBar.tsx';
import { Panel } from '../components/Panel.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TargetText } from '../components/TargetText.tsx';
import { formatMonth, formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { scorecard } from '../panels/scorecard/query.ts';
import { regionSummary } from '../panels/summary/query.ts';
import { Answered } from '../components/Answered.tsx';
import { usePanelQuery } from '../panels/usePanelQuery.ts';

export function Region() {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(scorecard, view);
  const s = usePanelQuery(regionSummary, view);
  const rows = q.data ?? [];
  const primary = rows.filter((r) => r.is_primary);
  const sum = s.data?.[0];
  const unitOf = (id: string) => meta.indicators.get(id)?.unit ?? '';
  const decOf = (id: string) => meta.indicators.get(id)?.decimals ?? null;
  const columns = useMemo<TableColumn<RowOfQuery<typeof scorecard>>[]>(
    () => [
      {
        id: 'indicator',
        header: t('indicator'),
        value: (r) => indicatorName(meta, r.indicator_id, lang),
        render: (r) => (
          <>
            {indicatorName(meta, r.indicator_id, lang)} <PartialTag show={r.is_partial || r.ref_is_partial} />
          </>
        ),
      },
      { id: 'kind', header: t('target'), value: (r) => t.or(`kind.${r.kind}`, r.kind) },
      { id: 'status', header: t('status'), value: (r) => t.or(`status.${r.status}`, r.status), render: (r) => <StatusBadge status={r.status} /> },
      { id: 'actual', header: t('actual'), value: (r) => r.actual, render: (r) => formatValue(r.actual, unitOf(r.indicator_id), lang, decOf(r.indicator_id)), align: 'right' },
      { id: 'target', header: t('target'), value: (r) => r.target_value, render: (r) => (r.kind === 'benchmark' ? '—' : formatValue(r.target_value, unitOf(r.indicator_id), lang, decOf(r.indicator_id))), align: 'right' },
      { id: 'completion', header: t('completion'), value: (r) => (r.completion == null ? null : Number((r.completion * 100).toFixed(2))), render: (r) => formatRatio(r.completion, lang), align: 'right', unit: '%' },
      { id: 'expected', header: t('timeProgress'), value: (r) => (r.expected == null ? null : Number((r.expected * 100).toFixed(2))), render: (r) => formatRatio(r.expected, lang), align: 'right', unit: '%' },
      { id: 'gap', header: t('paceGap'), value: (r) => (r.pace_gap == null ? null : Number(r.pace_gap.toFixed(2))), render: (r) => formatPoints(r.pace_gap, lang), align: 'right', unit: lang === 'zh' ? '个百分点' : 'pp' },
      { id: 'since', header: t('behindSince'), value: (r) => r.behind_since_month, render: (r) => (r.behind_since_month ? formatMonth(r.behind_since_month, lang) : ''), align: 'right' },
      { id: 'doc', header: t('docNumber'), value: (r) => r.doc_number ?? r.doc_id },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [meta, lang, t],
  );
  return (
    <div className="screen region">
      <div className="screen-toolbar">
        <h1 className="screen-title">
          {regionName(meta, view.regionId, lang)} · {t('scorecard')}
        </h1>
        {sum && (
          <div className="region-summary" data-summary>
            <StatusBadge status={sum.overall_status} />
            <span>{t('summaryCounts', { ahead: sum.n_ahead, slight: sum.n_slightly_behind, far: sum.n_far_behind })}</span>
            {sum.sibling_count > 1 && (
              <span>
                {t('rank')} {sum.sibling_rank}/{sum.sibling_count}
              </span>
            )}
          </div>
        )}
      </div>
      <Panel id="scorecard" title={t('scorecard')} loading={q.loading} error={q.error ?? s.error} sample={rows.some((r) => r.illustrative)}>
        <Answered q={q} rows={primary} empty={t('noTarget')}>
          {() => (
          <div className="tile-grid">
            {primary.map((r) => (
              <div key={r.target_id} className={`tile status-edge-${r.status}`} data-indicator={r.indicator_id}>
                <div className="tile-head">
                  <StatusBadge status={r.status} compact />
                  <button type="button" className="tile-name link" onClick={() => setView({ screen: 'indicator', indicator: r.indicator_id })}>
                    {indicatorName(meta, r.indicator_id, lang)}
                  </button>
                </div>
                <div className="tile-value">{formatValue(r.actual, unitOf(r.indicator_id), lang, decOf(r.indicator_id))}</div>
                <div className="tile-target">
                  <TargetText kind={r.kind} targetInput={r.target_input} targetValue={r.target_value} targetYear={r.target_year} isPath={r.is_path} unit={unitOf(r.indicator_id)} decimals={decOf(r.indicator_id)} refName={(lang === 'en' ? r.ref_name_en : r.ref_name_zh) ?? undefined} />
                </div>
                {r.kind !== 'benchmark' && <PaceBar completion={r.completion} expected={r.expected} status={r.status} />}
                <div className="tile-figures">
                  {r.kind !== 'benchmark' && <span>{formatRatio(r.completion, lang)}</span>}
                  <span>{formatPoints(r.pace_gap, lang)}</span>
                </div>
                <Provenance docNumber={r.doc_number} docTitle={r.doc_title} quote={r.quote} line={r.source_line} />
              </div>
            ))}
          </div>
          )}
        </Answered>
      </Panel>
      <Panel id="all-targets" title={t('allTargets')} loading={q.loading} error={q.error} className="table-panel">
        <Answered q={q} empty={t('noTarget')}>
          {() => <DataTable rows={rows} columns={columns} exportName={`${view.regionId}-${view.year}-${String(view.month).padStart(2, '0')}`} />}
        </Answered>
      </Panel>
    </div>
  );
}

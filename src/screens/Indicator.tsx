import { useMemo } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { indicatorName, regionName } from '../app/meta.ts';
import { regionBarsOption } from '../charts/regionBarsOption.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { PaceBar } from '../components/PaceBar.tsx';
import { Panel } from '../components/Panel.tsx';
import { panelTable } from '../components/panelTable.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TargetText } from '../components/TargetText.tsx';
import { TrendPanel } from '../components/TrendPanel.tsx';
import { useTheme } from '../components/Theme.tsx';
import { formatChange, formatMonth, formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { comparison, targetsOf } from '../panels/indicator/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { Answered } from '../components/Answered.tsx';
import { usePanelQuery } from '../panels/usePanelQuery.ts';

export type TargetRow = RowOfQuery<typeof targetsOf>;
type ChildRow = RowOfQuery<typeof comparison>;

function TargetsPanel({ rows, unit, decimals }: { rows: TargetRow[]; unit: string; decimals: number | null }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="target-list">
      {rows.map((r) => (
        <div key={r.target_id} className={`target-item ${r.is_primary ? 'primary' : ''}`} data-target={r.target_id}>
          <div className="target-line">
            <StatusBadge status={r.status} />
            <span className="target-kind">{t.or(`kind.${r.kind}`, r.kind)}</span>
            <TargetText kind={r.kind} targetInput={r.target_input} targetValue={r.target_value} targetYear={r.target_year} isPath={r.is_path} unit={unit} decimals={decimals} refName={(lang === 'en' ? r.ref_name_en : r.ref_name_zh) ?? undefined} />
          </div>
          {r.kind === 'benchmark' ? (
            <div className="target-figures">
              {t('ownGrowth')} {formatChange(r.own_measure, lang)} · {t('refGrowth')} {formatChange(r.benchmark_value, lang)} · {t('benchmarkGap')} <b>{formatPoints(r.pace_gap, lang)}</b>
            </div>
          ) : (
            <>
              <PaceBar completion={r.completion} expected={r.expected} status={r.status} />
              <div className="target-figures">
                {t('actual')} <b>{formatValue(r.actual, unit, lang, decimals)}</b> · {t('completion')} <b data-field="completion">{formatRatio(r.completion, lang)}</b> · {t.or(`pace.${r.pace_basis}`, r.pace_basis ?? "")} {formatRatio(r.expected, lang)} · {t('paceGap')} <b>{formatPoints(r.pace_gap, lang)}</b>
              </div>
              <div className="target-figures muted">
                {t('projection')} {formatValue(r.projection, unit, lang, decimals)} ({formatRatio(r.projected_completion, lang)}, {t.or(`method.${r.projection_method}`, r.projection_method ?? "")}
                {r.shape_years != null && r.shape_years > 1 && <>, {t('pol.shapeYears', { n: r.shape_years })}</>})
                {r.behind_since_month != null && <> · {t('behindSince')} {formatMonth(r.behind_since_month, lang)}</>}
              </div>
              {r.needed_monthly != null && (
                <div className="target-figures" data-field="year-end">
                  {t('pol.neededMonthly')} <b>{formatValue(r.needed_monthly, unit, lang, decimals)}</b>
                  {r.out_of_reach ? <span className="flag-out"> · ▼ {t('pol.outOfReach')}</span> : <span className="flag-ok"> · {t('pol.reachable')}</span>}
                </div>
              )}
            </>
          )}
          <div className="target-source">
            <div>
              <span className="prov-label">{t('targetSource')}</span> {r.doc_number ?? r.doc_id ?? '—'}
              {r.source_line && <span className="muted"> · {t('line', { n: r.source_line })}</span>}
            </div>
            {r.doc_title && <div className="muted">{r.doc_title}</div>}
            {r.quote && <blockquote>“{r.quote}”</blockquote>}
          </div>
        </div>
      ))}
    </div>
  );
}

export function Indicator() {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const ind = meta.indicators.get(view.indicatorId);
  const unit = ind?.unit ?? '';
  const decimals = ind?.decimals ?? null;
  const fv = (v: number | null) => formatValue(v, unit, lang, decimals);
  const fr = (v: number | null) => formatRatio(v, lang);

  const targets = usePanelQuery(targetsOf, view);
  const primary = targets.data?.find((r) => r.is_primary) ?? targets.data?.[0];

  const parentId = meta.regions.get(view.regionId)?.parent_id || view.regionId;
  const kids = usePanelQuery(comparison, { ...view, parentId });
  const bars = useMemo(
    () =>
      regionBarsOption(
        (kids.data ?? []).map((k) => ({ name: regionName(meta, k.region_id, lang), actual: k.actual, target: k.target_value, path: k.path_value, completion: k.completion, status: k.status })),
        { actual: t('actual'), target: t('target'), path: t('targetPath'), formatValue: fv, formatRatio: fr },
        style,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kids.data, meta, lang, unit, decimals, style, t],
  );

  const tableRows = useMemo(() => {
    const own = primary ? [{ ...primary, region_id: view.regionId }] : [];
    return [...own, ...(kids.data ?? []).filter((k) => k.region_id !== view.regionId)];
  }, [primary, kids.data, view.regionId]);
  const columns = useMemo<TableColumn<ChildRow>[]>(
    () => [
      { id: 'region', header: t('region'), value: (r) => regionName(meta, r.region_id, lang) },
      { id: 'status', header: t('status'), value: (r) => t.or(`status.${r.status}`, r.status), render: (r) => <StatusBadge status={r.status} /> },
      { id: 'actual', header: `${t('actual')} (${unit})`, value: (r) => r.actual, render: (r) => fv(r.actual), align: 'right' },
      { id: 'target', header: `${t('target')} (${unit})`, value: (r) => r.target_value, render: (r) => fv(r.target_value), align: 'right' },
      { id: 'completion', header: t('completion'), value: (r) => (r.completion == null ? null : Number((r.completion * 100).toFixed(2))), render: (r) => fr(r.completion), align: 'right', unit: '%' },
      { id: 'expected', header: t('timeProgress'), value: (r) => (r.expected == null ? null : Number((r.expected * 100).toFixed(2))), render: (r) => fr(r.expected), align: 'right', unit: '%' },
      { id: 'gap', header: t('paceGap'), value: (r) => (r.pace_gap == null ? null : Number(r.pace_gap.toFixed(2))), render: (r) => formatPoints(r.pace_gap, lang), align: 'right', unit: lang === 'zh' ? '个百分点' : 'pp' },
      { id: 'yoy', header: t('yoy'), value: (r) => (r.yoy_pct == null ? null : Number(r.yoy_pct.toFixed(2))), render: (r) => formatChange(r.yoy_pct, lang), align: 'right', unit: '%' },
      { id: 'rank', header: t('rank'), value: (r) => r.sibling_rank, align: 'right' },
      { id: 'projection', header: t('projection'), value: (r) => r.projection, render: (r) => fv(r.projection), align: 'right' },
      { id: 'since', header: t('behindSince'), value: (r) => r.behind_since_month, render: (r) => (r.behind_since_month ? formatMonth(r.behind_since_month, lang) : ''), align: 'right' },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [meta, lang, unit, decimals, t],
  );

  const barsTable = panelTable(kids.data ?? [], columns.filter((c) => ['region', 'status', 'actual', 'target', 'completion'].includes(c.id)));

  const sample = (targets.data ?? []).some((r) => r.illustrative);
  const title = `${indicatorName(meta, view.indicatorId, lang)} · ${regionName(meta, view.regionId, lang)}`;
  return (
    <div className="screen indicator">
      <div className="screen-toolbar">
        <label>
          {t('indicator')}{' '}
          <select value={view.indicatorId} onChange={(e) => setView({ indicator: e.target.value })} data-control="indicator">
            {meta.indicatorList.map((i) => (
              <option key={i.indicator_id} value={i.indicator_id}>
                {indicatorName(meta, i.indicator_id, lang)}
              </option>
            ))}
          </select>
        </label>
        <h1 className="screen-title">{title}</h1>
      </div>
      <div className="indicator-grid">
        <TrendPanel desk />
        <Panel id="targets" title={t('allTargets')} loading={targets.loading} error={targets.error} sample={sample}>
          <Answered q={targets} empty={t('noTarget')}>
            {(rows) => <TargetsPanel rows={rows} unit={unit} decimals={decimals} />}
          </Answered>
        </Panel>
        <Panel id="by-region" title={t('byRegion')} loading={kids.loading} error={kids.error} sample={(kids.data ?? []).some((k) => k.illustrative)} className="span-2" table={barsTable}>
          <Answered q={kids} empty={t('noData')}>
            {() => <EChart option={bars} label={t('byRegion')} />}
          </Answered>
        </Panel>
        <Panel id="detail" title={t('detailTable')} loading={kids.loading} error={kids.error} className="table-panel">
          <Answered q={[targets, kids]} rows={tableRows} empty={t('noData')}>
            {() => <DataTable rows={tableRows} columns={columns} exportName={`${view.indicatorId}-${view.regionId}-${view.year}-${String(view.month).padStart(2, '0')}`} rowClass={(r) => (r.region_id === view.regionId ? 'own-row' : '')} />}
          </Answered>
        </Panel>
      </div>
    </div>
  );
}

import { useMemo } from 'react';
import { childrenOf, indicatorName, regionName, unitName } from '../app/meta.ts';
import { useApp } from '../app/AppContext.tsx';
import { rankingOption } from '../charts/rankingOption.ts';
import { EChart } from '../components/EChart.tsx';
import { DepartmentRankingPanel } from '../components/DepartmentRankingPanel.tsx';
import { DigestButton } from '../components/Exports.tsx';
import { MapPanel } from '../components/MapPanel.tsx';
import { KpiCard } from '../components/KpiCard.tsx';
import { Panel } from '../components/Panel.tsx';
import { panelTable } from '../components/panelTable.ts';
import { asStatus } from '../charts/status.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useChartStyle } from '../components/useChartStyle.ts';
import { formatMonth, formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { familyKpis } from '../panels/kpis/query.ts';
import { laggingTargets } from '../panels/lagging/query.ts';
import { childProgress, rankingIndicators, unitRanking } from '../panels/ranking/query.ts';
import { treeSummary } from '../panels/summary/query.ts';
import { Answered } from '../components/Answered.tsx';
import { usePanelQuery } from '../panels/usePanelQuery.ts';

/** One line a leader reads first: how many targets are on pace, behind, far behind. */
function Headline() {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(treeSummary, view);
  const s = q.data?.[0];
  if (!s || s.n_targets === 0) return null;
  return (
    <div className="headline" data-headline>
      <span>
        {childrenOf(meta, view.regionId).length > 0
          ? t('headline', { region: regionName(meta, view.regionId, lang), regions: Math.max(0, s.n_regions - 1), n: s.n_targets })
          : t('headlineOwn', { region: regionName(meta, view.regionId, lang), n: s.n_targets })}
      </span>
      <span className="hl hl-ahead" data-count="ahead">
        <StatusBadge status="ahead" /> {s.n_ahead}
      </span>
      <span className="hl hl-slight" data-count="slightly_behind">
        <StatusBadge status="slightly_behind" /> {s.n_slightly_behind}
      </span>
      <span className="hl hl-far" data-count="far_behind">
        <StatusBadge status="far_behind" /> {s.n_far_behind}
      </span>
      {s.n_not_yet_due > 0 && (
        <span className="hl hl-due" data-count="not_yet_due">
          <StatusBadge status="not_yet_due" /> {s.n_not_yet_due}
        </span>
      )}
      {s.n_regions_far_behind > 0 && <span className="hl-note">{t('headlineFar', { n: s.n_regions_far_behind })}</span>}
    </div>
  );
}

function KpiRowPanel() {
  const { meta, view, setView } = useApp();
  const t = useT();
  const q = usePanelQuery(familyKpis, view);
  return (
    <Panel id="kpis" title={t('screen.overview')} className="kpi-panel" loading={q.loading} error={q.error}>
      <Headline />
      <Answered q={q} empty={t('noData')}>
        {(rows) => (
      <div className="kpi-grid">
        {rows.map((row) => {
          const ind = meta.indicators.get(row.indicator_id);
          return (
            <KpiCard
              key={row.family}
              row={row}
              indicatorName={indicatorName(meta, row.indicator_id, view.lang)}
              unit={ind?.unit ?? ''}
              decimals={ind?.decimals ?? null}
              onOpen={() => setView({ screen: 'indicator', indicator: row.indicator_id, region: view.regionId })}
            />
          );
        })}
      </div>
        )}
      </Answered>
    </Panel>
  );
}

function RankingPanel() {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useChartStyle();
  const indicators = usePanelQuery(rankingIndicators, view);
  const rankBy = view.rank && indicators.data?.some((r) => r.indicator_id === view.rank) ? view.rank : null;
  const overall = usePanelQuery(unitRanking, rankBy ? null : view);
  const byInd = usePanelQuery(childProgress, rankBy ? { ...view, indicatorId: rankBy } : null);
  const option = useMemo(() => {
    const fr = (v: number | null) => formatRatio(v, lang);
    if (rankBy) {
      const rows = byInd.data ?? [];
      const ind = meta.indicators.get(rankBy);
      return rankingOption(
        {
          items: rows.map((r) => ({
            name: regionName(meta, r.region_id, lang),
            value: r.completion,
            expected: r.expected,
            status: r.status,
            detail: [`${t('actual')} ${formatValue(r.actual, ind?.unit, lang, ind?.decimals)}`, `${t('target')} ${formatValue(r.target_value, ind?.unit, lang, ind?.decimals)}`, `${t('paceGap')} ${formatPoints(r.pace_gap, lang)}`],
          })),
          paceLabel: t('timeProgress'),
          formatRatio: fr,
        },
        style,
      );
    }
    const rows = overall.data ?? [];
    return rankingOption(
      {
        items: rows.map((r) => ({
          name: regionName(meta, r.region_id, lang),
          value: r.share_ahead,
          label: `${r.n_ahead}/${r.n_targets} · ${formatRatio(r.share_ahead, lang, 0)}`,
          status: r.overall_status,
          expected: null,
          detail: [t('summaryCounts', { ahead: r.n_ahead, slight: r.n_slightly_behind, far: r.n_far_behind }), `${t('meanGap')} ${formatPoints(r.mean_gap, lang)}`],
        })),
        paceLabel: '',
        formatRatio: (v) => formatRatio(v, lang, 0),
      },
      style,
    );
  }, [rankBy, byInd.data, overall.data, meta, lang, t, style]);
  const q = rankBy ? byInd : overall;
  const sample = (q.data ?? []).some((r) => r.illustrative);
  // the ranking's numbers as a sortable table (its data-table switch)
  const table = useMemo(() => {
    const name = { id: 'region', header: t('region'), value: (r: { region_id: string }) => regionName(meta, r.region_id, lang) };
    const pct = (v: number | null) => (v == null ? null : Number((v * 100).toFixed(2)));
    if (rankBy)
      return panelTable(byInd.data ?? [], [
        name,
        { id: 'rank', header: t('rank'), value: (r) => r.sibling_rank, align: 'right' },
        { id: 'completion', header: t('completion'), value: (r) => pct(r.completion), render: (r) => formatRatio(r.completion, lang), align: 'right' },
        { id: 'expected', header: t('timeProgress'), value: (r) => pct(r.expected), render: (r) => formatRatio(r.expected, lang), align: 'right' },
        { id: 'gap', header: t('paceGap'), value: (r) => r.pace_gap, render: (r) => formatPoints(r.pace_gap, lang), align: 'right' },
        { id: 'status', header: t('status'), value: (r) => t(`status.${asStatus(r.status)}`), render: (r) => <StatusBadge status={r.status} /> },
      ]);
    return panelTable(overall.data ?? [], [
      name,
      { id: 'rank', header: t('rank'), value: (r) => r.sibling_rank, align: 'right' },
      { id: 'share', header: t('targetsOnPace'), value: (r) => pct(r.share_ahead), render: (r) => `${r.n_ahead}/${r.n_targets} · ${formatRatio(r.share_ahead, lang, 0)}`, align: 'right' },
      { id: 'gap', header: t('meanGap'), value: (r) => r.mean_gap, render: (r) => formatPoints(r.mean_gap, lang), align: 'right' },
      { id: 'status', header: t('status'), value: (r) => t(`status.${asStatus(r.overall_status)}`), render: (r) => <StatusBadge status={r.overall_status} /> },
    ]);
  }, [rankBy, byInd.data, overall.data, meta, lang, t]);
  const kids = childrenOf(meta, view.regionId).length;
  return (
    <Panel
      id="ranking"
      title={t('unitRanking')}
      loading={q.loading || indicators.loading}
      error={q.error ?? indicators.error}
      sample={sample}
      table={table}
      actions={
        <select value={rankBy ?? ''} onChange={(e) => setView({ rank: e.target.value || null })} aria-label={t('unitRanking')} data-control="rank">
          <option value="">{t('composite')}</option>
          {(indicators.data ?? [])
            .map((r) => meta.indicators.get(r.indicator_id))
            .filter((i) => i !== undefined)
            .sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0))
            .map((i) => (
              <option key={i.indicator_id} value={i.indicator_id}>
                {indicatorName(meta, i.indicator_id, lang)}
              </option>
            ))}
        </select>
      }
    >
      {kids === 0 ? (
        <div className="empty">{t('noData')}</div>
      ) : (
        <Answered q={rankBy ? [indicators, byInd] : [indicators, overall]} rows={q.data as unknown[] | undefined} empty={t('noData')}>
          {() => <EChart option={option} label={t('unitRanking')} />}
        </Answered>
      )}
    </Panel>
  );
}

function LaggingPanel() {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(laggingTargets, view);
  const rows = q.data ?? [];
  return (
    <Panel id="lagging" title={q.answered || rows.length > 0 ? `${t('laggingTargets')} (${rows.length})` : t('laggingTargets')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)} actions={<DigestButton screen="overview" />}>
      <Answered q={q} empty={t('laggingNone')} ok>
        {() => (
        <ol className="lag-list">
          {rows.map((r) => {
            const ind = meta.indicators.get(r.indicator_id);
            return (
              <li key={`${r.region_id}:${r.indicator_id}`} data-region={r.region_id} data-indicator={r.indicator_id}>
                <button type="button" onClick={() => setView({ screen: 'indicator', indicator: r.indicator_id, region: r.region_id })}>
                  <StatusBadge status={r.status} compact />
                  <span className="lag-region">{unitName(meta, r, lang)}</span>
                  <span className="lag-ind">{indicatorName(meta, r.indicator_id, lang)}</span>
                  <span className="lag-figure">
                    {r.kind === 'benchmark' ? formatPoints(r.pace_gap, lang) : `${formatRatio(r.completion, lang)} / ${formatRatio(r.expected, lang)}`}
                  </span>
                  <span className="lag-gap">{formatPoints(r.pace_gap, lang)}</span>
                  <span className="lag-since">{r.behind_since_month != null ? t('sinceMonth', { month: formatMonth(r.behind_since_month, lang) }) : ''}</span>
                  <span className="lag-value">{formatValue(r.actual, ind?.unit, lang, ind?.decimals)}</span>
                </button>
              </li>
            );
          })}
        </ol>
        )}
      </Answered>
    </Panel>
  );
}

/** A region with sub-regions ranks its units; one whose targets are assigned to departments ranks those. */
function RankingSlot() {
  const { meta, view } = useApp();
  return childrenOf(meta, view.regionId).length > 0 ? <RankingPanel /> : <DepartmentRankingPanel />;
}

export function Overview() {
  return (
    <div className="screen overview">
      <KpiRowPanel />
      <div className="overview-lower with-map">
        <RankingSlot />
        <MapPanel />
        <LaggingPanel />
      </div>
    </div>
  );
}

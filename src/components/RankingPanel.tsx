/**
 * The ranking of the overview, the wall and the `ranking` embed: one module for all three, in the
 * theme it is drawn in. A region with sub-regions ranks its units, by the share of their targets on
 * pace or by one indicator's completion against pace; one whose targets are assigned to departments
 * (牵头单位) rather than to sub-regions ranks those, the same way (department_ranking, names merged
 * through the unit aliases).
 */
import { useMemo } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { childrenOf, indicatorName, regionName } from '../app/meta.ts';
import { rankingOption, type RankItem } from '../charts/rankingOption.ts';
import { asStatus } from '../charts/status.ts';
import { formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { departmentRanking } from '../panels/departments/query.ts';
import { childProgress, rankingIndicators, unitRanking } from '../panels/ranking/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Answered } from './Answered.tsx';
import { EChart } from './EChart.tsx';
import { Panel } from './Panel.tsx';
import { panelTable } from './panelTable.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useTheme } from './Theme.tsx';

/**
 * `choose`: the overview's, with a picker of the indicator to rank by (the view's `rank`) and the
 * numbers as a table. `overall` and `indicator` rank by what the page shows, without controls (the
 * wall, embeds): the share on pace, or the completion of the page's indicator.
 */
export type RankingMode = 'choose' | 'overall' | 'indicator';

export function RankingPanel({ mode }: { mode: RankingMode }) {
  const { meta, view } = useApp();
  return mode !== 'indicator' && childrenOf(meta, view.regionId).length === 0 ? <DepartmentRanking /> : <UnitRanking mode={mode} />;
}

function UnitRanking({ mode }: { mode: RankingMode }) {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const indicators = usePanelQuery(rankingIndicators, mode === 'choose' ? view : null);
  const rankBy = mode === 'indicator' ? view.indicatorId : mode === 'choose' && view.rank && indicators.data?.some((r) => r.indicator_id === view.rank) ? view.rank : null;
  const overall = usePanelQuery(unitRanking, rankBy ? null : view);
  const byInd = usePanelQuery(childProgress, rankBy ? { ...view, indicatorId: rankBy } : null);
  const option = useMemo(() => {
    let items: RankItem[];
    if (rankBy) {
      const ind = meta.indicators.get(rankBy);
      items = (byInd.data ?? []).map((r) => ({
        name: regionName(meta, r.region_id, lang),
        value: r.completion,
        expected: r.expected,
        status: r.status,
        detail: [`${t('actual')} ${formatValue(r.actual, ind?.unit, lang, ind?.decimals)}`, `${t('target')} ${formatValue(r.target_value, ind?.unit, lang, ind?.decimals)}`, `${t('paceGap')} ${formatPoints(r.pace_gap, lang)}`],
      }));
    } else {
      items = (overall.data ?? []).map((r) => ({
        name: regionName(meta, r.region_id, lang),
        value: r.share_ahead,
        label: `${r.n_ahead}/${r.n_targets} · ${formatRatio(r.share_ahead, lang, 0)}`,
        status: r.overall_status,
        expected: null,
        detail: [t('summaryCounts', { ahead: r.n_ahead, slight: r.n_slightly_behind, far: r.n_far_behind }), `${t('meanGap')} ${formatPoints(r.mean_gap, lang)}`],
      }));
    }
    // completion to one decimal as everywhere; a share of targets in whole percent
    return rankingOption({ items, paceLabel: rankBy ? t('timeProgress') : '', formatRatio: rankBy ? (v) => formatRatio(v, lang) : (v) => formatRatio(v, lang, 0) }, style);
  }, [rankBy, byInd.data, overall.data, meta, lang, t, style]);
  const q = rankBy ? byInd : overall;
  // the ranking's numbers as a sortable table (its data-table switch)
  const table = useMemo(() => {
    if (mode !== 'choose') return undefined;
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
  }, [mode, rankBy, byInd.data, overall.data, meta, lang, t]);
  const title = mode === 'choose' ? t('unitRanking') : rankBy ? `${t('unitRanking')} · ${indicatorName(meta, rankBy, lang)}` : `${t('unitRanking')} · ${t('wallOnPaceShare')}`;
  const picker =
    mode === 'choose' ? (
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
    ) : undefined;
  const asked = mode === 'choose' ? [indicators, q] : [q];
  return (
    <Panel id="ranking" title={title} loading={asked.some((a) => a.loading)} error={asked.find((a) => a.error)?.error} sample={(q.data ?? []).some((r) => r.illustrative)} table={table} actions={picker}>
      {childrenOf(meta, view.regionId).length === 0 ? (
        <div className="empty">{t('noData')}</div>
      ) : (
        <Answered q={asked} rows={q.data as unknown[] | undefined} empty={t('noData')}>
          {() => <EChart option={option} label={title} />}
        </Answered>
      )}
    </Panel>
  );
}

function DepartmentRanking() {
  const { view } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const q = usePanelQuery(departmentRanking, view);
  const option = useMemo(
    () =>
      rankingOption(
        {
          items: (q.data ?? []).map((r) => ({
            name: r.department,
            value: r.share_on_pace,
            label: r.n_judged > 0 ? `${r.n_ahead}/${r.n_judged} · ${formatRatio(r.share_on_pace, lang, 0)}` : t.or(`status.${r.status}`, r.status),
            status: r.status,
            expected: null,
            detail: [t('summaryCounts', { ahead: r.n_ahead, slight: r.n_slightly_behind, far: r.n_far_behind }), `${t('meanGap')} ${formatPoints(r.mean_gap, lang)}`],
          })),
          paceLabel: '',
          formatRatio: (v) => formatRatio(v, lang, 0),
        },
        style,
      ),
    [q.data, lang, t, style],
  );
  const rows = q.data ?? [];
  return (
    <Panel id="ranking" title={t('departmentRanking')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)}>
      <Answered q={q} empty={t('noData')}>
        {() => <EChart option={option} label={t('departmentRanking')} />}
      </Answered>
    </Panel>
  );
}

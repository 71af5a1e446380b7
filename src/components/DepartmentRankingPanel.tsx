/**
 * Where a region's targets are assigned to departments (牵头单位) rather than to sub-regions, the
 * overview ranks the departments the way it ranks units: the same ranking chart, by the share of
 * their targets on pace (department_ranking, names merged through the unit aliases).
 */
import { useMemo } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { rankingOption } from '../charts/rankingOption.ts';
import { wallRanking, WALL_STYLE } from '../charts/wallTheme.ts';
import { formatPoints, formatRatio } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { departmentRanking } from '../panels/departments/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Answered } from './Answered.tsx';
import { ChartBox } from './ChartBox.tsx';
import { useDark } from './dark.ts';
import { EChart } from './EChart.tsx';
import { Panel } from './Panel.tsx';
import { useChartStyle } from './useChartStyle.ts';

export function DepartmentRankingPanel() {
  const { view } = useApp();
  const t = useT();
  const lang = useLang();
  // on the wall: the wall's type size and colours, drawn as the wall's other charts are
  const dark = useDark();
  const deskStyle = useChartStyle();
  const style = dark ? WALL_STYLE : deskStyle;
  const q = usePanelQuery(departmentRanking, view);
  const option = useMemo(
    () => {
      const opt = rankingOption(
        {
          items: (q.data ?? []).map((r) => {
            return {
              name: r.department,
              value: r.share_on_pace,
              label: r.n_judged > 0 ? `${r.n_ahead}/${r.n_judged} · ${formatRatio(r.share_on_pace, lang, 0)}` : t.or(`status.${r.status}`, r.status),
              status: r.status,
              expected: null,
              detail: [t('summaryCounts', { ahead: r.n_ahead, slight: r.n_slightly_behind, far: r.n_far_behind }), `${t('meanGap')} ${formatPoints(r.mean_gap, lang)}`],
            };
          }),
          paceLabel: '',
          formatRatio: (v) => formatRatio(v, lang, 0),
        },
        style,
      );
      return dark ? wallRanking(opt, style, true) : opt;
    },
    [q.data, lang, t, style, dark],
  );
  const rows = q.data ?? [];
  return (
    <Panel id="ranking" title={t('departmentRanking')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)}>
      <Answered q={q} empty={t('noData')}>
        {() => (dark ? <ChartBox option={option} renderer="svg" label={t('departmentRanking')} /> : <EChart option={option} label={t('departmentRanking')} />)}
      </Answered>
    </Panel>
  );
}

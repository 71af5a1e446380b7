/**
 * A region's headline targets as cards: the overview's first panel, the wall's left column and the
 * `kpis` embed, in the theme they are drawn in. On the overview a card opens its indicator and a
 * line above the cards counts the targets on pace; the wall has its own header for that.
 */
import { useApp } from '../app/AppContext.tsx';
import { childrenOf, indicatorName, regionName } from '../app/meta.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { familyKpis } from '../panels/kpis/query.ts';
import { treeSummary } from '../panels/summary/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Answered } from './Answered.tsx';
import { KpiCard } from './KpiCard.tsx';
import { Panel } from './Panel.tsx';
import { StatusBadge } from './StatusBadge.tsx';

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

/** `desk`: the overview's (headline, cards that open their indicator); otherwise the wall's and embeds'. */
export function KpiPanel({ desk }: { desk: boolean }) {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(familyKpis, view);
  const rows = q.data ?? [];
  const title = desk ? t('screen.overview') : `${t('wallHeadline')} · ${regionName(meta, view.regionId, lang)}`;
  return (
    <Panel id="kpis" title={title} className={desk ? 'kpi-panel' : 'kpi-column'} loading={q.loading} error={q.error} sample={rows.some((r) => (r.kind !== null ? r.illustrative : r.children_illustrative))}>
      {desk && <Headline />}
      <Answered q={q} empty={t('noData')}>
        {(answered) => (
          <div className="kpi-grid">
            {answered.map((row) => {
              const ind = meta.indicators.get(row.indicator_id);
              return (
                <KpiCard
                  key={row.family}
                  row={row}
                  indicatorName={indicatorName(meta, row.indicator_id, lang)}
                  unit={ind?.unit ?? ''}
                  decimals={ind?.decimals ?? null}
                  onOpen={desk ? () => setView({ screen: 'indicator', indicator: row.indicator_id, region: view.regionId }) : undefined}
                />
              );
            })}
          </div>
        )}
      </Answered>
    </Panel>
  );
}

/**
 * The panels only the display wall and the embeds show: one indicator large (the indicator page's
 * head and the `kpi` embed) and the units' summary table. The headline cards, the ranking, the map,
 * the lagging list and the trend are the desk's own panels, drawn in the wall's theme. Numbers
 * come from the same panel queries as the desk's.
 */
import { useApp } from '../../app/AppContext.tsx';
import { indicatorName, regionName } from '../../app/meta.ts';
import { Answered, Waiting } from '../../components/Answered.tsx';
import { PaceBar } from '../../components/PaceBar.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TargetText } from '../../components/TargetText.tsx';
import { formatPoints, formatRatio, formatValue } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { targetsOf } from '../../panels/indicator/query.ts';
import { childProgress, unitRanking } from '../../panels/ranking/query.ts';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

/** One indicator at one region, large: the indicator page's head and the `kpi` embed. */
export function WallCard() {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(targetsOf, view);
  const kids = usePanelQuery(childProgress, view);
  const r = (q.data ?? []).find((x) => x.is_primary) ?? null;
  const ind = meta.indicators.get(view.indicatorId);
  const k = kids.data ?? [];
  return (
    <Panel id="card" title={`${indicatorName(meta, view.indicatorId, lang)} · ${regionName(meta, view.regionId, lang)}`} loading={q.loading} error={q.error ?? kids.error} sample={!!r?.illustrative}>
      <div className="wall-card" data-indicator={view.indicatorId} data-region={view.regionId}>
        {r ? (
          <>
            <StatusBadge status={r.status} />
            <div className="wall-card-value" data-field="actual">{formatValue(r.actual, ind?.unit, lang, ind?.decimals)}</div>
            <div className="wall-card-target" data-field="target">
              <TargetText kind={r.kind} targetInput={r.target_input} targetValue={r.target_value} targetYear={r.target_year} isPath={!!r.is_path} unit={ind?.unit ?? ''} decimals={ind?.decimals ?? null} />
            </div>
            {r.kind !== 'benchmark' ? (
              <>
                <div className="wall-card-completion">
                  <span>{t('completion')}</span> <b data-field="completion">{formatRatio(r.completion, lang)}</b>
                </div>
                <PaceBar completion={r.completion} expected={r.expected} status={r.status} />
                <div className="wall-card-sub">
                  {t.or(`pace.${r.pace_basis ?? 'time'}`, r.pace_basis ?? 'time')} {formatRatio(r.expected, lang)} · {t('paceGap')} <b data-field="gap">{formatPoints(r.pace_gap, lang)}</b>
                </div>
              </>
            ) : (
              <div className="wall-card-completion">
                <span>{t('benchmarkGap')}</span> <b data-field="gap">{formatPoints(r.pace_gap, lang)}</b>
              </div>
            )}
          </>
        ) : q.answered ? (
          <div className="wall-card-value muted">{t('noTarget')}</div>
        ) : (
          <Waiting />
        )}
        {k.length > 0 && (
          <div className="wall-card-children" data-field="children">
            {t('wallChildren', { ok: k.filter((c) => c.status === 'ahead').length, total: k.length })}
          </div>
        )}
      </div>
    </Panel>
  );
}

export function WallSummary({ maxRows }: { maxRows: number }) {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(unitRanking, view);
  const all = q.data ?? [];
  const rows = all.length > maxRows ? all.slice(0, maxRows - 1) : all;
  return (
    <Panel id="summary" title={t('wallSummary')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)}>
      <Answered q={q} empty={t('noData')}>
        {() => (
        <table className="wall-summary">
          <thead>
            <tr>
              <th>{t('units')}</th>
              <th className="num">▲</th>
              <th className="num">◆</th>
              <th className="num">▼</th>
              <th className="num">{t('wallOnPaceShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.region_id} data-region={r.region_id}>
                <td>
                  <StatusBadge status={r.overall_status} compact /> {regionName(meta, r.region_id, lang)}
                </td>
                <td className="num">{r.n_ahead}</td>
                <td className="num">{r.n_slightly_behind}</td>
                <td className="num">{r.n_far_behind}</td>
                <td className="num" data-field="share">{formatRatio(r.share_ahead, lang, 0)}</td>
              </tr>
            ))}
            {rows.length < all.length && (
              <tr className="lag-more">
                <td colSpan={5}>{t('wallMore', { n: all.length - rows.length })}</td>
              </tr>
            )}
          </tbody>
        </table>
        )}
      </Answered>
    </Panel>
  );
}

/**
 * The panels of the display wall and of the embeds. Dark or light by DarkContext; charts through
 * ChartBox (SVG on the wall). Numbers come from the same views and SQL as the overview.
 */
import { useMemo } from 'react';
import { useApp } from '../../app/AppContext.tsx';
import { childrenOf, indicatorName, regionName, unitName } from '../../app/meta.ts';
import { LIGHT_STYLE } from '../../charts/chartStyle.ts';
import { cumulativeOption } from '../../charts/cumulativeOption.ts';
import { rankingOption } from '../../charts/rankingOption.ts';
import { asStatus, STATUS_COLOR, STATUS_ICON } from '../../charts/status.ts';
import { ChartBox } from '../../components/ChartBox.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TargetText } from '../../components/TargetText.tsx';
import { targetMonths, seriesMonths, targetsOf } from '../../panels/indicator/query.ts';
import { familyName } from '../../panels/kpis/familyName.ts';
import { familyKpis } from '../../panels/kpis/query.ts';
import { laggingTargets } from '../../panels/lagging/query.ts';
import { childProgress, unitRanking } from '../../panels/ranking/query.ts';
import { Answered, Waiting } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { formatPoints, formatRatio, formatValue } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { cumulativeLabels } from '../cumulativeLabels.ts';
import { useDark } from '../../components/dark.ts';
import { DARK_RECOLOR, recolor, wallRanking, WALL_STATUS_COLOR, WALL_STYLE } from '../../charts/wallTheme.ts';

function useStyle() {
  const dark = useDark();
  return { dark, style: dark ? WALL_STYLE : { ...LIGHT_STYLE, fontSize: 14 }, colors: dark ? WALL_STATUS_COLOR : STATUS_COLOR };
}

function Status({ status }: { status: unknown }) {
  const { colors } = useStyle();
  const t = useT();
  const s = asStatus(status);
  return (
    <span className="wall-status" data-status={s} style={{ color: colors[s] }}>
      <span aria-hidden="true">{STATUS_ICON[s]}</span> {t(`status.${s}`)}
    </span>
  );
}

/** Completion against the pace marker, in the theme's status colours; the pace value is written beside it. */
function WallPace({ completion, expected, status }: { completion: number | null; expected: number | null; status: unknown }) {
  const { colors } = useStyle();
  const t = useT();
  const scale = (v: number) => `${(Math.max(0, Math.min(1.2, v)) / 1.2) * 100}%`;
  return (
    <div className="wall-pace" role="meter" aria-valuenow={completion ?? undefined} aria-label={t('completion')}>
      <div className="wall-pace-fill" style={{ width: scale(completion ?? 0), background: colors[asStatus(status)] }} />
      <div className="wall-pace-full" style={{ left: scale(1) }} />
      {expected != null && <div className="wall-pace-marker" style={{ left: scale(expected) }} />}
    </div>
  );
}

/** The headline targets of a region: big numbers, completion against pace. */
export function WallKpis() {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(familyKpis, view);
  const rows = q.data ?? [];
  return (
    <Panel id="kpis" title={`${t('wallHeadline')} · ${regionName(meta, view.regionId, lang)}`} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative || r.children_illustrative)}>
      <Answered q={q} empty={t('noData')}>
        {() => (
      <div className="wall-kpis">
        {rows.map((r) => {
          const ind = meta.indicators.get(r.indicator_id);
          const own = r.kind !== null;
          return (
            <article key={r.family} className={`wall-kpi status-edge-${own ? asStatus(r.status) : 'none'}`} data-kpi={r.family} data-indicator={r.indicator_id}>
              <header>
                <span className="wall-kpi-family">{familyName(r, lang, indicatorName(meta, r.indicator_id, lang))}</span>
                {own && <Status status={r.status} />}
              </header>
              <div className="wall-kpi-name">{indicatorName(meta, r.indicator_id, lang)}</div>
              {own ? (
                <div className="wall-kpi-line">
                  <span className="wall-kpi-value" data-field="actual">{formatValue(r.actual, ind?.unit, lang, ind?.decimals)}</span>
                  {r.kind !== 'benchmark' ? (
                    <span className="wall-kpi-completion" data-field="completion">{formatRatio(r.completion, lang)}</span>
                  ) : (
                    <span className="wall-kpi-completion" data-field="gap">{formatPoints(r.pace_gap, lang)}</span>
                  )}
                </div>
              ) : (
                <div className="wall-kpi-line">
                  <span className="wall-kpi-value" data-field="children">
                    {r.n_children_ahead ?? 0}/{r.n_children ?? 0}
                  </span>
                  <span className="wall-kpi-sub">{r.n_children ? t('childrenOnPace', { ok: r.n_children_ahead ?? 0, total: r.n_children }) : t('noData')}</span>
                </div>
              )}
              {own && r.kind !== 'benchmark' && (
                <div className="wall-kpi-pace">
                  <WallPace completion={r.completion} expected={r.expected} status={r.status} />
                  <span className="wall-kpi-sub">
                    {t.or(`pace.${r.pace_basis ?? 'time'}`, r.pace_basis ?? 'time')} {formatRatio(r.expected, lang)} · <b data-field="gap">{formatPoints(r.pace_gap, lang)}</b>
                  </span>
                </div>
              )}
            </article>
          );
        })}
      </div>
        )}
      </Answered>
    </Panel>
  );
}

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
            <Status status={r.status} />
            <div className="wall-card-value" data-field="actual">{formatValue(r.actual, ind?.unit, lang, ind?.decimals)}</div>
            <div className="wall-card-target" data-field="target">
              <TargetText kind={r.kind} targetInput={r.target_input} targetValue={r.target_value} targetYear={r.target_year} isPath={!!r.is_path} unit={ind?.unit ?? ''} decimals={ind?.decimals ?? null} />
            </div>
            {r.kind !== 'benchmark' ? (
              <>
                <div className="wall-card-completion">
                  <span>{t('completion')}</span> <b data-field="completion">{formatRatio(r.completion, lang)}</b>
                </div>
                <WallPace completion={r.completion} expected={r.expected} status={r.status} />
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

/** Units ranked: by completion of the indicator on its page, by share of targets on pace otherwise. */
export function WallRanking({ byIndicator }: { byIndicator: boolean }) {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const { dark, style } = useStyle();
  const overall = usePanelQuery(unitRanking, byIndicator ? null : view);
  const byInd = usePanelQuery(childProgress, byIndicator ? view : null);
  const q = byIndicator ? byInd : overall;
  const option = useMemo(() => {
    const ind = meta.indicators.get(view.indicatorId);
    const opt = byIndicator
      ? rankingOption(
          {
            items: (byInd.data ?? []).map((r) => ({
              name: regionName(meta, r.region_id, lang),
              value: r.completion,
              expected: r.expected,
              status: r.status,
              detail: [`${t('actual')} ${formatValue(r.actual, ind?.unit, lang, ind?.decimals)}`, `${t('paceGap')} ${formatPoints(r.pace_gap, lang)}`],
            })),
            paceLabel: t('timeProgress'),
            formatRatio: (v) => formatRatio(v, lang),
          },
          style,
        )
      : rankingOption(
          {
            items: (overall.data ?? []).map((r) => ({
              name: regionName(meta, r.region_id, lang),
              value: r.share_ahead,
              expected: null,
              status: r.overall_status,
              detail: [t('summaryCounts', { ahead: r.n_ahead, slight: r.n_slightly_behind, far: r.n_far_behind })],
            })),
            paceLabel: '',
            formatRatio: (v) => formatRatio(v, lang, 0),
          },
          style,
        );
    return wallRanking(opt, style, dark);
  }, [byIndicator, byInd.data, overall.data, meta, lang, t, style, dark, view.indicatorId]);
  const title = byIndicator ? `${t('unitRanking')} · ${indicatorName(meta, view.indicatorId, lang)}` : `${t('unitRanking')} · ${t('wallOnPaceShare')}`;
  const kidless = childrenOf(meta, view.regionId).length === 0;
  return (
    <Panel id="ranking" title={title} loading={q.loading} error={q.error} sample={(q.data ?? []).some((r) => r.illustrative)}>
      {kidless ? (
        <div className="empty">{t('noData')}</div>
      ) : (
        <Answered q={[q]} rows={q.data as unknown[] | undefined} empty={t('noData')}>
          {() => <ChartBox option={option} renderer={dark ? 'svg' : 'canvas'} label={title} />}
        </Answered>
      )}
    </Panel>
  );
}

export function WallLagging({ maxRows }: { maxRows: number }) {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(laggingTargets, view);
  const rows = q.data ?? [];
  const shown = rows.length > maxRows ? rows.slice(0, maxRows - 1) : rows;
  return (
    <Panel id="lagging" title={q.answered || rows.length > 0 ? `${t('laggingTargets')} (${rows.length})` : t('laggingTargets')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)}>
      <Answered q={q} empty={t('laggingNone')} ok>
        {() => (
        <ol className="wall-lag">
          {shown.map((r) => (
            <li key={`${r.region_id}:${r.indicator_id}`} data-region={r.region_id} data-indicator={r.indicator_id}>
              <StatusBadge status={r.status} compact />
              <span className="wall-lag-region">{unitName(meta, r, lang)}</span>
              <span className="wall-lag-ind">{indicatorName(meta, r.indicator_id, lang)}</span>
              <span className="wall-lag-gap">{formatPoints(r.pace_gap, lang)}</span>
            </li>
          ))}
          {shown.length < rows.length && <li className="wall-lag-more">{t('wallMore', { n: rows.length - shown.length })}</li>}
        </ol>
        )}
      </Answered>
    </Panel>
  );
}

export function WallTrend() {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const { dark, style } = useStyle();
  const targets = usePanelQuery(targetsOf, view);
  const primary = targets.data?.find((r) => r.is_primary) ?? null;
  const ofTarget = usePanelQuery(targetMonths, targets.data && primary ? { targetId: primary.target_id, year: view.year } : null);
  const ofSeries = usePanelQuery(seriesMonths, targets.data && !primary ? view : null);
  const monthly = primary ? ofTarget : ofSeries;
  const ind = meta.indicators.get(view.indicatorId);
  // a target reached by adding up the year has a cumulative path (queries/31_target_progress.sql)
  const cumulative = !!primary?.is_cumulative_target;
  const option = useMemo(() => {
    const opt = cumulativeOption(
      { points: (monthly.data ?? []).map((p) => (p.month <= view.month ? p : { ...p, actual: null, completion: null })), targetValue: primary?.target_value ?? null, cumulative },
      cumulativeLabels(t, lang, (v) => formatValue(v, ind?.unit, lang, ind?.decimals), (v) => formatRatio(v, lang)),
      style,
    );
    return dark ? recolor(opt, DARK_RECOLOR) : opt;
  }, [monthly.data, primary?.target_value, cumulative, view.month, lang, t, style, dark, ind]);
  const title = `${t('cumulativeVsPath')} · ${indicatorName(meta, view.indicatorId, lang)}`;
  return (
    <Panel id="trend" title={title} loading={targets.loading || monthly.loading} error={targets.error ?? monthly.error} sample={(monthly.data ?? []).some((p) => p.illustrative)}>
      <Answered q={[targets, monthly]} rows={monthly.data} empty={t('noData')}>
        {() => <ChartBox option={option} renderer={dark ? 'svg' : 'canvas'} label={title} />}
      </Answered>
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
              <tr className="wall-lag-more">
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

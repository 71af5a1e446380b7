/**
 * The targets behind pace, worst first: the overview's list (each line opens its indicator, the
 * work-group message beside it), the wall's and the `lagging` embed's (a fixed number of lines and
 * how many more). Each names its unit or, for a region's own targets, its lead department.
 */
import { useApp } from '../app/AppContext.tsx';
import { indicatorName, unitName } from '../app/meta.ts';
import { formatMonth, formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { laggingTargets } from '../panels/lagging/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Answered } from './Answered.tsx';
import { DigestButton } from './Exports.tsx';
import { Panel } from './Panel.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** `maxRows`: the wall's and embeds' list, as many lines as fit; without it the overview's, all of them. */
export function LaggingPanel({ maxRows }: { maxRows?: number }) {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(laggingTargets, view);
  const rows = q.data ?? [];
  const desk = maxRows === undefined;
  const shown = !desk && rows.length > maxRows ? rows.slice(0, maxRows - 1) : rows;
  return (
    <Panel
      id="lagging"
      title={q.answered || rows.length > 0 ? `${t('laggingTargets')} (${rows.length})` : t('laggingTargets')}
      loading={q.loading}
      error={q.error}
      sample={rows.some((r) => r.illustrative)}
      actions={desk ? <DigestButton screen="overview" /> : undefined}
    >
      <Answered q={q} empty={t('laggingNone')} ok>
        {() => (
          <ol className={desk ? 'lag-list' : 'lag-list lag-fixed'}>
            {shown.map((r) => {
              const ind = meta.indicators.get(r.indicator_id);
              const line = (
                <>
                  <StatusBadge status={r.status} compact />
                  <span className="lag-region">{unitName(meta, r, lang)}</span>
                  <span className="lag-ind">{indicatorName(meta, r.indicator_id, lang)}</span>
                  <span className="lag-figure">{r.kind === 'benchmark' ? formatPoints(r.pace_gap, lang) : `${formatRatio(r.completion, lang)} / ${formatRatio(r.expected, lang)}`}</span>
                  <span className="lag-gap">{formatPoints(r.pace_gap, lang)}</span>
                  <span className="lag-since">{r.behind_since_month != null ? t('sinceMonth', { month: formatMonth(r.behind_since_month, lang) }) : ''}</span>
                  <span className="lag-value">{formatValue(r.actual, ind?.unit, lang, ind?.decimals)}</span>
                </>
              );
              return (
                <li key={`${r.region_id}:${r.indicator_id}`} data-region={r.region_id} data-indicator={r.indicator_id}>
                  {desk ? (
                    <button type="button" className="lag-line" onClick={() => setView({ screen: 'indicator', indicator: r.indicator_id, region: r.region_id })}>
                      {line}
                    </button>
                  ) : (
                    <div className="lag-line">{line}</div>
                  )}
                </li>
              );
            })}
            {shown.length < rows.length && <li className="lag-more">{t('wallMore', { n: rows.length - shown.length })}</li>}
          </ol>
        )}
      </Answered>
    </Panel>
  );
}

/**
 * One indicator at one region month by month: the actual against the target's path (cumulative when
 * the target adds up the year, queries/31_target_progress.sql), last year, completion against pace,
 * and (on the desk) the documents issued this year as markers. The indicator screen's chart, the
 * wall's trend and the `trend` embed, in the theme they are drawn in.
 */
import { useMemo } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { indicatorName } from '../app/meta.ts';
import { cumulativeOption, type CumulativeLabels } from '../charts/cumulativeOption.ts';
import { formatDate, formatMonth, formatRatio, formatValue, shortDocNumber } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { policyEvents, seriesMonths, targetMonths, targetsOf } from '../panels/indicator/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { Answered } from './Answered.tsx';
import { EChart } from './EChart.tsx';
import { Panel } from './Panel.tsx';
import { panelTable } from './panelTable.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useTheme } from './Theme.tsx';

function cumulativeLabels(t: (k: StringKey) => string, lang: Lang, formatValue: (v: number | null) => string, formatRatio: (v: number | null) => string): CumulativeLabels {
  return {
    actual: t('actual'),
    lastYear: t('lastYear'),
    targetPath: t('targetPath'),
    annualTarget: t('annualTarget'),
    completion: t('completion'),
    timeProgress: t('timeProgress'),
    monthName: (m) => formatMonth(m, lang),
    formatValue,
    formatRatio,
  };
}

/** `desk`: the indicator screen's, with the documents named beside the title and the numbers as a table. */
export function TrendPanel({ desk }: { desk: boolean }) {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const ind = meta.indicators.get(view.indicatorId);
  const unit = ind?.unit ?? '';
  const decimals = ind?.decimals ?? null;
  const targets = usePanelQuery(targetsOf, view);
  const primary = targets.data?.find((r) => r.is_primary) ?? targets.data?.[0];
  const ofTarget = usePanelQuery(targetMonths, primary ? { targetId: primary.target_id, year: view.year } : null);
  // the series is asked for while the targets are on their way (the first render has no primary yet)
  const ofSeries = usePanelQuery(seriesMonths, primary ? null : view);
  const monthly = primary ? ofTarget : ofSeries;
  const cumulative = !!primary?.is_cumulative_target;
  // the documents issued this year, on the desk's chart: the wall's is too small to name them
  const events = usePanelQuery(policyEvents, desk ? view : null);
  const option = useMemo(() => {
    const fv = (v: number | null) => formatValue(v, unit, lang, decimals);
    return cumulativeOption(
      // months after the chosen one keep their path but not their actuals
      {
        points: (monthly.data ?? []).map((p) => (p.month <= view.month ? p : { ...p, actual: null, completion: null })),
        targetValue: primary?.target_value ?? null,
        cumulative,
        events: (events.data ?? []).map((e) => ({ month: e.month, label: `${shortDocNumber(e.doc_number ?? e.doc_id)} ${t('pol.issued')}` })),
      },
      cumulativeLabels(t, lang, fv, (v) => formatRatio(v, lang)),
      style,
    );
  }, [monthly.data, primary?.target_value, cumulative, view.month, lang, unit, decimals, style, t, events.data]);
  // the numbers behind the chart, for its data-table switch
  const table = useMemo(() => {
    if (!desk) return undefined;
    const fv = (v: number | null) => formatValue(v, unit, lang, decimals);
    return panelTable(
      (monthly.data ?? []).filter((p) => p.month <= view.month),
      [
        { id: 'month', header: t('month'), value: (p) => p.month, render: (p) => formatMonth(p.month, lang) },
        { id: 'actual', header: `${t('actual')} (${unit})`, value: (p) => p.actual, render: (p) => fv(p.actual), align: 'right' },
        { id: 'path', header: `${t('targetPath')} (${unit})`, value: (p) => p.path_value, render: (p) => fv(p.path_value), align: 'right' },
        { id: 'prev', header: `${t('lastYear')} (${unit})`, value: (p) => p.actual_prev_year, render: (p) => fv(p.actual_prev_year), align: 'right' },
        { id: 'completion', header: t('completion'), value: (p) => p.completion, render: (p) => formatRatio(p.completion, lang), align: 'right' },
        { id: 'status', header: t('status'), value: (p) => (p.status ? t.or(`status.${p.status}`, p.status) : null), render: (p) => (p.status ? <StatusBadge status={p.status} /> : '—') },
      ],
    );
  }, [desk, monthly.data, view.month, lang, unit, decimals, t]);
  const sample = (targets.data ?? []).some((r) => r.illustrative) || (monthly.data ?? []).some((r) => r.illustrative);
  const title = desk ? t('cumulativeVsPath') : `${t('cumulativeVsPath')} · ${indicatorName(meta, view.indicatorId, lang)}`;
  const documents = desk
    ? (events.data ?? []).map((e) => (
        <span key={e.doc_id} className="event-tag" data-event={e.doc_id} title={e.doc_number ?? e.doc_id}>
          ▍{shortDocNumber(e.doc_number ?? e.doc_id)} {t('pol.issued')} {formatDate(e.issued_on, lang)}
        </span>
      ))
    : undefined;
  return (
    <Panel id={desk ? 'cumulative' : 'trend'} title={title} loading={targets.loading || monthly.loading} error={targets.error ?? monthly.error} sample={sample} className={desk ? 'span-2' : undefined} table={table} actions={documents}>
      <Answered q={[targets, monthly]} rows={monthly.data} empty={t('noData')}>
        {() => <EChart option={option} label={title} />}
      </Answered>
    </Panel>
  );
}

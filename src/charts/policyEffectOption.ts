/**
 * Before and after a policy: the covered region's monthly growth (or rate) against the control
 * group's, with the issue month marked and the two windows shaded.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';

export interface EffectPoint {
  label: string;
  /** 'before', 'event' (the issue month) or 'after', as queries/53_policy_effect.sql names them */
  phase: string;
  treated: number | null;
  control: number | null;
}

export interface EffectLabels {
  treated: string;
  control: string;
  before: string;
  after: string;
  event: string;
  formatValue: (v: number | null) => string;
}

export const TREATED_COLOR = '#1d5a96';
export const CONTROL_COLOR = '#8a94a6';
export const EVENT_COLOR = '#c0392b';

export function policyEffectOption(points: EffectPoint[], labels: EffectLabels, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  const x = points.map((p) => p.label);
  const first = (phase: EffectPoint['phase']) => points.find((p) => p.phase === phase)?.label;
  const last = (phase: EffectPoint['phase']) => [...points].reverse().find((p) => p.phase === phase)?.label;
  const event = first('event');
  const hasControl = points.some((p) => p.control != null);
  const areas = (
    [
      ['before', labels.before],
      ['after', labels.after],
    ] as const
  )
    .filter(([ph]) => first(ph))
    .map(([ph, name]) => [
      { xAxis: first(ph), name, itemStyle: { color: ph === 'before' ? 'rgba(138,148,166,0.08)' : 'rgba(29,90,150,0.08)' }, label: { fontSize: fs * 0.75, color: style.muted, position: 'insideTop' } },
      { xAxis: last(ph) },
    ]);
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    // on a phone the two legend entries (with their regions' names) take two lines: below the plot,
    // where they cannot run into the issue date written above the red line
    legend: { ...(style.narrow ? { bottom: 0 } : { top: 0 }), textStyle: { fontSize: fs * 0.85, color: style.text }, itemWidth: fs * 1.4, itemHeight: fs * 0.7 },
    grid: { left: fs * 0.5, right: fs * 1.5, top: style.narrow ? fs * 2 : fs * 3.4, bottom: style.narrow ? fs * 3.6 : fs * 0.3, containLabel: true },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: fs * 0.85 },
      formatter: (params: { seriesName: string; value: number | null; marker: string; dataIndex: number }[]) => {
        const p = points[params[0]?.dataIndex ?? 0];
        const lines = params.filter((q) => q.value != null).map((q) => `${q.marker}${escapeHtml(q.seriesName)}: ${escapeHtml(labels.formatValue(q.value))}`);
        return [escapeHtml(p?.label ?? ''), ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: x, axisLabel: { fontSize: fs * 0.75, color: style.muted }, axisLine: { lineStyle: { color: style.grid } } },
    // a phone's short plot has room for about four labels a font apart
    yAxis: { type: 'value', scale: true, ...(style.narrow ? { splitNumber: 3 } : {}), axisLabel: { fontSize: fs * 0.75, color: style.muted, formatter: (v: number) => labels.formatValue(v) }, splitLine: { lineStyle: { color: style.grid } } },
    series: [
      {
        name: labels.treated,
        type: 'line',
        data: points.map((p) => p.treated),
        symbol: 'circle',
        symbolSize: fs * 0.45,
        lineStyle: { width: 2.5, color: TREATED_COLOR },
        itemStyle: { color: TREATED_COLOR },
        markArea: { silent: true, data: areas },
        ...(event
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: EVENT_COLOR, type: 'solid', width: 2 },
                label: { formatter: escapeRichText(labels.event), fontSize: fs * 0.75, color: EVENT_COLOR, position: 'end' },
                data: [{ xAxis: event }],
              },
            }
          : {}),
      },
      ...(hasControl
        ? [
            {
              name: labels.control,
              type: 'line',
              data: points.map((p) => p.control),
              symbol: 'emptyCircle',
              symbolSize: fs * 0.4,
              lineStyle: { width: 2, color: CONTROL_COLOR, type: 'dashed' },
              itemStyle: { color: CONTROL_COLOR },
            },
          ]
        : []),
    ],
  };
}

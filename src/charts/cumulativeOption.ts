/** Year to date by month against the target path, with time progress and completion on a second axis. */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';
import { asStatus } from './status.ts';

export interface MonthPoint {
  month: number;
  actual: number | null;
  actual_prev_year: number | null;
  path_value: number | null;
  completion: number | null;
  time_progress: number | null;
  status: string | null;
}

export interface CumulativeLabels {
  actual: string;
  lastYear: string;
  targetPath: string;
  annualTarget: string;
  completion: string;
  timeProgress: string;
  monthName: (m: number) => string;
  formatValue: (v: number | null) => string;
  formatRatio: (v: number | null) => string;
}

export interface CumulativeInput {
  points: MonthPoint[];
  targetValue: number | null;
  /** Rates and limits have no cumulative path; completion against time then means nothing. */
  cumulative: boolean;
  /** Policy events (documents issued this year), drawn as vertical markers at their month */
  events?: { month: number; label: string }[];
}

export const EVENT_MARK_COLOR = '#c0392b';

export function cumulativeOption(input: CumulativeInput, labels: CumulativeLabels, style: ChartStyle): EChartsCoreOption {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const byMonth = new Map(input.points.map((p) => [p.month, p]));
  const at = <K extends keyof MonthPoint>(k: K) => months.map((m) => byMonth.get(m)?.[k] ?? null);
  const fs = style.fontSize;
  const events = (input.events ?? []).filter((e) => e.month >= 1 && e.month <= 12);
  const series: unknown[] = [
    {
      name: labels.actual,
      type: 'bar',
      barMaxWidth: fs * 2.4,
      ...(events.length > 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: EVENT_MARK_COLOR, type: 'solid', width: 1.5 },
              // on a phone the panel's head already names the document and its date (the same red mark):
              // the line's own label would run into the annual target's
              label: { show: !style.narrow, fontSize: fs * 0.7, color: EVENT_MARK_COLOR, position: 'end', formatter: (p: { name: string }) => p.name },
              data: events.map((e) => ({ xAxis: labels.monthName(e.month), name: escapeRichText(e.label) })),
            },
          }
        : {}),
      data: months.map((m) => {
        const p = byMonth.get(m);
        return p?.actual == null ? null : { value: p.actual, itemStyle: { color: style.status[asStatus(p.status)] } };
      }),
    },
    {
      name: labels.targetPath,
      type: 'line',
      data: at('path_value'),
      symbol: 'none',
      lineStyle: { type: 'dashed', width: Math.max(2, fs / 7), color: style.series.path },
      // the legend draws its key in the item colour: the line's, not the palette's
      itemStyle: { color: style.series.path },
      ...(input.targetValue != null && input.cumulative
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              label: { formatter: `${labels.annualTarget} ${labels.formatValue(input.targetValue)}`, position: 'insideEndTop', fontSize: fs * 0.85, color: style.text },
              lineStyle: { color: style.series.path, type: 'solid' },
              data: [{ yAxis: input.targetValue }],
            },
          }
        : {}),
    },
    {
      name: labels.lastYear,
      type: 'line',
      data: at('actual_prev_year'),
      symbol: 'circle',
      symbolSize: fs * 0.35,
      lineStyle: { color: style.muted, width: 1.5 },
      itemStyle: { color: style.muted },
    },
  ];
  if (input.cumulative) {
    series.push(
      {
        name: labels.completion,
        type: 'line',
        yAxisIndex: 1,
        data: at('completion').map((v) => (v == null ? null : v * 100)),
        symbol: 'circle',
        symbolSize: fs * 0.45,
        lineStyle: { color: style.series.completion, width: 2 },
        itemStyle: { color: style.series.completion },
      },
      {
        name: labels.timeProgress,
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => (m / 12) * 100),
        symbol: 'none',
        lineStyle: { color: style.series.pace, type: 'dotted', width: 2 },
        itemStyle: { color: style.series.pace },
      },
    );
  }
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    legend: { top: 0, textStyle: { fontSize: fs * 0.9, color: style.text }, itemWidth: fs * 1.4, itemHeight: fs * 0.8 },
    // on a phone the five legend entries take two rows: the plot starts below them
    grid: { left: fs * 0.5, right: fs * 0.5, top: fs * (style.narrow ? 4.2 : 3), bottom: fs * 0.5, containLabel: true },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: fs * 0.9 },
      formatter: (params: { seriesName: string; value: number | null; dataIndex: number; marker: string; seriesIndex: number }[]) => {
        const m = months[params[0]?.dataIndex ?? 0]!;
        const lines = params
          .filter((p) => p.value != null)
          .map((p) => {
            const isPct = p.seriesName === labels.completion || p.seriesName === labels.timeProgress;
            const v = isPct ? labels.formatRatio((p.value as number) / 100) : labels.formatValue(p.value as number);
            // no p.marker: it is a <span style=…>, which the Content-Security-Policy (style-src 'self') blocks
            return `${escapeHtml(p.seriesName)}: ${escapeHtml(v)}`;
          });
        return [escapeHtml(labels.monthName(m)), ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: months.map(labels.monthName),
      axisLabel: { fontSize: fs * 0.85, color: style.muted },
      axisLine: { lineStyle: { color: style.grid } },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { fontSize: fs * 0.8, color: style.muted, formatter: (v: number) => labels.formatValue(v) },
        splitLine: { lineStyle: { color: style.grid } },
      },
      ...(input.cumulative
        ? [{ type: 'value', min: 0, max: 120, interval: 20, position: 'right', axisLabel: { fontSize: fs * 0.8, color: style.muted, formatter: '{value}%' }, splitLine: { show: false } }]
        : []),
    ],
    series,
  };
}

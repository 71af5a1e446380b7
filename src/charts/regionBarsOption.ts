/** Actual value by region as bars, with each region's target and where pace says it should be as markers. */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';
import { asStatus, STATUS_ICON } from './status.ts';

export interface RegionBar {
  name: string;
  actual: number | null;
  target: number | null;
  path: number | null;
  completion: number | null;
  status: string | null;
}

export interface RegionBarsLabels {
  actual: string;
  target: string;
  path: string;
  formatValue: (v: number | null) => string;
  formatRatio: (v: number | null) => string;
}

export function regionBarsOption(bars: RegionBar[], labels: RegionBarsLabels, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  const names = bars.map((b) => escapeRichText(b.name));
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    legend: { top: 0, textStyle: { fontSize: fs * 0.9, color: style.text }, itemWidth: fs * 1.4, itemHeight: fs * 0.8 },
    grid: { left: fs * 0.5, right: fs * 0.5, top: fs * 3.2, bottom: fs * 0.5, containLabel: true },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: fs * 0.9 },
      formatter: (params: { dataIndex: number }[]) => {
        const b = bars[params[0]?.dataIndex ?? 0];
        if (!b) return '';
        return [
          `<b>${escapeHtml(b.name)}</b>`,
          `${escapeHtml(labels.actual)}: ${escapeHtml(labels.formatValue(b.actual))}`,
          `${escapeHtml(labels.target)}: ${escapeHtml(labels.formatValue(b.target))}`,
          `${escapeHtml(labels.path)}: ${escapeHtml(labels.formatValue(b.path))}`,
          `${STATUS_ICON[asStatus(b.status)]} ${escapeHtml(labels.formatRatio(b.completion))}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      // the completion sits under each name, so no label competes with the target markers
      // on a phone a dozen names side by side cannot fit: slanted, one line each
      axisLabel: {
        fontSize: fs * 0.8,
        lineHeight: fs * 1.1,
        color: style.text,
        interval: 0,
        ...(style.narrow ? { rotate: 60, width: fs * 10, overflow: 'truncate' } : { width: fs * 4.6, overflow: 'break' }),
        formatter: (name: string, i: number) => {
          const b = bars[i];
          return b ? `${name}${style.narrow ? ' ' : '\n'}${STATUS_ICON[asStatus(b.status)]} ${labels.formatRatio(b.completion)}` : name;
        },
      },
      axisLine: { lineStyle: { color: style.grid } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { fontSize: fs * 0.8, color: style.muted, formatter: (v: number) => labels.formatValue(v) },
      splitLine: { lineStyle: { color: style.grid } },
    },
    series: [
      {
        name: labels.actual,
        type: 'bar',
        barMaxWidth: fs * 2.6,
        data: bars.map((b) => ({
          value: b.actual,
          itemStyle: { color: style.status[asStatus(b.status)] },
        })),
      },
      {
        name: labels.target,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [fs * 2.6, Math.max(3, fs / 5)],
        itemStyle: { color: style.text },
        data: bars.map((b) => b.target),
        z: 3,
      },
      {
        name: labels.path,
        type: 'scatter',
        symbol: 'triangle',
        symbolRotate: 270,
        symbolSize: fs * 0.8,
        itemStyle: { color: style.series.pace },
        data: bars.map((b) => b.path),
        z: 4,
      },
    ],
  };
}

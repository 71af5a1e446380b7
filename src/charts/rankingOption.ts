/** Horizontal ranking bars (completion or share on pace), coloured and marked by status, with the pace line. */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';
import { asStatus, asTargetStatus, targetStatusIcon } from './status.ts';

export interface RankItem {
  name: string;
  /** a ratio: 0.79 = 79 % */
  value: number | null;
  /** where pace says this item should be (a ratio), drawn as a marker on its bar */
  expected: number | null;
  status: string | null;
  /** the bar's label; defaults to the formatted value */
  label?: string;
  /** extra tooltip lines, already formatted */
  detail: string[];
}

export interface RankingInput {
  items: RankItem[];
  paceLabel: string;
  formatRatio: (v: number | null) => string;
}

export function rankingOption(input: RankingInput, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  // best at the top: ECharts draws category axes bottom-up
  const items = [...input.items].reverse();
  const max = Math.max(1.2, ...items.map((i) => Math.max(i.value ?? 0, i.expected ?? 0))) * 100;
  const withPace = items.some((i) => i.expected != null);
  const paceWidth = Math.max(3, fs / 5);
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    grid: { left: fs * 0.5, right: fs * 5.5, top: fs * 1.6, bottom: fs * 0.5, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: fs * 0.9 },
      formatter: (p: { dataIndex: number }) => {
        const it = items[p.dataIndex];
        if (!it) return '';
        const pace = it.expected != null ? [`${escapeHtml(input.paceLabel)} ${escapeHtml(input.formatRatio(it.expected))}`] : [];
        return [`<b>${escapeHtml(it.name)}</b>`, escapeHtml(input.formatRatio(it.value)), ...pace, ...it.detail.map(escapeHtml)].join('<br/>');
      },
    },
    xAxis: { type: 'value', max: Math.ceil(max / 10) * 10, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: items.map((i) => escapeRichText(i.name)),
      // every name, always: a ranking that drops every other name cannot say who lags
      // the wall cuts long unit or department names short rather than squeezing the bars
      axisLabel: { fontSize: fs * 0.95, color: style.text, interval: 0, ...(style.nameChars ? { width: fs * style.nameChars, overflow: 'truncate' } : {}) },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: style.grid } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: fs * 1.5,
        data: items.map((i) => ({
          value: i.value == null ? 0 : i.value * 100,
          itemStyle: { color: style.status[asStatus(i.status)], borderRadius: [0, 3, 3, 0] },
        })),
      },
      ...(withPace
        ? [
            {
              type: 'scatter',
              name: input.paceLabel,
              symbol: 'rect',
              symbolSize: [paceWidth, fs * 1.7],
              itemStyle: { color: style.series.pace },
              z: 4,
              data: items.map((i, k) => (i.expected == null ? null : [i.expected * 100, k])),
              tooltip: { show: false },
            },
          ]
        : []),
      // the labels, after the bar's end or after the pace marker, whichever is further right: a
      // label drawn from a bar that stops just short of the pace would run under the marker
      {
        type: 'scatter',
        symbolSize: 0,
        // scatter draws at 0.8 opacity by default, and its labels with it
        itemStyle: { opacity: 1 },
        silent: true,
        z: 5,
        tooltip: { show: false },
        data: items.map((i, k) => ({
          value: [Math.max(i.value ?? 0, i.expected ?? 0) * 100, k],
          label: {
            show: true,
            position: 'right',
            distance: paceWidth + fs * 0.3,
            fontSize: fs * 0.9,
            color: style.text,
            // a department whose targets are all due later says ◇ 未到期, as its badge does
            formatter: `${targetStatusIcon(asTargetStatus(i.status))} ${i.label ?? input.formatRatio(i.value)}`,
          },
        })),
      },
    ],
  };
}

/**
 * The data screen's coverage heat map: one row per indicator (or per region of one indicator),
 * one column per month, a coloured cell where data exists, blank where it does not, so gaps show.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';

export interface CoverageRow {
  id: string;
  label: string;
}

export interface CoverageCell {
  row: string;
  /** year * 12 + month - 1 */
  monthIndex: number;
  /** share mode: 0..1 (share of regions reporting); origin mode: 1 own data, 0.5 derived */
  value: number;
  /** tooltip lines, plain text (escaped here) */
  tip: string[];
}

export interface CoverageInput {
  rows: CoverageRow[];
  firstIndex: number;
  lastIndex: number;
  cells: CoverageCell[];
  mode: 'share' | 'origin';
  labels: { own: string; derived: string; few: string; all: string };
  monthLabel: (year: number, month: number) => string;
}

export const COVERAGE_COLORS = { own: '#1d5a96', derived: '#9cc3e8', low: '#dbe9f6', high: '#123e6b', empty: '#ffffff' };

/** Row height in CSS pixels for a font size, so the screen can size the chart to its rows. */
export function coverageHeight(rows: number, fontSize: number): number {
  return Math.round(Math.max(rows, 3) * fontSize * 1.7 + fontSize * 6);
}

export const monthYear = (index: number) => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });

export function coverageOption(input: CoverageInput, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  const span = Math.max(0, input.lastIndex - input.firstIndex + 1);
  const months = Array.from({ length: span }, (_, i) => monthYear(input.firstIndex + i));
  const rowIndex = new Map(input.rows.map((r, i) => [r.id, i]));
  const data: { value: [number, number, number]; tip: string[] }[] = [];
  for (const c of input.cells) {
    const y = rowIndex.get(c.row);
    const x = c.monthIndex - input.firstIndex;
    if (y === undefined || x < 0 || x >= span) continue;
    data.push({ value: [x, y, c.value], tip: c.tip });
  }
  // a label at each January and at the first column; every column when the span is short
  const every = span <= 18;
  const visualMap =
    input.mode === 'share'
      ? {
          type: 'continuous',
          min: 0,
          max: 1,
          dimension: 2,
          orient: 'horizontal',
          left: 'right',
          top: 0,
          itemHeight: fs * 8,
          itemWidth: fs * 0.8,
          text: [input.labels.all, input.labels.few],
          textStyle: { fontSize: fs * 0.8, color: style.muted },
          inRange: { color: [COVERAGE_COLORS.low, COVERAGE_COLORS.high] },
          calculable: false,
        }
      : {
          type: 'piecewise',
          dimension: 2,
          orient: 'horizontal',
          left: 'right',
          top: 0,
          itemGap: fs,
          textStyle: { fontSize: fs * 0.85, color: style.text },
          pieces: [
            { value: 1, label: input.labels.own, color: COVERAGE_COLORS.own },
            { value: 0.5, label: input.labels.derived, color: COVERAGE_COLORS.derived },
          ],
        };
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    grid: { left: fs * 0.5, right: fs, top: fs * 2.4, bottom: fs * 0.5, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: fs * 0.9 },
      formatter: (p: { dataIndex: number }) => {
        const d = data[p.dataIndex];
        if (!d) return '';
        const row = input.rows[d.value[1]];
        const m = months[d.value[0]]!;
        return [`<b>${escapeHtml(row?.label)}</b>`, escapeHtml(input.monthLabel(m.year, m.month)), ...d.tip.map(escapeHtml)].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: months.map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`),
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: style.grid } },
      axisLabel: {
        interval: 0,
        hideOverlap: true,
        fontSize: fs * 0.75,
        color: style.muted,
        formatter: (v: string, i: number) => (i === 0 || v.endsWith('-01') ? v : every ? v.slice(5) : ''),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.rows.map((r) => escapeRichText(r.label)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: style.grid } },
      axisLabel: { fontSize: fs * 0.85, color: style.text, width: fs * (style.narrow ? 8 : 16), overflow: 'truncate' },
      splitLine: { show: true, lineStyle: { color: style.grid } },
    },
    visualMap,
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: style.text, borderWidth: 1 } },
        progressive: 0,
      },
    ],
  };
}

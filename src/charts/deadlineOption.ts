/** What falls due in the next 90 days: one bar per deadline date, in 30/60/90-day bands. */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml } from './escape.ts';

export interface DueItem {
  /** days from the reference date to the deadline, 0…90 */
  days: number;
  /** 30, 60 or 90 */
  bucket: number;
  title: string;
  unit: string;
}

export interface DeadlineLabels {
  /** `30天内` for 30 */
  within: (days: number) => string;
  /** the date `days` after the reference date */
  dateOf: (days: number) => string;
}

export const BUCKET_COLOR: Record<number, string> = { 30: '#d64541', 60: '#e0a100', 90: '#5b8fd1' };
const MAX_LINES = 8;

export function deadlineOption(items: DueItem[], labels: DeadlineLabels, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  const byDay = new Map<number, DueItem[]>();
  for (const it of items) byDay.set(it.days, [...(byDay.get(it.days) ?? []), it]);
  const buckets = [30, 60, 90];
  const counts = Array.from({ length: 91 }, (_, d) => byDay.get(d)?.length ?? 0);
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    grid: { left: fs * 0.5, right: fs * 1.2, top: fs * 1.8, bottom: fs * 0.3, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: fs * 0.85 },
      formatter: (p: { dataIndex: number }) => {
        const list = byDay.get(p.dataIndex) ?? [];
        const lines = list.slice(0, MAX_LINES).map((it) => `${escapeHtml(it.title)} <span style="color:#6b7685">${escapeHtml(it.unit)}</span>`);
        if (list.length > MAX_LINES) lines.push(`… +${list.length - MAX_LINES}`);
        return [`<b>${escapeHtml(labels.dateOf(p.dataIndex))}</b> (${list.length})`, ...lines].join('<br/>');
      },
    },
    // one category per day from the reference date (0) to 90 days ahead
    xAxis: {
      type: 'category',
      data: counts.map((_, d) => String(d)),
      axisTick: { alignWithLabel: true, interval: 14 },
      axisLabel: { fontSize: fs * 0.75, color: style.muted, interval: 14, formatter: (v: string) => labels.dateOf(Number(v)) },
      axisLine: { lineStyle: { color: style.grid } },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: fs * 0.75, color: style.muted }, splitLine: { lineStyle: { color: style.grid } } },
    series: [
      {
        type: 'bar',
        barWidth: '70%',
        barMinWidth: 3,
        data: counts.map((n, d) => (n > 0 ? { value: n, itemStyle: { color: BUCKET_COLOR[byDay.get(d)![0]!.bucket] ?? '#5b8fd1' } } : null)),
        markArea: {
          silent: true,
          data: buckets.map((b) => [
            { xAxis: String(b - 30), itemStyle: { color: `${BUCKET_COLOR[b]}14` }, label: { show: true, position: 'insideTop', formatter: labels.within(b), fontSize: fs * 0.75, color: BUCKET_COLOR[b] } },
            { xAxis: String(b) },
          ]),
        },
      },
    ],
  };
}

/** Tasks by state, one stacked horizontal bar per document or annex. */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartStyle } from './chartStyle.ts';
import { escapeHtml, escapeRichText } from './escape.ts';

/** The task states in the order they stack, with their colours: done to the left, trouble in red. */
export const TASK_STATES = ['done_on_time', 'done_late', 'done', 'overdue', 'open', 'ongoing'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TASK_STATE_COLOR: Record<TaskState, string> = {
  done_on_time: '#1f9d55',
  done_late: '#8cc63f',
  done: '#5fb37d',
  overdue: '#d64541',
  open: '#5b8fd1',
  ongoing: '#b8c3d1',
};

export interface TaskBar {
  label: string;
  counts: Record<TaskState, number>;
  /** extra tooltip line, already formatted (e.g. the on-time rate) */
  detail: string;
}

export interface TaskStatusLabels {
  state: Record<TaskState, string>;
}

export function taskStatusOption(bars: TaskBar[], labels: TaskStatusLabels, style: ChartStyle): EChartsCoreOption {
  const fs = style.fontSize;
  // first document at the top: category axes draw bottom-up
  const items = [...bars].reverse();
  const states = TASK_STATES.filter((s) => items.some((b) => b.counts[s] > 0));
  return {
    animation: false,
    textStyle: { fontSize: fs, color: style.text },
    legend: { top: 0, textStyle: { fontSize: fs * 0.85, color: style.text }, itemWidth: fs, itemHeight: fs * 0.7, data: states.map((s) => labels.state[s]) },
    // a phone's legend takes two lines
    grid: { left: fs * 0.5, right: fs, top: style.narrow ? fs * 4.2 : fs * 2.4, bottom: fs * 0.3, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      textStyle: { fontSize: fs * 0.9 },
      formatter: (params: { dataIndex: number }[]) => {
        const b = items[params[0]?.dataIndex ?? 0];
        if (!b) return '';
        const lines = states.filter((s) => b.counts[s] > 0).map((s) => `${escapeHtml(labels.state[s])}: ${b.counts[s]}`);
        return [`<b>${escapeHtml(b.label)}</b>`, ...lines, escapeHtml(b.detail)].join('<br/>');
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: fs * 0.8, color: style.muted }, splitLine: { lineStyle: { color: style.grid } } },
    yAxis: {
      type: 'category',
      data: items.map((b) => escapeRichText(b.label)),
      axisLabel: { fontSize: fs * 0.85, color: style.text, interval: 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: style.grid } },
    },
    series: states.map((s) => ({
      name: labels.state[s],
      type: 'bar',
      stack: 'tasks',
      barMaxWidth: fs * 1.4,
      itemStyle: { color: TASK_STATE_COLOR[s] },
      data: items.map((b) => b.counts[s] || null),
      label: { show: items.length <= 12, fontSize: fs * 0.7, color: '#fff', formatter: (p: { value: number | null }) => (p.value && p.value >= 3 ? String(p.value) : '') },
    })),
  };
}

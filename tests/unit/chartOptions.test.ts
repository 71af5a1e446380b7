import { describe, expect, it } from 'vitest';
import { LIGHT_STYLE } from '../../src/charts/chartStyle.ts';
import { cumulativeOption, type CumulativeLabels } from '../../src/charts/cumulativeOption.ts';
import { escapeHtml, escapeRichText } from '../../src/charts/escape.ts';
import { rankingOption } from '../../src/charts/rankingOption.ts';
import { regionBarsOption } from '../../src/charts/regionBarsOption.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed; the tests read them as data */
const labels: CumulativeLabels = {
  actual: '实际', lastYear: '上年同期', targetPath: '目标路径', annualTarget: '全年目标', completion: '完成率', timeProgress: '序时进度',
  monthName: (m) => `${m}月`, formatValue: (v) => (v == null ? '—' : `${v} 亿元`), formatRatio: (v) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`),
};
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('escaping', () => {
  it('escapes markup and rich-text braces', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
    expect(escapeRichText('{a|b}')).toBe('｛a｜b｝');
  });
});

describe('cumulativeOption', () => {
  const points = [
    { month: 1, actual: 10, actual_prev_year: 8, path_value: 12.5, completion: 0.066, time_progress: 1 / 12, status: 'far_behind' },
    { month: 2, actual: 30, actual_prev_year: 20, path_value: 25, completion: 0.2, time_progress: 2 / 12, status: 'ahead' },
  ];
  const opt = cumulativeOption({ points, targetValue: 150, cumulative: true }, labels, LIGHT_STYLE) as any;
  it('lays twelve months out, with actuals where there are data', () => {
    expect(opt.xAxis.data).toHaveLength(12);
    expect(opt.series[0].data[1].value).toBe(30);
    expect(opt.series[0].data[5]).toBeNull();
  });
  it('colours each month by its status', () => {
    expect(opt.series[0].data[0].itemStyle.color).toBe(LIGHT_STYLE.status.far_behind);
    expect(opt.series[0].data[1].itemStyle.color).toBe(LIGHT_STYLE.status.ahead);
  });
  it('draws the annual target, the time-progress line and completion in percent', () => {
    expect(opt.series[1].markLine.data[0].yAxis).toBe(150);
    const tp = opt.series.find((s: any) => s.name === '序时进度');
    expect(tp.data[11]).toBeCloseTo(100, 10);
    expect(tp.data[5]).toBeCloseTo(50, 10);
    expect(opt.series.find((s: any) => s.name === '完成率').data[1]).toBeCloseTo(20, 10);
  });
  it('has no completion axis for a rate target', () => {
    const o = cumulativeOption({ points, targetValue: 3, cumulative: false }, labels, LIGHT_STYLE) as any;
    expect(o.yAxis).toHaveLength(1);
    expect(o.series.some((s: any) => s.name === '序时进度')).toBe(false);
  });
  it('escapes series names in the tooltip', () => {
    const o = cumulativeOption({ points, targetValue: 150, cumulative: true }, { ...labels, actual: HOSTILE }, LIGHT_STYLE) as any;
    const html = o.tooltip.formatter([{ seriesName: HOSTILE, value: 10, dataIndex: 0, marker: '', seriesIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('scales fonts with the style', () => {
    const big = cumulativeOption({ points, targetValue: 150, cumulative: true }, labels, { ...LIGHT_STYLE, fontSize: 28 }) as any;
    expect(big.xAxis.axisLabel.fontSize).toBeCloseTo(28 * 0.85, 10);
  });
});

describe('rankingOption', () => {
  const items = [
    { name: '泰安高新区', value: 0.91, expected: 0.833, status: 'ahead', detail: [] },
    { name: HOSTILE, value: 0.58, expected: 0.833, status: 'far_behind', detail: ['x'] },
  ];
  const opt = rankingOption({ items, paceLabel: '序时进度', formatRatio: (v) => `${((v ?? 0) * 100).toFixed(1)}%` }, LIGHT_STYLE) as any;
  it('puts the best at the top (category axes draw bottom-up)', () => {
    expect(opt.yAxis.data[1]).toBe('泰安高新区');
  });
  it('labels each bar with its status shape and completion', () => {
    const labels = opt.series[2];
    expect(labels.data[1].label.formatter).toBe('▲ 91.0%');
    expect(labels.data[0].label.formatter).toBe('▼ 58.0%');
  });
  it('starts a label after the pace marker when its bar stops short of it, so the marker never crosses the text', () => {
    const labels = opt.series[2];
    expect(labels.z).toBeGreaterThan(opt.series[1].z);
    expect(labels.data[0].value).toEqual([83.3, 0]); // 58 % bar, pace 83.3 %
    expect(labels.data[1].value).toEqual([91, 1]); // past the pace: at the bar's end
    expect(labels.data[0].label.distance).toBeGreaterThan(opt.series[1].symbolSize[0] / 2);
  });
  it('marks each bar at its own pace', () => {
    expect(opt.series[1].data[0]).toEqual([83.3, 0]);
  });
  it('escapes names in the tooltip', () => {
    expect(opt.tooltip.formatter({ dataIndex: 0 })).not.toContain('<img');
  });
});

describe('regionBarsOption', () => {
  const bars = [{ name: '泰山区', actual: 8100, target: 10000, path: 8333, completion: 0.81, status: 'slightly_behind' }];
  const opt = regionBarsOption(bars, { actual: '实际', target: '目标', path: '目标路径', formatValue: (v) => String(v), formatRatio: (v) => `${((v ?? 0) * 100).toFixed(1)}%` }, LIGHT_STYLE) as any;
  it('draws actual bars with target and pace markers', () => {
    expect(opt.series[0].data[0].value).toBe(8100);
    expect(opt.series[1].data).toEqual([10000]);
    expect(opt.series[2].data).toEqual([8333]);
  });
  it('writes completion under each name, with the status shape', () => {
    expect(opt.xAxis.axisLabel.formatter('泰山区', 0)).toBe('泰山区\n◆ 81.0%');
  });
});

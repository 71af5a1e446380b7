/**
 * Charts take new options with `replaceMerge` (src/charts/echartsSetup.ts), not `notMerge`: this
 * checks that a chart updated from one option to another ends up exactly as a chart given only
 * the second, for the builders whose options change shape (axes and series come and go).
 */
import { describe, expect, it } from 'vitest';
import { SVGRenderer } from 'echarts/renderers';
import { LIGHT_STYLE } from '../../src/charts/chartStyle.ts';
import { coverageOption } from '../../src/charts/coverageOption.ts';
import { cumulativeOption, type CumulativeLabels } from '../../src/charts/cumulativeOption.ts';
import { echarts, replaceMergeFor } from '../../src/charts/echartsSetup.ts';
import { rankingOption } from '../../src/charts/rankingOption.ts';
import { deadlineOption } from '../../src/charts/deadlineOption.ts';
import '../../src/charts/echartsMap.ts';
import { mapOption, type MapInput } from '../../src/charts/mapOption.ts';
import { policyEffectOption, type EffectPoint } from '../../src/charts/policyEffectOption.ts';
import { regionBarsOption } from '../../src/charts/regionBarsOption.ts';
import { TASK_STATES, taskStatusOption } from '../../src/charts/taskStatusOption.ts';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([SVGRenderer]);

function chart(...options: EChartsCoreOption[]): unknown {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  for (const o of options) c.setOption(o, { replaceMerge: replaceMergeFor(o) });
  const out = c.getOption() as Record<string, unknown>;
  c.dispose();
  // a replaced component type with nothing left is listed as [] (no component, as when never set)
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v) && v.length === 0) delete out[k];
  return out;
}

const labels: CumulativeLabels = {
  actual: '实际', lastYear: '上年同期', targetPath: '目标路径', annualTarget: '全年目标', completion: '完成率', timeProgress: '序时进度',
  monthName: (m) => `${m}月`, formatValue: (v) => (v == null ? '—' : `${v} 亿元`), formatRatio: (v) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`),
};
const point = (month: number, actual: number, status: string) => ({ month, actual, actual_prev_year: actual * 0.9, path_value: month * 12.5, completion: actual / 150, time_progress: month / 12, status });

describe('a chart updated with replaceMerge equals a chart drawn afresh', () => {
  it('cumulative: a level target with a completion axis, then a rate target without one', () => {
    const level = cumulativeOption({ points: [point(1, 10, 'far_behind'), point(2, 30, 'ahead')], targetValue: 150, cumulative: true }, labels, LIGHT_STYLE);
    const rate = cumulativeOption({ points: [point(1, 2.1, 'ahead')], targetValue: 3, cumulative: false }, labels, LIGHT_STYLE);
    expect(chart(level, rate)).toEqual(chart(rate));
    expect(chart(rate, level)).toEqual(chart(level));
  });
  it('ranking: ten units, then two', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `单位${i}`, value: i / n, expected: 0.833, status: i % 2 ? 'ahead' : 'far_behind', detail: [`d${i}`] }));
    const fmt = (v: number | null) => `${((v ?? 0) * 100).toFixed(1)}%`;
    const ten = rankingOption({ items: items(10), paceLabel: '序时进度', formatRatio: fmt }, LIGHT_STYLE);
    const two = rankingOption({ items: items(2), paceLabel: 'Time progress', formatRatio: fmt }, { ...LIGHT_STYLE, fontSize: 24 });
    expect(chart(ten, two)).toEqual(chart(two));
  });
  it('region bars: with and without a target path', () => {
    const l = { actual: '实际', target: '目标', path: '目标路径', formatValue: (v: number | null) => String(v), formatRatio: (v: number | null) => `${((v ?? 0) * 100).toFixed(1)}%` };
    const a = regionBarsOption([{ name: '泰山区', actual: 8100, target: 10000, path: 8333, completion: 0.81, status: 'slightly_behind' }], l, LIGHT_STYLE);
    const b = regionBarsOption([{ name: '岱岳区', actual: 3, target: null, path: null, completion: null, status: 'no_data' }, { name: '新泰市', actual: 5, target: 4, path: 3, completion: 1.25, status: 'ahead' }], l, LIGHT_STYLE);
    expect(chart(a, b)).toEqual(chart(b));
  });
  it('policy effect: before and after windows, then a series with no after months', () => {
    const l = { treated: '泰安市', control: '对照', before: '印发前', after: '印发后', event: '印发', formatValue: (v: number | null) => String(v) };
    const pts = (phases: EffectPoint['phase'][]): EffectPoint[] => phases.map((phase, i) => ({ label: `2020-${i + 1}`, phase, treated: i, control: i / 2 }));
    const both = policyEffectOption(pts(['before', 'before', 'event', 'after', 'after']), l, LIGHT_STYLE);
    const before = policyEffectOption(pts(['before', 'before', 'event']), l, LIGHT_STYLE);
    expect(chart(both, before)).toEqual(chart(before));
  });
  it('deadlines and task status: many items, then one', () => {
    const dl = { within: (d: number) => `${d}天内`, dateOf: (d: number) => `+${d}` };
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ days: (i * 7) % 90, bucket: [30, 60, 90][i % 3]!, title: `任务${i}`, unit: '市商务局' }));
    const one = deadlineOption(items(1), dl, LIGHT_STYLE);
    expect(chart(deadlineOption(items(12), dl, LIGHT_STYLE), one)).toEqual(chart(one));
    const state = Object.fromEntries(TASK_STATES.map((s) => [s, s])) as Record<(typeof TASK_STATES)[number], string>;
    const bars = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `A${i}`, counts: Object.fromEntries(TASK_STATES.map((s, j) => [s, (i + j) % 4])) as Record<(typeof TASK_STATES)[number], number>, detail: '' }));
    const two = taskStatusOption(bars(2), { state }, LIGHT_STYLE);
    expect(chart(taskStatusOption(bars(10), { state }, LIGHT_STYLE), two)).toEqual(chart(two));
  });
  it('coverage: share mode (continuous scale), then origin mode (pieces)', () => {
    const base = {
      rows: [{ id: 'fdi', label: '实际利用外资' }, { id: 'rd', label: '研发投入' }],
      firstIndex: 2019 * 12, lastIndex: 2020 * 12 + 2,
      cells: [{ row: 'fdi', monthIndex: 2019 * 12, value: 1, tip: ['1/1'] }, { row: 'rd', monthIndex: 2020 * 12 + 1, value: 0.5, tip: [] }],
      labels: { own: 'own', derived: 'derived', few: 'few', all: 'all' },
      monthLabel: (y: number, m: number) => `${y}-${m}`,
    };
    const share = coverageOption({ ...base, mode: 'share' }, LIGHT_STYLE);
    const origin = coverageOption({ ...base, rows: base.rows.slice(0, 1), mode: 'origin' }, LIGHT_STYLE);
    expect(chart(share, origin)).toEqual(chart(origin));
    expect(chart(origin, share)).toEqual(chart(share));
  });
  it('map: areas and markers for one indicator, then another with fewer markers', () => {
    const square = (name: string, x: number) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } });
    echarts.registerMap('merge-test', { type: 'FeatureCollection', features: [square('甲', 0), square('乙', 1)] } as never);
    const input = (markers: number, status: string): MapInput => ({
      mapName: 'merge-test',
      areas: ['甲', '乙'].map((feature) => ({ feature, label: feature, valueText: '80%', status, detail: [] })),
      markers: Array.from({ length: markers }, (_, i) => ({ label: `园区${i}`, lon: 0.5 + i / 10, lat: 0.5, valueText: '90%', status, detail: [] })),
      width: 800,
    });
    const after = mapOption(input(1, 'far_behind'), LIGHT_STYLE);
    expect(chart(mapOption(input(4, 'ahead'), LIGHT_STYLE), after)).toEqual(chart(after));
  });
});

import { describe, expect, it } from 'vitest';
import { LIGHT_STYLE } from '../../src/charts/chartStyle.ts';
import { coverageHeight, coverageOption, type CoverageInput } from '../../src/charts/coverageOption.ts';

const idx = (y: number, m: number) => y * 12 + m - 1;
const input = (over: Partial<CoverageInput> = {}): CoverageInput => ({
  rows: [
    { id: 'fdi', label: '实际利用外资' },
    { id: 'x', label: '<img src=x onerror=alert(1)>' },
  ],
  firstIndex: idx(2019, 11),
  lastIndex: idx(2020, 2),
  cells: [
    { row: 'fdi', monthIndex: idx(2019, 11), value: 1, tip: ['2/2'] },
    { row: 'x', monthIndex: idx(2020, 2), value: 0.5, tip: ['<b>bold</b>'] },
    { row: 'fdi', monthIndex: idx(2020, 3), value: 1, tip: [] }, // outside the span
    { row: 'nope', monthIndex: idx(2020, 1), value: 1, tip: [] }, // no such row
  ],
  mode: 'share',
  labels: { own: 'own', derived: 'derived', few: 'few', all: 'all' },
  monthLabel: (y, m) => `${y}年${m}月`,
  ...over,
});

type Opt = {
  xAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  yAxis: { data: string[] };
  series: { data: { value: number[] }[] }[];
  tooltip: { formatter: (p: { dataIndex: number }) => string };
  visualMap: { type: string; pieces?: unknown[] };
};

describe('coverageOption', () => {
  it('has one column per month of the span and one cell per data point inside it', () => {
    const o = coverageOption(input(), LIGHT_STYLE) as unknown as Opt;
    expect(o.xAxis.data).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([
      [0, 0, 1],
      [3, 1, 0.5],
    ]);
    // short spans label every month, the first column and Januaries in full
    expect(o.xAxis.data.map((v, i) => o.xAxis.axisLabel.formatter(v, i))).toEqual(['2019-11', '12', '2020-01', '02']);
  });

  it('escapes file text in the tooltip and the row labels', () => {
    const o = coverageOption(input(), LIGHT_STYLE) as unknown as Opt;
    const tip = o.tooltip.formatter({ dataIndex: 1 });
    expect(tip).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b><br/>2020年2月<br/>&lt;b&gt;bold&lt;/b&gt;');
    expect(o.yAxis.data[1]).toBe('<img src=x onerror=alert(1)>');
  });

  it('labels only Januaries on long spans and shows own and derived pieces by region', () => {
    const o = coverageOption(input({ firstIndex: idx(2018, 1), lastIndex: idx(2020, 12), mode: 'origin' }), LIGHT_STYLE) as unknown as Opt;
    const shown = o.xAxis.data.map((v, i) => o.xAxis.axisLabel.formatter(v, i)).filter(Boolean);
    expect(shown).toEqual(['2018-01', '2019-01', '2020-01']);
    expect(o.visualMap.type).toBe('piecewise');
    expect(o.visualMap.pieces).toHaveLength(2);
  });

  it('grows with its rows', () => {
    expect(coverageHeight(20, 12)).toBeGreaterThan(coverageHeight(5, 12));
  });
});

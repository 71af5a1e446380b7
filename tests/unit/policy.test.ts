/**
 * The policy screen's pure functions: the chart option builders (with escaping of CSV text), the effect
 * sentence, URL state for the policy screen, and the generated sample data (committed files equal
 * the generators' output; illustrative statuses are coherent with their dates).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateControlCities, generateDevzone2019, generateTasks, readSeedTasks, tasksCsv } from '../../src/cli/generate-policy-data.ts';
import { parseCsv } from '../../src/cli/generate-sample-data.ts';
import { LIGHT_STYLE } from '../../src/charts/chartStyle.ts';
import { cumulativeOption } from '../../src/charts/cumulativeOption.ts';
import { deadlineOption } from '../../src/charts/deadlineOption.ts';
import { policyEffectOption } from '../../src/charts/policyEffectOption.ts';
import { taskStatusOption } from '../../src/charts/taskStatusOption.ts';
import { translate } from '../../src/i18n/strings.ts';
import { effectSentence, type EffectRow } from '../../src/screens/effectText.ts';
import { shortDocNumber } from '../../src/i18n/format.ts';
import { chooseDoc, monthEnd, type DocRow } from '../../src/screens/policy/documents.ts';
import { SCREEN_IDS } from '../../src/app/screens.ts';
import { parseViewState, serializeViewState } from '../../src/state/urlState.ts';

const DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const read = (name: string) => readFileSync(DIR + name, 'utf8');
type Opt = Record<string, unknown> & { series: Record<string, unknown>[] };
const EVIL = '<img src=x onerror=alert(1)>{a|b}';

describe('task status bars', () => {
  const opt = taskStatusOption(
    [{ label: EVIL, counts: { done_on_time: 3, done_late: 0, done: 0, overdue: 2, open: 1, ongoing: 0 }, detail: '按时完成率 60%' }],
    { state: { done_on_time: '按时完成', done_late: '逾期完成', done: '已完成', overdue: '逾期未完成', open: '未到期', ongoing: '长期推进' } },
    LIGHT_STYLE,
  ) as unknown as Opt;
  it('stacks only the states that occur', () => {
    expect(opt.series.map((s) => s.name)).toEqual(['按时完成', '逾期未完成', '未到期']);
    expect(opt.series.map((s) => s.data)).toEqual([[3], [2], [1]]);
  });
  it('escapes the document label in the tooltip and the axis', () => {
    const html = (opt.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect((opt.yAxis as { data: string[] }).data[0]).not.toMatch(/[{|}]/);
  });
});

describe('deadlines ahead timeline', () => {
  const opt = deadlineOption(
    [
      { days: 0, bucket: 30, title: EVIL, unit: '县财政局' },
      { days: 46, bucket: 60, title: '八月到期', unit: '县财政局' },
      { days: 46, bucket: 60, title: '同日到期', unit: '县商务局' },
    ],
    { within: (n) => `${n}天内`, dateOf: (d) => `+${d}` },
    LIGHT_STYLE,
  ) as unknown as Opt;
  it('has one category per day for 90 days and a bar of the count on each deadline', () => {
    expect((opt.xAxis as { data: string[] }).data).toHaveLength(91);
    const data = opt.series[0]!.data as ({ value: number; itemStyle: { color: string } } | null)[];
    expect(data[0]!.value).toBe(1);
    expect(data[46]!.value).toBe(2);
    expect(data.filter(Boolean)).toHaveLength(2);
    expect(data[0]!.itemStyle.color).not.toBe(data[46]!.itemStyle.color);
  });
  it('shades the three 30-day bands and escapes task titles in the tooltip', () => {
    expect((opt.series[0]!.markArea as { data: unknown[] }).data).toHaveLength(3);
    const html = (opt.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 0 });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

describe('policy effect chart', () => {
  const points = [
    { label: '2020-03', phase: 'before' as const, treated: 1, control: 2 },
    { label: '2020-04', phase: 'event' as const, treated: 3, control: 2 },
    { label: '2020-05', phase: 'after' as const, treated: 5, control: 2 },
  ];
  const labels = { treated: '覆盖', control: '对照', before: '前', after: '后', event: '{x|y} 印发', formatValue: (v: number | null) => String(v) };
  it('marks the issue month and shades the windows before and after', () => {
    const opt = policyEffectOption(points, labels, LIGHT_STYLE) as unknown as Opt;
    const ml = opt.series[0]!.markLine as { data: { xAxis: string }[]; label: { formatter: string } };
    expect(ml.data).toEqual([{ xAxis: '2020-04' }]);
    expect(ml.label.formatter).not.toMatch(/[{|}]/);
    const areas = (opt.series[0]!.markArea as { data: [{ xAxis: string }, { xAxis: string }][] }).data;
    expect(areas.map(([a, b]) => [a.xAxis, b.xAxis])).toEqual([
      ['2020-03', '2020-03'],
      ['2020-05', '2020-05'],
    ]);
    expect(opt.series).toHaveLength(2);
  });
  it('draws no control line when there is no control group', () => {
    const opt = policyEffectOption(points.map((p) => ({ ...p, control: null })), labels, LIGHT_STYLE) as unknown as Opt;
    expect(opt.series).toHaveLength(1);
  });
});

describe('policy markers on the indicator chart', () => {
  const labels = {
    actual: 'a', lastYear: 'l', targetPath: 'p', annualTarget: 't', completion: 'c', timeProgress: 'tp',
    monthName: (m: number) => `${m}月`, formatValue: (v: number | null) => String(v), formatRatio: (v: number | null) => String(v),
  };
  it('adds a vertical marker at the issue month, with the label made safe for rich text', () => {
    const opt = cumulativeOption({ points: [], targetValue: 100, cumulative: true, events: [{ month: 4, label: '{a|b}〔2020〕1号 印发' }] }, labels, LIGHT_STYLE) as unknown as Opt;
    const ml = opt.series[0]!.markLine as { data: { xAxis: string; name: string }[] };
    expect(ml.data).toEqual([{ xAxis: '4月', name: '｛a｜b｝〔2020〕1号 印发' }]);
  });
  it('draws no marker without events', () => {
    const opt = cumulativeOption({ points: [], targetValue: 100, cumulative: true }, labels, LIGHT_STYLE) as unknown as Opt;
    expect(opt.series[0]!.markLine).toBeUndefined();
  });
});

describe('the effect sentence', () => {
  const base: EffectRow = {
    treated_ids: 'taian', control_ids: 'heze', n_before: 6, n_after: 6, treated_before: 2, treated_after: 30, control_before: 1, control_after: 5,
    treated_change: 28, control_change: 4, level_before: 10, level_after: 12, slope_before: 0.1, slope_after: 0.2, did: 20, did_effect: 22.1, did_t: 4.2,
    ba_t: 5, ba_verdict: 'increase', did_verdict: 'increase', outcome_kind: 'growth', direction: 'higher', window_months: 6, illustrative: true,
  };
  const words = (lang: 'zh' | 'en') => ({
    t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p),
    region: '泰安市', indicator: '货物贸易进出口', doc: '〔2020〕1号', controls: '菏泽市',
    formatOutcome: (v: number | null) => `${v}%`, formatEffect: (v: number | null) => `${v?.toFixed(1)}%`, formatT: (v: number | null) => (v ?? 0).toFixed(1), minMonths: 3,
  });
  it('an increase of a higher-is-better indicator is an improvement', () => {
    const s = effectSentence(base, words('zh'));
    expect(s).toContain('菏泽市');
    expect(s).toContain('提高约22.1%');
    expect(s).toContain('t = 4.2');
    expect(s).toContain('朝目标方向改善');
  });
  it('a decrease of a lower-is-better indicator (days) is an improvement too', () => {
    const s = effectSentence({ ...base, did_verdict: 'decrease', did_effect: -0.5, direction: 'lower', outcome_kind: 'level' }, words('en'));
    expect(s).toContain('0.5% lower');
    expect(s).toContain('in the direction the plan wants');
  });
  it('no effect says none can be seen; no control falls back to before/after; too few months says so', () => {
    expect(effectSentence({ ...base, did_verdict: 'none', did_effect: -1.2 }, words('zh'))).toContain('看不出政策效果');
    expect(effectSentence({ ...base, did_verdict: 'none', did_effect: -1.2 }, words('zh'))).toContain('−1.2%');
    const ba = effectSentence({ ...base, did_verdict: 'insufficient', control_ids: null, ba_verdict: 'none' }, words('en'));
    expect(ba).toContain('No uncovered region');
    expect(ba).toContain('from 2% to 30%');
    expect(ba).toContain('no effect can be seen');
    expect(effectSentence({ ...base, did_verdict: 'insufficient', ba_verdict: 'insufficient' }, words('zh'))).toContain('无法判断');
  });
  it('shortens long document numbers for chart markers', () => {
    expect(shortDocNumber('巨政发〔2023〕5号')).toBe('巨政发〔2023〕5号');
    expect(shortDocNumber('泰安市工业经济发展攻坚指挥部〔2020〕1号')).toBe('泰安市工…〔2020〕1号');
  });
});

describe('policy screen state', () => {
  it('reads doc, date and window from the URL and writes them back', () => {
    const s = parseViewState('?screen=policy&doc=003-A7&date=2020-10-31&win=12', SCREEN_IDS);
    expect(s).toMatchObject({ screen: 'policy', doc: '003-A7', date: '2020-10-31', win: 12 });
    expect(serializeViewState(s)).toBe('?screen=policy&doc=003-A7&date=2020-10-31&win=12');
    expect(parseViewState('?screen=bulletin&month=2020-10', SCREEN_IDS)).toMatchObject({ screen: 'bulletin', year: 2020, month: 10 });
  });
  it('rejects impossible dates and windows', () => {
    expect(parseViewState('?date=2020-02-30', SCREEN_IDS).date).toBeNull();
    expect(parseViewState('?date=2020-1-5', SCREEN_IDS).date).toBeNull();
    expect(parseViewState('?win=99', SCREEN_IDS).win).toBeNull();
  });
  it('opens on the document of the region, else the one with most tasks; month ends are month ends', () => {
    const d = (doc_id: string, region_id: string, n_tasks: number, is_root = true): DocRow => ({ doc_id, root_id: doc_id, region_id, n_tasks, is_root, doc_number: null, title: doc_id, title_en: null, issued_on: null, report_date: null });
    const docs = [d('001', 'juye', 181), d('003', 'taian', 183), d('004', 'shanting', 232)];
    expect(chooseDoc(docs, null, 'taian')!.doc_id).toBe('003');
    expect(chooseDoc(docs, null, 'daiyue')!.doc_id).toBe('004');
    expect(chooseDoc(docs, '001', 'taian')!.doc_id).toBe('001');
    expect(monthEnd(2020, 2)).toBe('2020-02-29');
    expect(monthEnd(2020, 12)).toBe('2020-12-31');
  });
});

describe('generated policy sample data', () => {
  const policies = parseCsv(read('policies.csv'));
  const seeds = readSeedTasks();
  const tasks = parseCsv(read('tasks.csv'));
  it('the committed files equal the generators’ output', () => {
    expect(read('tasks.csv')).toBe(tasksCsv(generateTasks(seeds, policies)));
    expect(read('observations-devzone-2019.csv')).toBe(generateDevzone2019(parseCsv(read('observations-illustrative.csv'))));
    expect(read('observations-control-cities.csv')).toBe(generateControlCities());
  });
  it('carries every task and milestone of the five documents, each to a known document', () => {
    expect(tasks).toHaveLength(seeds.length);
    const docIds = new Set(policies.map((p) => p.doc_id));
    for (const t of tasks) expect(docIds.has(t.doc_id!), t.doc_id).toBe(true);
    const roots = new Set(tasks.map((t) => t.doc_id!.split('-')[0]));
    expect([...roots].sort()).toEqual(['000', '001', '002', '003', '004']);
  });
  it('marks statuses illustrative and keeps them coherent with the report date', () => {
    const issued = new Map(policies.map((p) => [p.doc_id!, p.issued_on!]));
    const mix = new Set<string>();
    for (const t of tasks) {
      expect(t.quality).toBe('illustrative');
      expect(t.as_of).toBe(AS_OF[t.doc_id!.split('-')[0]!]);
      if (!t.deadline) expect(t.status).toBe('ongoing');
      if (t.completed_on) {
        expect(t.status).toBe('done');
        expect(t.completed_on <= t.as_of!).toBe(true);
        expect(t.completed_on >= issued.get(t.doc_id!)!).toBe(true);
        mix.add(t.deadline && t.completed_on > t.deadline ? 'late' : t.deadline && t.completed_on < t.deadline ? 'early' : 'on_time');
      } else if (t.deadline && t.deadline < t.as_of!) mix.add('overdue');
      else if (t.deadline) mix.add('open');
    }
    expect([...mix].sort()).toEqual(['early', 'late', 'on_time', 'open', 'overdue']);
  });
});

/**
 * The bulletin and the policy screen as workbooks, one sheet per section, the first sheet saying
 * what the figures are (title, date line, the illustrative note, the source documents).
 */
import { asTargetStatus, targetStatusIcon } from '../charts/status.ts';
import { defaultDecimals, formatDate, unitLabel } from '../i18n/format.ts';
import type { Lang } from '../i18n/strings.ts';
import type { BulletinData, PolicyData } from './bulletinData.ts';
import { bulletinHeading, indicatorLabel, rankedUnitLabel, regionLabel, translator, type Named, type Tr } from './names.ts';
import { aboutSheet, type XColumn, type XSheet } from './workbook.ts';

/** `▲ 达到序时`, `◇ 未到期`: the shape goes with the word, as on screen. */
export function statusText(s: unknown, tr: Tr): string {
  const st = asTargetStatus(s);
  return `${targetStatusIcon(st)} ${tr(`status.${st}`)}`;
}

const PP = { zh: '个百分点', en: 'pp' } as const;
const DAYS = { zh: '天', en: 'days' } as const;
/** a column of figures whose rows have different units: each row's unit is in the unit-of-measure column */
const PER_ROW = { zh: '见计量单位列', en: 'see unit of measure' } as const;
/** rewards are stated in 万元 in the documents, as on the policy screen */
const MONEY = '万元';

function aboutLines(tr: Tr, lines: [string, string][], illustrative: boolean, docs: string[]): XSheet {
  const all: [string, string][] = [...lines];
  if (illustrative) all.push([tr('sample'), tr('bul.sampleNote')]);
  for (const d of docs) all.push([tr('docNumber'), d]);
  return aboutSheet(tr('doc.sheet.about'), [tr('doc.col.item'), tr('doc.col.value')], all);
}

function indicatorDecimals(d: Named, id: string, value: number | null): number {
  const im = d.indicatorInfo[id];
  return im?.decimals ?? defaultDecimals(im?.unit, value ?? 0);
}

export function bulletinSheets(d: BulletinData, lang: Lang): XSheet[] {
  const tr = translator(lang);
  const h = bulletinHeading(d, lang);
  const rank: XColumn = { header: tr('rank'), kind: 'number', decimals: 0 };
  const count = (header: string): XColumn => ({ header, kind: 'number', decimals: 0 });
  const unitHeader = tr(d.byDepartment ? 'pol.department' : 'units');
  const rankingCols: XColumn[] = [
    rank,
    { header: unitHeader, kind: 'text' },
    count(tr('targetsOnPace')),
    count(tr('doc.col.targets')),
    count(tr('status.slightly_behind')),
    count(tr('status.far_behind')),
    { header: tr('composite'), kind: 'ratio' },
    { header: tr('meanGap'), kind: 'number', unit: PP[lang], decimals: 1 },
    { header: tr('status'), kind: 'text' },
  ];
  const regionRow = (r: Omit<BulletinData['ranking'][number], 'department'> & { department?: string | null }) => [
    r.sibling_rank,
    rankedUnitLabel(d, r, lang),
    r.n_ahead,
    r.n_targets,
    r.n_slightly_behind,
    r.n_far_behind,
    r.share_ahead,
    r.mean_gap,
    statusText(r.overall_status, tr),
  ];
  const inds = d.indicators;
  return [
    aboutLines(
      tr,
      [
        [tr('doc.col.title'), h.title],
        [tr('asOf'), tr('bul.subtitle', { month: h.month, tp: h.tp, date: formatDate(d.date, lang) })],
      ],
      d.illustrative,
      d.docNumbers,
    ),
    { name: tr('doc.sheet.summary'), columns: rankingCols, rows: d.summary ? [regionRow(d.summary)] : [] },
    { name: tr('doc.sheet.ranking'), columns: rankingCols, rows: d.ranking.map(regionRow) },
    {
      name: tr('doc.sheet.indicators'),
      columns: [
        { header: tr('indicator'), kind: 'text' },
        rank,
        { header: unitHeader, kind: 'text' },
        { header: tr('doc.col.unit'), kind: 'text' },
        { header: tr('target'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('actual'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('completion'), kind: 'ratio' },
        { header: tr('timeProgress'), kind: 'ratio' },
        { header: tr('paceGap'), kind: 'number', unit: PP[lang], decimals: 1 },
        { header: tr('status'), kind: 'text' },
        { header: tr('docNumber'), kind: 'text' },
      ],
      rows: inds.map((r) => [
        indicatorLabel(d, r.indicator_id, lang),
        r.sibling_rank,
        rankedUnitLabel(d, r, lang),
        unitLabel(d.indicatorInfo[r.indicator_id]?.unit, lang),
        r.target_value,
        r.actual,
        r.completion,
        r.expected,
        r.pace_gap,
        statusText(r.status, tr),
        r.doc_number,
      ]),
      decimalsOf: (ri, ci) => (ci === 4 || ci === 5 ? indicatorDecimals(d, inds[ri]!.indicator_id, inds[ri]![ci === 4 ? 'target_value' : 'actual']) : undefined),
    },
    {
      name: tr('doc.sheet.lagging'),
      columns: [
        { header: unitHeader, kind: 'text' },
        { header: tr('indicator'), kind: 'text' },
        { header: tr('completion'), kind: 'ratio' },
        { header: tr('paceGap'), kind: 'number', unit: PP[lang], decimals: 1 },
        count(tr('doc.col.since')),
      ],
      rows: d.farBehind.map((r) => [rankedUnitLabel(d, r, lang), indicatorLabel(d, r.indicator_id, lang), r.completion, r.pace_gap, r.behind_since_month]),
    },
    {
      name: tr('doc.sheet.tasks'),
      columns: [
        { header: tr('doc.col.department'), kind: 'text' },
        count(tr('doc.col.deptOverdue')),
        { header: tr('pol.task'), kind: 'text' },
        { header: tr('docNumber'), kind: 'text' },
        { header: tr('pol.deadline'), kind: 'date' },
        count(headerDays(tr('pol.daysOverdue'), lang)),
      ],
      rows: d.overdue.map((r) => [r.department || tr('bul.noDept'), r.dept_overdue, `${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`, r.doc_number ?? r.doc_id, r.deadline, r.days_overdue]),
    },
  ];
}

function headerDays(header: string, lang: Lang): string {
  return lang === 'zh' ? header : `${header} (${DAYS[lang]})`;
}

export function policySheets(p: PolicyData, lang: Lang): XSheet[] {
  const tr = translator(lang);
  const count = (header: string): XColumn => ({ header, kind: 'number', decimals: 0 });
  const title = p.doc ? `${p.doc.doc_number ?? p.doc.doc_id} · ${lang === 'en' ? (p.doc.title_en ?? p.doc.title) : p.doc.title}` : p.family;
  const task = (r: { title: string; milestone: string | null }) => `${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`;
  const targets = p.targets;
  return [
    aboutLines(tr, [[tr('pol.document'), title], [tr('asOf'), formatDate(p.date, lang)]], p.illustrative, p.docNumbers),
    {
      name: tr('doc.sheet.policySummary'),
      columns: [
        { header: tr('doc.col.document'), kind: 'text' },
        count(tr('pol.tasks')),
        count(tr('pol.settled')),
        count(tr('pol.state.done_on_time')),
        count(tr('pol.state.done_late')),
        count(tr('pol.state.overdue')),
        count(tr('pol.state.open')),
        count(tr('pol.state.ongoing')),
        { header: tr('pol.onTimeRate'), kind: 'ratio' },
      ],
      rows: p.summary.map((r) => [r.doc_id === null ? title : (r.doc_number ?? r.doc_id), r.n_tasks, r.n_settled, r.n_done_on_time, r.n_done_late, r.n_overdue, r.n_open, r.n_ongoing, r.on_time_rate]),
    },
    {
      name: tr('doc.sheet.policyOverdue'),
      columns: [{ header: tr('pol.task'), kind: 'text' }, { header: tr('pol.leadUnit'), kind: 'text' }, { header: tr('docNumber'), kind: 'text' }, { header: tr('pol.deadline'), kind: 'date' }, count(headerDays(tr('pol.daysOverdue'), lang))],
      rows: p.overdue.map((r) => [task(r), r.lead_named, r.doc_number ?? r.doc_id, r.deadline, r.days_overdue]),
    },
    {
      name: tr('doc.sheet.departments'),
      columns: [count(tr('rank')), { header: tr('pol.department'), kind: 'text' }, count(tr('pol.tasks')), count(tr('pol.settled')), { header: tr('pol.onTimeRate'), kind: 'ratio' }, count(tr('pol.overdueCount'))],
      rows: p.departments.map((r) => [r.dept_rank, r.department, r.n_tasks, r.n_settled, r.on_time_rate, r.n_overdue]),
    },
    {
      name: tr('doc.sheet.deadlines'),
      columns: [{ header: tr('pol.task'), kind: 'text' }, { header: tr('pol.leadUnit'), kind: 'text' }, { header: tr('pol.deadline'), kind: 'date' }, count(tr('doc.col.dueIn'))],
      rows: p.deadlines.map((r) => [task(r), r.lead_named, r.deadline, r.days_to_deadline]),
    },
    {
      name: tr('doc.sheet.targets'),
      columns: [
        { header: tr('indicator'), kind: 'text' },
        { header: tr('region'), kind: 'text' },
        count(tr('doc.col.targetYear')),
        { header: tr('doc.col.unit'), kind: 'text' },
        { header: tr('target'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('actual'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('completion'), kind: 'ratio' },
        { header: tr('timeProgress'), kind: 'ratio' },
        { header: tr('status'), kind: 'text' },
        { header: tr('projection'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('pol.neededMonthly'), kind: 'number', unit: PER_ROW[lang] },
        { header: tr('docNumber'), kind: 'text' },
      ],
      rows: targets.map((r) => [
        indicatorLabel(p, r.indicator_id, lang),
        regionLabel(p, r.region_id, lang),
        r.target_year,
        unitLabel(p.indicatorInfo[r.indicator_id]?.unit, lang),
        r.target_value,
        r.actual,
        r.completion,
        r.expected,
        statusText(r.status, tr),
        r.projection,
        r.needed_monthly,
        r.doc_number,
      ]),
      decimalsOf: (ri, ci) => ([4, 5, 9, 10].includes(ci) ? indicatorDecimals(p, targets[ri]!.indicator_id, null) : undefined),
    },
    {
      name: tr('doc.sheet.incentives'),
      columns: [{ header: tr('units'), kind: 'text' }, { header: tr('doc.col.rule'), kind: 'text' }, { header: tr('doc.col.earned'), kind: 'number', unit: unitLabel(MONEY, lang) }, { header: tr('doc.col.projected'), kind: 'number', unit: unitLabel(MONEY, lang) }, { header: tr('docNumber'), kind: 'text' }],
      rows: p.incentives.map((r) => [r.region_id ? regionLabel(p, r.region_id, lang) : r.unit_key, (lang === 'en' ? r.rule_name_en : null) ?? r.rule_name_zh, r.earned, r.projected, r.doc_number]),
    },
  ];
}

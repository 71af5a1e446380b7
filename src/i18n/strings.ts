/**
 * The one string table and the one lookup. zh-CN is the default; every key exists in both
 * languages (the type of `en` requires it, tests/unit/i18n.test.ts checks the sets and that every
 * key the code names exists). The table is split by area: this file, strings.policy.ts (policy
 * screen, bulletin), strings.documents.ts (export buttons) and strings.intake.ts (the intake's
 * words, shared with check-data).
 */
import { documentsEn, documentsZh } from './strings.documents.ts';
import { INTAKE_WORDS, type Words } from './strings.intake.ts';
import { policyEn, policyZh } from './strings.policy.ts';
import { accessEn, accessZh } from './strings.access.ts';

export type Lang = 'zh' | 'en';

/** One language's side of a table written as `{ zh, en }` pairs. */
function side<K extends string>(words: Record<K, Words>, lang: Lang): Record<K, string> {
  return Object.fromEntries(Object.entries<Words>(words).map(([k, w]) => [k, w[lang]])) as Record<K, string>;
}

const zh = {
  appTitle: '目标序时进度监测',
  appSubtitle: '计划目标 · 实际完成 · 序时进度',
  unknownInUrl: '{what} “{value}” 不存在，已显示默认',
  'screen.overview': '总览',
  'screen.indicator': '指标',
  'screen.region': '区域',
  'screen.data': '数据',
  region: '区域',
  indicator: '指标',
  month: '月份',
  asOf: '数据截至',
  langSwitch: 'English',
  sample: '示例数据',
  sampleHint: '实际值为按真实计划目标生成的示例数据，仅供演示',
  loadingDb: '正在启动分析引擎…',
  loadingFiles: '正在读取数据文件 {done}/{total} · 已载入 {rows} 行',
  loadingViews: '正在计算指标…',
  loadFailed: '启动失败',
  filesWithProblems: '{n} 个文件有问题，详见数据页',
  noData: '暂无数据',
  waitingData: '正在载入数据…',
  noTarget: '未设目标',
  queryFailed: '查询失败',
  target: '目标',
  actual: '实际',
  completion: '完成率',
  timeProgress: '序时进度',
  paceGap: '与序时差',
  yoy: '同比',
  rank: '排名',
  projection: '年底预计',
  projectedCompletion: '预计完成率',
  behindSince: '落后起始',
  source: '来源',
  quote: '原文',
  line: '第{n}行',
  docNumber: '文号',
  'status.ahead': '达到序时',
  'status.slightly_behind': '略低于序时',
  'status.far_behind': '明显落后',
  'status.no_data': '无数据',
  'status.not_yet_due': '未到期',
  'target.above_range': '高于目标区间',
  'target.partial': '部分汇总',
  'family.fdi': '利用外资',
  'family.trade': '进出口',
  'family.rd': '研发投入',
  'family.park': '园区发展',
  'family.loans': '新增贷款',
  'kind.level': '总量目标',
  'kind.growth': '增长目标',
  'kind.share': '比重目标',
  'kind.pp_change': '提高百分点',
  'kind.max': '上限（越低越好）',
  'kind.min': '下限（不低于）',
  'kind.benchmark': '对标',
  pathTo: '到{year}年目标路径',
  targetOf: '{year}年目标',
  benchmarkOf: '不低于{region}',
  childrenOnPace: '{total}个中{ok}个达标',
  unitRanking: '单位排名',
  departmentRanking: '部门排名',
  laggingTargets: '落后目标',
  laggingNone: '所有目标均达到序时进度',
  sinceMonth: '{month}月起',
  cumulativeVsPath: '累计完成与目标路径',
  byRegion: '分区域完成情况',
  detailTable: '明细表',
  exportCsv: '导出CSV',
  filterPlaceholder: '筛选…',
  allStatuses: '全部状态',
  targetSource: '目标出处',
  allTargets: '本指标全部目标',
  scorecard: '指标记分卡',
  summaryCounts: '达到序时 {ahead} · 略低 {slight} · 明显落后 {far}',
  lastYear: '上年同期',
  targetPath: '目标路径',
  annualTarget: '全年目标',
  monthLabel: '{m}月',
  yearMonth: '{y}年{m}月',
  composite: '综合（达标目标占比）',
  targetsOnPace: '达标目标',
  meanGap: '平均序时差',
  pp: '个百分点',
  units: '单位',
  value: '数值',
  status: '状态',
  open: '查看',
  provenance: '出处',
  projectionMethod: '预测方法',
  'method.seasonal': '按往年季节形态',
  'method.linear': '按时间线性',
  'method.trend': '按余额趋势',
  'method.hold': '保持当前值',
  dataAsOfMonth: '{region} · 数据截至{y}年{m}月',
  monthStale: '所选月份无数据，显示{m}月',
  benchmarkGap: '与对标差',
  ownGrowth: '本地增速',
  refGrowth: '对标增速',
  regionsCount: '{n}个区域',
  panelError: '本面板出错：{msg}',
  'pace.time': '序时进度',
  'pace.last_year': '上年同期进度',
  'pace.target': '应达',
  'pace.benchmark': '对标',
  compositeHint: '达标目标占比：四分之三以上为达到序时，一半以上为略低',
  headline: '{region}及下辖 {regions} 个区域的 {n} 项目标：',
  headlineOwn: '{region}的 {n} 项目标：',
  headlineFar: '{n} 个区域有明显落后目标',
  // policy screen and monthly bulletin (src/i18n/strings.policy.ts)
  ...policyZh,
  ...side(INTAKE_WORDS, 'zh'),
  ...documentsZh,
  // phones, keyboards, screen readers, large text, no DuckDB (src/i18n/strings.access.ts)
  ...accessZh,
  // --- display wall, map and embeds ---
  'screen.wall': '大屏',
  noMap: '该区域没有县区边界图',
  mapTitle: '完成情况地图',
  mapUnplaced: '未标注位置：{names}',
  mapHint: '颜色：完成率相对序时进度',
  wallUpdated: '更新于 {time}',
  wallNextRefresh: '{time} 后刷新',
  wallRefreshing: '正在刷新…',
  wallRefreshFailed: '数据截至 {time}，刷新失败',
  wallRetry: '{time} 后重试',
  wallHeadline: '核心指标',
  wallMore: '另有 {n} 项',
  wallSummary: '各单位达标情况',
  wallChildren: '下属单位达标 {ok}/{total}',
  wallOnPaceShare: '达标占比',
  embedUnknown: '未知面板：{id}',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: 'Target Pace Monitor',
  appSubtitle: 'Plan targets · actuals · pace',
  unknownInUrl: '{what} “{value}” does not exist; showing the default',
  'screen.overview': 'Overview',
  'screen.indicator': 'Indicator',
  'screen.region': 'Region',
  'screen.data': 'Data',
  region: 'Region',
  indicator: 'Indicator',
  month: 'Month',
  asOf: 'Data as of',
  langSwitch: '中文',
  sample: 'Illustrative data',
  sampleHint: 'Actual values are illustrative, generated around the real plan targets',
  loadingDb: 'Starting the analysis engine…',
  loadingFiles: 'Reading data files {done}/{total} · {rows} rows loaded',
  loadingViews: 'Computing indicators…',
  loadFailed: 'Start-up failed',
  filesWithProblems: '{n} files have problems, see the Data screen',
  noData: 'No data',
  waitingData: 'Loading data…',
  noTarget: 'No target',
  queryFailed: 'Query failed',
  target: 'Target',
  actual: 'Actual',
  completion: 'Completion',
  timeProgress: 'Time elapsed',
  paceGap: 'Gap to pace',
  yoy: 'YoY',
  rank: 'Rank',
  projection: 'Year-end projection',
  projectedCompletion: 'Projected completion',
  behindSince: 'Behind since',
  source: 'Source',
  quote: 'Quote',
  line: 'line {n}',
  docNumber: 'Document',
  'status.ahead': 'On pace',
  'status.slightly_behind': 'Slightly behind',
  'status.far_behind': 'Far behind',
  'status.no_data': 'No data',
  'status.not_yet_due': 'Not yet due',
  'target.above_range': 'Above the range',
  'target.partial': 'Partial sum',
  'family.fdi': 'Foreign capital',
  'family.trade': 'Import & export',
  'family.rd': 'R&D intensity',
  'family.park': 'Development zones',
  'family.loans': 'New loans',
  'kind.level': 'Level target',
  'kind.growth': 'Growth target',
  'kind.share': 'Share target',
  'kind.pp_change': 'Rise in points',
  'kind.max': 'Ceiling (lower is better)',
  'kind.min': 'Floor (at least)',
  'kind.benchmark': 'Benchmark',
  pathTo: 'on the path to the {year} target',
  targetOf: '{year} target',
  benchmarkOf: 'at least {region}',
  childrenOnPace: '{ok} of {total} on target',
  unitRanking: 'Ranking of units',
  departmentRanking: 'Department ranking',
  laggingTargets: 'Lagging targets',
  laggingNone: 'Every target is on pace',
  sinceMonth: 'since {month}',
  cumulativeVsPath: 'Year to date vs target path',
  byRegion: 'By region',
  detailTable: 'Detail',
  exportCsv: 'Export CSV',
  filterPlaceholder: 'Filter…',
  allStatuses: 'All statuses',
  targetSource: 'Source of the target',
  allTargets: 'All targets of this indicator',
  scorecard: 'Scorecard',
  summaryCounts: 'On pace {ahead} · slightly behind {slight} · far behind {far}',
  lastYear: 'Same period last year',
  targetPath: 'Target path',
  annualTarget: 'Annual target',
  monthLabel: '{m}',
  yearMonth: '{m}/{y}',
  composite: 'Overall (share of targets on pace)',
  targetsOnPace: 'Targets on pace',
  meanGap: 'Mean gap to pace',
  pp: 'pp',
  units: 'Unit',
  value: 'Value',
  status: 'Status',
  open: 'Open',
  provenance: 'Source',
  projectionMethod: 'Method',
  'method.seasonal': "the earlier years' seasonal shape",
  'method.linear': 'linear in time',
  'method.trend': 'balance trend',
  'method.hold': 'current value held',
  dataAsOfMonth: '{region} · data to {m}/{y}',
  monthStale: 'No data for the chosen month; showing {m}',
  benchmarkGap: 'Gap to benchmark',
  ownGrowth: 'Own growth',
  refGrowth: 'Benchmark growth',
  regionsCount: '{n} regions',
  panelError: 'This panel failed: {msg}',
  'pace.time': 'Time elapsed',
  'pace.last_year': "Last year's pace",
  'pace.target': 'Required',
  'pace.benchmark': 'Benchmark',
  compositeHint: 'Share of targets on pace: three in four or more is on pace, half or more slightly behind',
  headline: '{n} targets of {region} and {regions} regions within:',
  headlineOwn: '{n} targets of {region}:',
  headlineFar: '{n} regions have a target far behind',
  // policy screen and monthly bulletin (src/i18n/strings.policy.ts)
  ...policyEn,
  ...side(INTAKE_WORDS, 'en'),
  ...documentsEn,
  // phones, keyboards, screen readers, large text, no DuckDB (src/i18n/strings.access.ts)
  ...accessEn,
  // --- display wall, map and embeds ---
  'screen.wall': 'Wall',
  noMap: 'No county map for this region',
  mapTitle: 'Map of completion',
  mapUnplaced: 'No position: {names}',
  mapHint: 'Colour: completion against pace',
  wallUpdated: 'Updated {time}',
  wallNextRefresh: 'refresh in {time}',
  wallRefreshing: 'Refreshing…',
  wallRefreshFailed: 'Data as of {time}, refresh failed',
  wallRetry: 'retry in {time}',
  wallHeadline: 'Headline targets',
  wallMore: '{n} more',
  wallSummary: 'Units on pace',
  wallChildren: 'Units on pace {ok}/{total}',
  wallOnPaceShare: 'Share on pace',
  embedUnknown: 'Unknown panel: {id}',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };

export type Params = Record<string, string | number | undefined>;

function fill(s: string, params: Params | undefined): string {
  if (!params) return s;
  // an absent value (a problem without a column) leaves its place empty
  for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(v === undefined ? '' : String(v));
  return s;
}

export function isStringKey(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

/**
 * The text of a key. A key outside the table can only arrive through a cast or a stale build:
 * it is reported on the console (a test watches for it) and shown as the key, never silently.
 */
export function translate(lang: Lang, key: StringKey, params?: Params): string {
  const s: string | undefined = STRINGS[lang][key] ?? STRINGS.zh[key];
  if (s === undefined) {
    console.error(`missing string: ${lang}.${key}`);
    return key;
  }
  return fill(s, params);
}

/**
 * For keys built from data (a family id, a status from SQL): the text when the table has the key,
 * else the explicit fallback (usually the value itself, e.g. a family the strings do not name).
 */
export function translateOr(lang: Lang, key: string, fallback: string, params?: Params): string {
  return isStringKey(key) ? translate(lang, key, params) : fallback;
}

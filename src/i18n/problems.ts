/**
 * The intake's words: reasons for rejected rows and files, shapes, roles, statuses, and the data
 * screen's labels. The data screen and `npm run check-data` print these same texts.
 */
import type { FileProblemCode, FileStatus, Problem, ProblemCode, Shape } from '../data/report.ts';
import type { Lang } from './strings.ts';

type Words = { zh: string; en: string };

const ROW: Record<ProblemCode, Words> = {
  missing_required: { zh: '必填列“{col}”为空', en: 'required column "{col}" is empty' },
  missing_value: { zh: '数值缺失', en: 'value missing' },
  value_gap: { zh: '无数值（“{value}”表示缺失），不载入', en: 'no value ("{value}" marks a gap), not loaded' },
  not_a_number: { zh: '“{value}”不是数字', en: '"{value}" is not a number' },
  percent_not_allowed: { zh: '“{value}”带百分号，但该指标的单位是“{detail}”', en: '"{value}" has a percent sign, but the indicator\'s unit is "{detail}"' },
  bad_period: { zh: '无法识别的期间“{value}”（应为 2020、2020-Q3、2020-10 或 2020年10月）', en: 'unreadable period "{value}" (use 2020, 2020-Q3, 2020-10 or 2020年10月)' },
  bad_date: { zh: '无法识别的日期“{value}”（应为 2020-03-31）', en: 'unreadable date "{value}" (use 2020-03-31)' },
  bad_year: { zh: '年份“{value}”无效', en: 'invalid year "{value}"' },
  bad_enum: { zh: '“{value}”不是允许的取值（{detail}）', en: '"{value}" is not one of: {detail}' },
  unknown_indicator: { zh: '未知指标“{value}”（指标目录中没有这个编号或名称）', en: 'unknown indicator "{value}" (no such id or name in the indicators file)' },
  unknown_region: { zh: '未知区域“{value}”（区域表中没有这个编号、名称或别名）', en: 'unknown region "{value}" (no such id, name or alias in the regions file)' },
  unknown_parent: { zh: '上级区域“{value}”不存在', en: 'parent region "{value}" does not exist' },
  duplicate_id: { zh: '编号“{value}”重复，已在 {detail} 定义，本行不载入', en: 'id "{value}" repeats {detail}; this row is not loaded' },
  duplicate_row: { zh: '与 {detail} 重复（{value}），保留先出现的一行', en: 'repeats {detail} ({value}); the first row is kept' },
  superseded: {
    zh: '被 {detail} 取代（{value}）：同一指标、区域和期间以后载入的文件为准（文件按名称顺序载入，拖入的文件最后）',
    en: 'superseded by {detail} ({value}): for the same indicator, region and period the file loaded later wins (files load in name order, dropped files last)',
  },
  parse_error: { zh: '无法解析此行（{detail}）', en: 'row could not be parsed ({detail})' },
  out_of_range: { zh: '“{value}”超出合理范围（{detail}）', en: '"{value}" is out of range ({detail})' },
};

const FILE: Record<FileProblemCode, Words> = {
  binary: { zh: '不是文本文件（可能是改了扩展名的 Excel 或压缩文件）：请在 Excel/WPS 中“另存为”CSV', en: 'not a text file (an Excel or zip file renamed to .csv?): save it as CSV from Excel/WPS' },
  empty: { zh: '文件为空', en: 'the file is empty' },
  header_only: { zh: '只有表头，没有数据行', en: 'header only, no data rows' },
  unknown_role: { zh: '无法根据表头判断文件类型（最接近：{detail}）', en: 'the header matches no file type (closest: {detail})' },
  single_column: { zh: '只识别出一列，分隔符可能不对（支持逗号、分号、制表符、竖线；首行：{detail}）', en: 'only one column found, wrong delimiter? (comma, semicolon, tab or bar; first line: {detail})' },
  no_header_row: { zh: '像是统计局导出文件，但找不到以“指标”或“地区”开头、后接年份或月份的表头行', en: 'looks like a statistics-bureau export, but no header row starts with 指标 or 地区 followed by years or months' },
  too_large: { zh: '文件过大（{detail}），未读取：请按年份或区域拆分后再放入 data/', en: 'file too large ({detail}), not read: split it by year or region' },
  fetch_failed: { zh: '下载失败（{detail}）', en: 'download failed ({detail})' },
  load_failed: { zh: '载入失败（{detail}）', en: 'load failed ({detail})' },
};

function fill(s: string, p: Record<string, string | number | undefined>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));
}

export function describeProblem(p: Pick<Problem, 'code' | 'column' | 'value' | 'detail'>, lang: Lang): string {
  const tpl = ROW[p.code] ?? { zh: p.code, en: p.code };
  return fill(tpl[lang], { col: p.column, value: p.value, detail: p.detail });
}

export function describeFileProblem(code: FileProblemCode, detail: string | undefined, lang: Lang): string {
  const tpl = FILE[code] ?? { zh: code, en: code };
  return fill(tpl[lang], { detail });
}

/** `第 12 行 · 列“2022年”` / `line 12, column "2022年"`, plus the number of cells it stands for. */
export function describeWhere(p: Pick<Problem, 'line' | 'column' | 'count'>, lang: Lang): string {
  const parts = [fill(T.lineN[lang], { n: p.line })];
  if (p.column) parts.push(fill(T.columnX[lang], { col: p.column }));
  if ((p.count ?? 1) > 1) parts.push(fill(T.cellsN[lang], { n: p.count }));
  return parts.join(lang === 'zh' ? ' · ' : ', ');
}

/** One line for the terminal: `data/x.csv:12: 列“value”：“abc”不是数字`. */
export function problemLine(file: string, p: Problem, lang: Lang): string {
  const col = p.column ? fill(T.columnX[lang], { col: p.column }) + (lang === 'zh' ? '：' : ': ') : '';
  const cells = (p.count ?? 1) > 1 ? ` (${fill(T.cellsN[lang], { n: p.count })})` : '';
  return `${file}:${p.line}: ${col}${describeProblem(p, lang)}${cells}`;
}

const SHAPES: Record<Shape, Words> = {
  tidy: { zh: '标准表', en: 'tidy table' },
  stats_annual: { zh: '统计局年度数据', en: 'statistics export, annual' },
  stats_quarterly: { zh: '统计局季度数据', en: 'statistics export, quarterly' },
  stats_monthly: { zh: '统计局月度数据', en: 'statistics export, monthly' },
  stats_provincial: { zh: '统计局分地区数据', en: 'statistics export, by region' },
  unknown: { zh: '未识别', en: 'not recognised' },
};

export function shapeName(s: Shape, lang: Lang): string {
  return SHAPES[s]?.[lang] ?? s;
}

const ROLES: Record<string, Words> = {
  indicators: { zh: '指标目录', en: 'indicators' },
  regions: { zh: '区域表', en: 'regions' },
  targets: { zh: '目标', en: 'targets' },
  observations: { zh: '观测值', en: 'observations' },
  policies: { zh: '政策文件', en: 'policies' },
  tasks: { zh: '任务', en: 'tasks' },
  unit_aliases: { zh: '单位别名', en: 'unit aliases' },
  reward_rules: { zh: '奖励规则', en: 'reward rules' },
  untracked_targets: { zh: '未纳入监测的条目', en: 'lines not tracked' },
  families: { zh: '指标族', en: 'headline families' },
};

/** Why a plan line is not a tracked target (untracked_targets.reason). */
export const UNTRACKED_REASON_WORDS: Record<string, Words> = {
  fact: { zh: '事实陈述，非目标', en: 'a fact, not a target' },
  rule_condition: { zh: '政策适用条件', en: "a rule's condition" },
  plan_period: { zh: '规划期限', en: 'a plan period' },
  reward: { zh: '奖励标准（见奖励规则）', en: 'a reward (see reward rules)' },
  milestone: { zh: '工作节点，按任务跟踪', en: 'a milestone, tracked as a task' },
  not_measurable: { zh: '无可监测的数值', en: 'no measurable figure' },
  duplicate: { zh: '与其他条目重复', en: 'repeats another line' },
};

export function untrackedReasonName(reason: string, lang: Lang): string {
  return UNTRACKED_REASON_WORDS[reason]?.[lang] ?? reason;
}

export function roleName(role: string | null, lang: Lang): string {
  return role ? (ROLES[role]?.[lang] ?? role) : '—';
}

const STATUS: Record<FileStatus, Words> = {
  ok: { zh: '正常', en: 'OK' },
  warning: { zh: '有提示', en: 'Notes' },
  partial: { zh: '部分载入', en: 'Partly loaded' },
  failed: { zh: '失败', en: 'Failed' },
};

export function statusName(s: FileStatus, lang: Lang): string {
  return STATUS[s][lang];
}

/** Labels of the data screen and the check-data summary (zh and en for every key; a unit test checks). */
export const T = {
  lineN: { zh: '第 {n} 行', en: 'line {n}' },
  columnX: { zh: '列“{col}”', en: 'column "{col}"' },
  cellsN: { zh: '{n} 个数值', en: '{n} values' },
  files: { zh: '数据文件', en: 'Data files' },
  file: { zh: '文件', en: 'File' },
  role: { zh: '类型', en: 'Role' },
  shape: { zh: '形态', en: 'Shape' },
  encoding: { zh: '编码', en: 'Encoding' },
  read: { zh: '读取', en: 'Read' },
  loaded: { zh: '载入', en: 'Loaded' },
  rejected: { zh: '拒绝', en: 'Rejected' },
  superseded: { zh: '其中被取代', en: 'of which superseded' },
  supersedes: { zh: '取代其他文件 {n} 个数值', en: 'replaces {n} values of other files' },
  status: { zh: '状态', en: 'Status' },
  time: { zh: '载入时间', en: 'Loaded at' },
  modified: { zh: '修改时间', en: 'Modified' },
  rowsUnit: { zh: '行', en: 'rows' },
  cellsUnit: { zh: '个数值', en: 'values' },
  missingCells: { zh: '空白 {n} 格', en: '{n} blank cells' },
  rejects: { zh: '被拒绝的行', en: 'Rejected rows' },
  line: { zh: '行', en: 'Line' },
  column: { zh: '列', en: 'Column' },
  count: { zh: '数值', en: 'Values' },
  reason: { zh: '原因', en: 'Reason' },
  none: { zh: '没有被拒绝的行', en: 'No rejected rows' },
  notes: { zh: '文件说明', en: 'Notes in the file' },
  generated: { zh: '新建目录项', en: 'Generated catalogue entries' },
  generatedIndicator: { zh: '新建指标', en: 'generated indicator' },
  generatedRegion: { zh: '新建区域', en: 'generated region' },
  matchedAs: { zh: '匹配为', en: 'matched as' },
  unitFactor: { zh: '单位换算 ×{f}', en: 'unit converted ×{f}' },
  unmatchedRegions: { zh: '未匹配的区域', en: 'Unmatched regions' },
  unmatchedIndicators: { zh: '未匹配的指标', en: 'Unmatched indicators' },
  sessionOnly: { zh: '仅本次会话', en: 'this session only' },
  summary: { zh: '{files} 个文件：读取 {read}，载入 {loaded}，拒绝 {rejected}（其中被取代 {superseded}）', en: '{files} files: {read} read, {loaded} loaded, {rejected} rejected ({superseded} superseded)' },
  filesWithErrors: { zh: '{n} 个文件有错误（{errors} 行或数值被拒绝）', en: '{n} files have errors ({errors} rows or values rejected)' },
  noErrors: { zh: '没有错误', en: 'no errors' },
  allocationMismatch: {
    zh: '提示：{region}{indicator} {year} 年目标 {target} 分解到 {n} 个单位合计 {parts}，与总目标 {stated} {unit} 不一致',
    en: 'warning: {region} {indicator} {year} target {target}: its {n} units add up to {parts}, not the stated {stated} {unit}',
  },
  untrackedTitle: { zh: '未纳入监测的条目', en: 'Plan lines not tracked as targets' },
  allocationTitle: { zh: '目标分解核对', en: 'Target splits that do not add up' },
  colDoc: { zh: '文件', en: 'Document' },
  colSourceLine: { zh: '原文行', en: 'Line' },
  colReason: { zh: '原因', en: 'Reason' },
  colQuote: { zh: '原文', en: 'Quote' },
  allocationRow: { zh: '{region}{indicator} {year} 年：分解合计 {parts}，总目标 {stated} {unit}', en: '{region} {indicator} {year}: units add up to {parts}, stated {stated} {unit}' },
  planLines: {
    zh: '文件 {plan}：{targets} 行载入为目标，{untracked} 行列为未纳入监测（{reasons}）',
    en: 'plan {plan}: {targets} lines loaded as targets, {untracked} lines listed as not tracked ({reasons})',
  },
  coverage: { zh: '数据覆盖', en: 'Data coverage' },
  coverageHint: {
    zh: '每格为一个月：颜色越深，文件中报送该指标的区域越多；空白为没有数据（比率和上级区域的数值由系统计算，不计在内）。在右上角选择指标可按区域查看。',
    en: 'One cell per month: darker means more regions reported the indicator in a file; blank means no data (ratios and parent regions are computed, not counted here). Pick an indicator above right to see its regions.',
  },
  coverageRegionsHint: {
    zh: '{name}：每格为一个区域一个月；深色为文件中的数据，浅色为由下级区域汇总或计算；空白为没有数据。',
    en: '{name}: one cell per region and month; dark is data from a file, light is derived from sub-regions; blank means no data.',
  },
  allIndicators: { zh: '全部指标', en: 'All indicators' },
  regionsReporting: { zh: '{n}/{total} 个区域有数据', en: '{n} of {total} regions reported' },
  gaps: { zh: '缺 {n} 期', en: '{n} periods missing' },
  ownData: { zh: '文件中的数据', en: 'data from a file' },
  derivedData: { zh: '由下级区域汇总', en: 'derived from sub-regions' },
  derivedFromParts: { zh: '由下级区域汇总或计算', en: 'derived from its sub-regions' },
  fewRegions: { zh: '少数区域', en: 'few regions' },
  allRegions: { zh: '全部区域', en: 'all regions' },
  noCoverage: { zh: '没有数据', en: 'No data' },
  generatedShort: { zh: '新建', en: 'generated' },
  dropTitle: { zh: '拖入 CSV 文件预览', en: 'Drop a CSV file to preview it' },
  dropHint: { zh: '把 CSV 文件拖到本页任意位置，或', en: 'Drag a CSV file anywhere onto this page, or' },
  choose: { zh: '选择文件…', en: 'choose a file…' },
  dropHere: { zh: '松开鼠标以预览文件', en: 'Release to preview the file' },
  preview: { zh: '预览：{file}', en: 'Preview: {file}' },
  previewRows: { zh: '将载入的记录（前 {n} 条）', en: 'Records as they would load (first {n})' },
  loadIntoSession: { zh: '载入本次会话', en: 'Load into this session' },
  discard: { zh: '放弃', en: 'Discard' },
  loading: { zh: '正在载入…', en: 'Loading…' },
  loadedSession: {
    zh: '已载入本次会话：{file}。文件没有保存，刷新页面后会消失；要长期使用，请把它复制到 data/ 文件夹（可先运行 npm run check-data 检查）。',
    en: 'Loaded into this session: {file}. It is not saved and goes away on reload; to keep it, copy it into the data/ folder (npm run check-data checks it first).',
  },
  remove: { zh: '移除', en: 'Remove' },
  nothingToLoad: { zh: '此文件没有可载入的数据', en: 'This file has nothing to load' },
  loadFailedMsg: { zh: '载入失败：{msg}', en: 'Load failed: {msg}' },
} satisfies Record<string, Words>;

export type TextKey = keyof typeof T;

export function tx(lang: Lang, key: TextKey, params?: Record<string, string | number | undefined>): string {
  return params ? fill(T[key][lang], params) : T[key][lang];
}

/** Load-report reasons in words, for the data screen and `npm run check-data`. */
import type { FileProblemCode, Problem, ProblemCode } from '../data/report.ts';
import type { Lang } from './strings.ts';

const ROW: Record<ProblemCode, { zh: string; en: string }> = {
  missing_required: { zh: '必填列“{col}”为空', en: 'required column "{col}" is empty' },
  missing_value: { zh: '数值缺失（{value}）', en: 'value missing ({value})' },
  not_a_number: { zh: '“{value}”不是数字', en: '"{value}" is not a number' },
  bad_period: { zh: '无法识别的期间“{value}”（应为 2020、2020-Q3 或 2020-10）', en: 'unreadable period "{value}" (use 2020, 2020-Q3 or 2020-10)' },
  bad_date: { zh: '无法识别的日期“{value}”（应为 2020-03-31）', en: 'unreadable date "{value}" (use 2020-03-31)' },
  bad_year: { zh: '年份“{value}”无效', en: 'invalid year "{value}"' },
  bad_enum: { zh: '“{value}”不是允许的取值（{detail}）', en: '"{value}" is not one of: {detail}' },
  unknown_indicator: { zh: '未知指标“{value}”（不在指标目录中）', en: 'unknown indicator "{value}" (not in the catalogue)' },
  unknown_region: { zh: '未知区域“{value}”（不在区域表中）', en: 'unknown region "{value}" (not in the regions file)' },
  unknown_parent: { zh: '上级区域“{value}”不存在', en: 'parent region "{value}" does not exist' },
  duplicate_id: { zh: '编号“{value}”重复，已在 {detail} 定义，本行不载入', en: 'id "{value}" repeats {detail}; this row is not loaded' },
  duplicate_row: { zh: '与 {detail} 重复（{value}），保留先出现的一行', en: 'repeats {detail} ({value}); the first row is kept' },
  superseded: { zh: '被 {detail} 中的同一指标、区域、期间覆盖', en: 'superseded by the same indicator, region and period in {detail}' },
  parse_error: { zh: '无法解析此行（{detail}）', en: 'row could not be parsed ({detail})' },
  out_of_range: { zh: '“{value}”超出合理范围（{detail}）', en: '"{value}" is out of range ({detail})' },
};

const FILE: Record<FileProblemCode, { zh: string; en: string }> = {
  binary: { zh: '不是文本文件（可能是改了扩展名的二进制文件）', en: 'not a text file (a binary file named .csv?)' },
  empty: { zh: '文件为空', en: 'the file is empty' },
  header_only: { zh: '只有表头，没有数据行', en: 'header only, no data rows' },
  unknown_role: { zh: '无法根据表头判断文件类型（最接近：{detail}）', en: 'the header matches no file type (closest: {detail})' },
  single_column: { zh: '只识别出一列，分隔符可能不对（首行：{detail}）', en: 'only one column found, wrong delimiter? (first line: {detail})' },
  too_large: { zh: '文件过大（{detail}）', en: 'file too large ({detail})' },
  fetch_failed: { zh: '下载失败（{detail}）', en: 'download failed ({detail})' },
  load_failed: { zh: '载入失败（{detail}）', en: 'load failed ({detail})' },
};

function fill(s: string, p: Record<string, string | undefined>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? '');
}

export function describeProblem(p: Pick<Problem, 'code' | 'column' | 'value' | 'detail'>, lang: Lang): string {
  const tpl = ROW[p.code] ?? { zh: p.code, en: p.code };
  return fill(tpl[lang], { col: p.column, value: p.value, detail: p.detail });
}

export function describeFileProblem(code: FileProblemCode, detail: string | undefined, lang: Lang): string {
  const tpl = FILE[code] ?? { zh: code, en: code };
  return fill(tpl[lang], { detail });
}

/**
 * The intake's problems in words: a rejected row or file, where it is, one line for the terminal.
 * The words themselves are in strings.intake.ts, looked up through the one `translate`.
 */
import type { FileProblemCode, FileStatus, Problem, Shape } from '../data/report.ts';
import type { Role } from '../data/roles.ts';
import { translate, translateOr, type Lang } from './strings.ts';

export function describeProblem(p: Pick<Problem, 'code' | 'column' | 'value' | 'detail'>, lang: Lang): string {
  return translate(lang, `problem.${p.code}`, { col: p.column, value: p.value, detail: p.detail });
}

export function describeFileProblem(code: FileProblemCode, detail: string | undefined, lang: Lang): string {
  return translate(lang, `fileProblem.${code}`, { detail });
}

/** `第 12 行 · 列“2022年”` / `line 12, column "2022年"`, plus the number of cells it stands for. */
export function describeWhere(p: Pick<Problem, 'line' | 'column' | 'count'>, lang: Lang): string {
  const parts = [translate(lang, 'lineN', { n: p.line })];
  if (p.column) parts.push(translate(lang, 'columnX', { col: p.column }));
  if ((p.count ?? 1) > 1) parts.push(translate(lang, 'cellsN', { n: p.count }));
  return parts.join(lang === 'zh' ? ' · ' : ', ');
}

/** One line for the terminal: `data/x.csv:12: 列“value”：“abc”不是数字`. */
export function problemLine(file: string, p: Problem, lang: Lang): string {
  const col = p.column ? translate(lang, 'columnX', { col: p.column }) + (lang === 'zh' ? '：' : ': ') : '';
  const cells = (p.count ?? 1) > 1 ? ` (${translate(lang, 'cellsN', { n: p.count })})` : '';
  return `${file}:${p.line}: ${col}${describeProblem(p, lang)}${cells}`;
}

export function shapeName(s: Shape, lang: Lang): string {
  return translate(lang, `shape.${s}`);
}

export function roleName(role: Role | null, lang: Lang): string {
  return role ? translate(lang, `role.${role}`) : '—';
}

export function statusName(s: FileStatus, lang: Lang): string {
  return translate(lang, `fileStatus.${s}`);
}

/** Why a plan line is not a tracked target (untracked_targets.reason); an unknown reason shows as written. */
export function untrackedReasonName(reason: string, lang: Lang): string {
  return translateOr(lang, `untracked.${reason}`, reason);
}

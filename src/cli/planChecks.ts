/**
 * The plan checks check-data prints after the files: totals split by unit that do not add up
 * (queries/36_allocation_checks.sql, a warning) and, per plan, the lines loaded as targets and
 * the lines listed as not tracked. Warnings only: they never change the exit code.
 */
import type { Db } from '../db/types.ts';
import { translate } from '../i18n/strings.ts';
import { untrackedReasonName } from '../i18n/problems.ts';
import type { Lang } from '../i18n/strings.ts';

interface AllocationRow {
  target_id: string; region_zh: string; region_en: string | null; indicator_zh: string; indicator_en: string | null;
  year: number; stated: number; parts_sum: number; unit: string; n_parts: number;
}
interface PlanRow { plan: string; target_lines: number; untracked_lines: number }
interface ReasonRow { plan: string; reason: string; n: number }

const fmt = (x: number) => String(Math.round(x * 1e6) / 1e6);

export async function planCheckLines(db: Db, lang: Lang): Promise<string[]> {
  const out: string[] = [];
  const alloc = await db.query<AllocationRow>('SELECT * FROM allocation_checks');
  for (const a of alloc) {
    out.push(`! ${translate(lang, 'allocationMismatch', {
      target: a.target_id,
      region: lang === 'en' ? (a.region_en ?? a.region_zh) : a.region_zh,
      indicator: lang === 'en' ? (a.indicator_en ?? a.indicator_zh) : a.indicator_zh,
      year: a.year, parts: fmt(a.parts_sum), n: a.n_parts, stated: fmt(a.stated), unit: a.unit,
    })}`);
  }
  const plans = await db.query<PlanRow>('SELECT * FROM plan_line_counts');
  const reasons = await db.query<ReasonRow>('SELECT * FROM untracked_reason_counts');
  const sep = lang === 'zh' ? '、' : ', ';
  for (const p of plans) {
    const why = reasons.filter((r) => r.plan === p.plan).map((r) => `${untrackedReasonName(r.reason, lang)} ${r.n}`).join(sep) || '—';
    out.push(`  ${translate(lang, 'planLines', { plan: p.plan, targets: p.target_lines, untracked: p.untracked_lines, reasons: why })}`);
  }
  return out;
}

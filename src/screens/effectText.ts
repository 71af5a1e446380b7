/**
 * The one plain sentence that says what the before/after comparison found. The numbers
 * and verdicts come from queries/53_policy_effect.sql; this only words them.
 */
import type { StringKey } from '../i18n/strings.ts';
import type { policyEffect } from '../panels/effect/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';

/** The effect row's fields the sentence reads (queries/53_policy_effect.sql through the panel's query). */
export type EffectRow = Pick<
  RowOfQuery<typeof policyEffect>,
  | 'treated_ids' | 'control_ids' | 'n_before' | 'n_after' | 'treated_before' | 'treated_after' | 'control_before' | 'control_after'
  | 'treated_change' | 'control_change' | 'level_before' | 'level_after' | 'slope_before' | 'slope_after' | 'did' | 'did_effect' | 'did_t' | 'ba_t'
  | 'ba_verdict' | 'did_verdict' | 'outcome_kind' | 'direction' | 'window_months' | 'illustrative'
>;

export interface EffectWords {
  t: (key: StringKey, params?: Record<string, string | number>) => string;
  region: string;
  indicator: string;
  doc: string;
  controls: string;
  /** a value on the outcome's scale: a growth rate (`+12.3%`) or the indicator's level (`3.2 工作日`) */
  formatOutcome: (v: number | null) => string;
  /** the DiD as a change of the level: `15.0%` or `0.48 工作日` (no sign: the sentence says up or down) */
  formatEffect: (v: number | null) => string;
  formatT: (v: number | null) => string;
  minMonths: number;
}

/** Is a move in this direction what the plan wants? */
function judge(verdict: 'increase' | 'decrease', direction: string): 'pol.judge.better' | 'pol.judge.worse' {
  const good = direction === 'lower' ? 'decrease' : 'increase';
  return verdict === good ? 'pol.judge.better' : 'pol.judge.worse';
}

export function effectSentence(r: EffectRow, w: EffectWords): string {
  const { t } = w;
  if (r.did_verdict === 'increase' || r.did_verdict === 'decrease') {
    return t('pol.s.did', {
      controls: w.controls,
      region: w.region,
      indicator: w.indicator,
      doc: w.doc,
      n: r.window_months,
      dir: t(r.did_verdict === 'increase' ? 'pol.dir.up' : 'pol.dir.down'),
      x: w.formatEffect(r.did_effect == null ? null : Math.abs(r.did_effect)),
      t: w.formatT(r.did_t),
      judge: t(judge(r.did_verdict, r.direction)),
    });
  }
  if (r.did_verdict === 'none') {
    return t('pol.s.didNone', {
      controls: w.controls,
      region: w.region,
      indicator: w.indicator,
      doc: w.doc,
      n: r.window_months,
      x: `${r.did_effect != null && r.did_effect < 0 ? '−' : r.did_effect != null && r.did_effect > 0 ? '+' : ''}${w.formatEffect(r.did_effect == null ? null : Math.abs(r.did_effect))}`,
      t: w.formatT(r.did_t),
    });
  }
  if (r.ba_verdict === 'insufficient') return t('pol.s.insufficient', { doc: w.doc, min: w.minMonths });
  const moved = r.ba_verdict === 'increase' || r.ba_verdict === 'decrease';
  return t('pol.s.baOnly', {
    region: w.region,
    indicator: w.indicator,
    measure: t(r.outcome_kind === 'growth' ? 'pol.avgGrowth' : 'pol.avgLevel'),
    a: w.formatOutcome(r.treated_before),
    b: w.formatOutcome(r.treated_after),
    judge: moved
      ? t('pol.s.baMoved', { t: w.formatT(r.ba_t), dirJudge: t(judge(r.ba_verdict as 'increase' | 'decrease', r.direction)) })
      : t('pol.s.baNone', { t: w.formatT(r.ba_t) }),
  });
}

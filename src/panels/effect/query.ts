/** A document's effect on an indicator: before/after and against a control group (queries/53_policy_effect.sql). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_EFFECT, type DocOnly, type EffectInput } from '../inputs.ts';

export const effectIndicators = panelQuery({
  id: 'effect.indicators',
  sql: `SELECT DISTINCT sm.indicator_id, i.sort_order
    FROM series_monthly sm
    JOIN indicators i USING (indicator_id)
    JOIN region_tree rt ON rt.region_id = sm.region_id
    JOIN doc_info d ON d.region_id = rt.ancestor_id AND d.doc_id = ?
    ORDER BY i.sort_order NULLS LAST, sm.indicator_id`,
  params: (p: DocOnly) => [p.docId],
  columns: {
    indicator_id: 'text',
    sort_order: 'int?',
  },
  example: { docId: '003' },
});

/** The estimate and its verdicts; `min_months` is the fewest months on each side that a verdict needs (the sentence names it). */
export const policyEffect = panelQuery({
  id: 'effect.estimate',
  sql: 'SELECT *, effect_min_months() AS min_months FROM policy_effect(?, ?, ?)',
  params: (p: EffectInput) => [p.docId, p.indicatorId, p.months],
  columns: {
    doc_id: 'text',
    policy_region_id: 'text?',
    issued_on: 'date?',
    event_t: 'int?',
    treated_ids: 'text?',
    control_ids: 'text?',
    illustrative: 'bool',
    n_before: 'int',
    n_after: 'int',
    treated_before: 'double?',
    treated_after: 'double?',
    treated_var_before: 'double?',
    treated_var_after: 'double?',
    level_before: 'double?',
    level_after: 'double?',
    slope_before: 'double?',
    slope_after: 'double?',
    control_before: 'double?',
    control_after: 'double?',
    n_gap_before: 'int?',
    n_gap_after: 'int?',
    gap_before: 'double?',
    gap_after: 'double?',
    gap_var_before: 'double?',
    gap_var_after: 'double?',
    treated_change: 'double?',
    control_change: 'double?',
    ba_se: 'double?',
    did: 'double?',
    did_se: 'double?',
    ba_t: 'double?',
    did_t: 'double?',
    indicator_id: 'text',
    window_months: 'int',
    direction: 'text',
    unit: 'text',
    outcome_kind: 'text',
    did_effect: 'double?',
    ba_verdict: 'text',
    did_verdict: 'text',
    min_months: 'int',
  },
  example: EXAMPLE_EFFECT,
});

export const effectSeries = panelQuery({
  id: 'effect.series',
  sql: 'SELECT year, month, phase, treated_outcome, control_outcome, gap FROM policy_effect_series(?, ?, ?)',
  params: (p: EffectInput) => [p.docId, p.indicatorId, p.months],
  columns: {
    year: 'int',
    month: 'int',
    phase: 'text',
    treated_outcome: 'double?',
    control_outcome: 'double?',
    gap: 'double?',
  },
  example: EXAMPLE_EFFECT,
});

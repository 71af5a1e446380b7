/** The incentive clauses of a document family and what each unit earns (queries/55_incentives.sql). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_FAMILY_MONTH, type FamilyMonth } from '../inputs.ts';

export const incentiveLines = panelQuery({
  id: 'incentives.lines',
  sql: `SELECT i.*, tot.earned AS unit_earned
    FROM incentives_at(?, ?) i
    JOIN incentive_totals(?, ?, ?) tot USING (unit_key)
    WHERE i.doc_id IN (SELECT doc_id FROM doc_family WHERE family_id = ?)
    ORDER BY tot.earned DESC, tot.projected DESC, i.unit_key, i.earned DESC, i.rule_id`,
  params: (p: FamilyMonth) => [p.year, p.month, p.year, p.month, p.family, p.family],
  columns: {
    rule_id: 'text',
    doc_id: 'text',
    doc_number: 'text?',
    rule_type: 'text',
    indicator_id: 'text?',
    rule_name_zh: 'text?',
    rule_name_en: 'text?',
    quote: 'text?',
    source_line: 'text?',
    rule_amount: 'double',
    unit_size: 'double?',
    rank_from: 'int?',
    rank_to: 'int?',
    threshold: 'double?',
    unit_key: 'text',
    region_id: 'text?',
    scope_item: 'text?',
    basis_value: 'double?',
    basis_target: 'double?',
    basis_gap: 'double?',
    rank_now: 'int?',
    rank_prev: 'int?',
    rank_count: 'int?',
    steps: 'double?',
    earned: 'double',
    projected: 'double',
    status: 'text',
    data_month: 'int?',
    illustrative: 'bool',
    unit_earned: 'double?',
  },
  example: EXAMPLE_FAMILY_MONTH,
});

export const incentiveTotals = panelQuery({
  id: 'incentives.totals',
  sql: 'SELECT * FROM incentive_totals(?, ?, ?) ORDER BY earned DESC, projected DESC, unit_key',
  params: (p: FamilyMonth) => [p.year, p.month, p.family],
  columns: {
    unit_key: 'text',
    region_id: 'text?',
    scope_item: 'text?',
    earned: 'double',
    projected: 'double',
    n_earned: 'int?',
    n_projected: 'int?',
    illustrative: 'bool?',
  },
  example: EXAMPLE_FAMILY_MONTH,
});

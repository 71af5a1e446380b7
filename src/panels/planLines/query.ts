/**
 * The data screen's plan checks: the lines of the plans that are not tracked as targets, with
 * their reasons (untracked_targets), and the totals whose unit split does not add up
 * (queries/36_allocation_checks.sql). Both are warnings, never load errors.
 */
import { panelQuery } from '../panelQuery.ts';

export const untrackedLines = panelQuery({
  id: 'planLines.untracked',
  sql: `SELECT u.doc_id, u.source_line, u.reason, u.quote, u.note, p.title
        FROM untracked_targets u LEFT JOIN policies p USING (doc_id)
        ORDER BY u.doc_id, TRY_CAST(split_part(u.source_line, ';', 1) AS INTEGER), u.source_line`,
  params: () => [],
  columns: { doc_id: 'text', source_line: 'text', reason: 'text', quote: 'text?', note: 'text?', title: 'text?' },
  example: {},
});

export const allocationWarnings = panelQuery({
  id: 'planLines.allocation',
  sql: `SELECT target_id, region_id, region_zh, region_en, indicator_zh, indicator_en, year, stated, parts_sum, difference, n_parts, unit
        FROM allocation_checks`,
  params: () => [],
  columns: {
    target_id: 'text', region_id: 'text', region_zh: 'text', region_en: 'text?', indicator_zh: 'text', indicator_en: 'text?',
    year: 'int', stated: 'double', parts_sum: 'double', difference: 'double', n_parts: 'int', unit: 'text',
  },
  example: {},
});

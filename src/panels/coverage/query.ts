/** The data screen's coverage views (queries/26_coverage.sql). */
import { panelQuery } from '../panelQuery.ts';
import type { IndicatorOnly, NoInput } from '../inputs.ts';

export const coverageSpan = panelQuery({
  id: 'coverage.span',
  sql: 'SELECT first_index, last_index FROM coverage_span',
  params: (_: NoInput) => [],
  columns: {
    first_index: 'int?',
    last_index: 'int?',
  },
  example: {},
});

export const coverageIndicators = panelQuery({
  id: 'coverage.indicators',
  sql: `SELECT indicator_id, name_zh, name_en, unit, is_generated, n_regions, n_reporting, n_gaps, n_without_data
    FROM coverage_indicators ORDER BY is_generated, sort_order NULLS LAST, indicator_id`,
  params: (_: NoInput) => [],
  columns: {
    indicator_id: 'text',
    name_zh: 'text',
    name_en: 'text?',
    unit: 'text?',
    is_generated: 'bool',
    n_regions: 'int',
    n_reporting: 'int',
    n_gaps: 'int',
    n_without_data: 'int',
  },
  example: {},
});

export const coverageIndicatorMonths = panelQuery({
  id: 'coverage.indicatorMonths',
  // ordered: a seed is compared row by row with DuckDB's answer
  sql: 'SELECT indicator_id, month_index, n_reporting FROM coverage_indicator_months ORDER BY indicator_id, month_index',
  params: (_: NoInput) => [],
  columns: {
    indicator_id: 'text',
    month_index: 'int',
    n_reporting: 'int',
  },
  example: {},
});

export const coverageRegionRows = panelQuery({
  id: 'coverage.regionRows',
  sql: `SELECT region_id, name_zh, name_en, depth, n_present, n_gaps, without_data FROM coverage_region_rows(?)`,
  params: (p: IndicatorOnly) => [p.indicatorId],
  columns: {
    region_id: 'text',
    name_zh: 'text',
    name_en: 'text?',
    depth: 'int',
    n_present: 'int',
    n_gaps: 'int',
    without_data: 'bool',
  },
  example: { indicatorId: 'fdi' },
});

export const coverageRegionCells = panelQuery({
  id: 'coverage.regionCells',
  sql: 'SELECT region_id, month_index, origin, value, source_file, source_line FROM coverage_region_cells(?)',
  params: (p: IndicatorOnly) => [p.indicatorId],
  columns: {
    region_id: 'text',
    month_index: 'int',
    origin: 'text?',
    value: 'double?',
    source_file: 'text?',
    source_line: 'int?',
  },
  example: { indicatorId: 'fdi' },
});

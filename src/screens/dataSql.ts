/** The data screen's SELECTs: the coverage views of queries/26_coverage.sql, filtered with bound parameters. */
export const DATA_SQL = {
  coverageSpan: 'SELECT first_index, last_index FROM coverage_span',
  coverageIndicators: `SELECT indicator_id, name_zh, name_en, unit, is_generated, n_regions, n_reporting, n_gaps, n_without_data
                       FROM coverage_indicators ORDER BY is_generated, sort_order NULLS LAST, indicator_id`,
  coverageIndicatorMonths: 'SELECT indicator_id, month_index, n_reporting FROM coverage_indicator_months',
  coverageRegionRows: 'SELECT region_id, name_zh, name_en, depth, n_present, n_gaps, without_data FROM coverage_region_rows(?)',
  coverageRegionCells: 'SELECT region_id, month_index, origin, value, source_file, source_line FROM coverage_region_cells(?)',
};

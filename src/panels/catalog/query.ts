/** The catalogue every screen reads once after a load: regions, indicators, documents, the default view. */
import { panelQuery, type Columns, type PanelQuery } from '../panelQuery.ts';
import type { NoInput } from '../inputs.ts';

export const catalogRegions = panelQuery({
  id: 'catalog.regions',
  sql: `SELECT r.region_id, r.name_zh, r.name_en, r.level, r.parent_id, r.tags, r.sort_order,
      coalesce((SELECT max(depth) FROM region_tree t WHERE t.region_id = r.region_id), 0) AS depth
    FROM regions r ORDER BY r.sort_order NULLS LAST, r.region_id`,
  params: (_: NoInput) => [],
  columns: {
    region_id: 'text',
    name_zh: 'text',
    name_en: 'text?',
    level: 'text',
    parent_id: 'text?',
    tags: 'text?',
    sort_order: 'int?',
    depth: 'int',
  },
  example: {},
});

export const catalogIndicators = panelQuery({
  id: 'catalog.indicators',
  sql: `SELECT indicator_id, name_zh, name_en, unit, direction, value_type, decimals, family, category, sort_order,
      (numerator_id IS NOT NULL OR value_type = 'rate') AS is_rate
    FROM indicators ORDER BY sort_order NULLS LAST, indicator_id`,
  params: (_: NoInput) => [],
  columns: {
    indicator_id: 'text',
    name_zh: 'text',
    name_en: 'text?',
    unit: 'text',
    direction: 'text',
    value_type: 'text',
    decimals: 'int?',
    family: 'text?',
    category: 'text?',
    sort_order: 'int?',
    is_rate: 'bool',
  },
  example: {},
});

export const catalogPolicies = panelQuery({
  id: 'catalog.policies',
  sql: 'SELECT doc_id, title, doc_number, issued_on, title_en FROM policies ORDER BY doc_id',
  params: (_: NoInput) => [],
  columns: {
    doc_id: 'text',
    title: 'text',
    doc_number: 'text?',
    issued_on: 'date?',
    title_en: 'text?',
  },
  example: {},
});

export const catalogDefaults = panelQuery({
  id: 'catalog.defaults',
  sql: 'SELECT region_id, year, month FROM default_view',
  params: (_: NoInput) => [],
  columns: {
    region_id: 'text?',
    year: 'int?',
    month: 'int?',
  },
  example: {},
});

export const catalogIllustrative = panelQuery({
  id: 'catalog.illustrative',
  sql: 'SELECT any_illustrative AS any FROM data_flags_snap',
  params: (_: NoInput) => [],
  columns: {
    any: 'bool',
  },
  example: {},
});

/**
 * Each government on its own plan: the month a region opens on (region_default_month), the span
 * of months with data for it (a region switch keeps the month only inside it) and the document
 * number of the plan it follows (region_plan_doc), for the region picker, and the indicator of its
 * first headline card (the map and the indicator screen open on it).
 */
export const catalogRegionPlans = panelQuery({
  id: 'catalog.regionPlans',
  sql: `SELECT r.region_id, dm.year AS default_year, dm.month AS default_month,
      (SELECT min(d.year * 12 + d.month - 1) FROM data_months_snap d JOIN region_tree rt ON rt.region_id = d.region_id WHERE rt.ancestor_id = r.region_id) AS first_month_index,
      (SELECT max(d.year * 12 + d.month - 1) FROM data_months_snap d JOIN region_tree rt ON rt.region_id = d.region_id WHERE rt.ancestor_id = r.region_id) AS last_month_index,
      p.doc_number AS plan_doc_number,
      (SELECT f.indicator_id FROM region_families(dm.year, r.region_id) f ORDER BY f.sort_order NULLS LAST, f.family_id LIMIT 1) AS headline_indicator_id
    FROM regions r
    LEFT JOIN region_default_month dm USING (region_id)
    LEFT JOIN region_plan_doc p USING (region_id)
    ORDER BY r.region_id`,
  params: (_: NoInput) => [],
  columns: {
    region_id: 'text',
    default_year: 'int?',
    default_month: 'int?',
    first_month_index: 'int?',
    last_month_index: 'int?',
    plan_doc_number: 'text?',
    headline_indicator_id: 'text?',
  },
  example: {},
});

/** The catalogue in the order the app reads it (the first-screen seed lists them in this order). */
export const CATALOG_QUERIES: readonly PanelQuery<NoInput, Columns>[] = [catalogRegions, catalogIndicators, catalogPolicies, catalogDefaults, catalogIllustrative, catalogRegionPlans];

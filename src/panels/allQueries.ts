/**
 * Every panel query declaration, for the row-type test (tests/sql/panelRowTypes.test.ts) and for
 * tools that list what the app asks DuckDB. A new panel's query is added here too.
 */
import type { AnyPanelQuery } from './panelQuery.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from './bulletin/query.ts';
import { catalogRegions, catalogIndicators, catalogPolicies, catalogDefaults, catalogIllustrative, catalogRegionPlans } from './catalog/query.ts';
import { coverageSpan, coverageIndicators, coverageIndicatorMonths, coverageRegionRows, coverageRegionCells } from './coverage/query.ts';
import { effectIndicators, policyEffect, effectSeries } from './effect/query.ts';
import { departmentRanking, regionDefaultMonth, regionFamilies } from './departments/query.ts';
import { engineMemory } from './engine/query.ts';
import { embedValue } from './embed/query.ts';
import { incentiveLines, incentiveTotals } from './incentives/query.ts';
import { targetsOf, targetMonths, seriesMonths, comparison, policyEvents } from './indicator/query.ts';
import { familyKpis } from './kpis/query.ts';
import { laggingTargets } from './lagging/query.ts';
import { mapAreas } from './map/query.ts';
import { monthsOfRegion } from './months/query.ts';
import { policyDocuments, docSummary, overdueTasks, departmentTasks, deadlinesAhead, docTargets } from './policy/query.ts';
import { unitRanking, rankingIndicators, childProgress } from './ranking/query.ts';
import { scorecard } from './scorecard/query.ts';
import { treeSummary, regionSummary } from './summary/query.ts';
import { playlistIndicators, playlistUnits } from './wall/query.ts';

export const ALL_QUERIES: readonly AnyPanelQuery[] = [
  bulletinIndicators,
  bulletinLagging,
  bulletinOverdue,
  bulletinUnits,
  catalogRegions,
  catalogIndicators,
  catalogPolicies,
  catalogDefaults,
  catalogIllustrative,
  catalogRegionPlans,
  departmentRanking,
  regionDefaultMonth,
  regionFamilies,
  coverageSpan,
  coverageIndicators,
  coverageIndicatorMonths,
  coverageRegionRows,
  coverageRegionCells,
  effectIndicators,
  policyEffect,
  effectSeries,
  engineMemory,
  embedValue,
  incentiveLines,
  incentiveTotals,
  targetsOf,
  targetMonths,
  seriesMonths,
  comparison,
  policyEvents,
  familyKpis,
  laggingTargets,
  mapAreas,
  monthsOfRegion,
  policyDocuments,
  docSummary,
  overdueTasks,
  departmentTasks,
  deadlinesAhead,
  docTargets,
  unitRanking,
  rankingIndicators,
  childProgress,
  scorecard,
  treeSummary,
  regionSummary,
  playlistIndicators,
  playlistUnits,
];

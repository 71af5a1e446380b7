/**
 * The queries each screen's default view asks for (the view a leader gets by following a link
 * with only `screen=` in it), so the build can answer them too and every screen draws before
 * DuckDB-WASM is ready. A query whose parameters come from another's rows (the indicator's primary
 * target, the policy screen's document) is run here to find them, as the screen would.
 * tests/e2e/parquet.test.ts checks that each screen asks for exactly these.
 */
import { mapRegionFor } from '../charts/geo/cityKey.ts';
import type { Param } from '../db/types.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from '../panels/bulletin/query.ts';
import { coverageIndicatorMonths, coverageIndicators, coverageSpan } from '../panels/coverage/query.ts';
import { effectIndicators, effectSeries, policyEffect } from '../panels/effect/query.ts';
import { incentiveLines, incentiveTotals } from '../panels/incentives/query.ts';
import { comparison, policyEvents, seriesMonths, targetMonths, targetsOf } from '../panels/indicator/query.ts';
import { departmentRanking } from '../panels/departments/query.ts';
import { familyKpis } from '../panels/kpis/query.ts';
import { laggingTargets } from '../panels/lagging/query.ts';
import { mapAreas } from '../panels/map/query.ts';
import { monthsOfRegion } from '../panels/months/query.ts';
import { allocationWarnings, untrackedLines } from '../panels/planLines/query.ts';
import { deadlinesAhead, departmentTasks, docSummary, docTargets, overdueTasks, policyDocuments } from '../panels/policy/query.ts';
import { boundQuery, runPanelQuery, type Queryable } from '../panels/runPanelQuery.ts';
import { unitRanking } from '../panels/ranking/query.ts';
import { scorecard } from '../panels/scorecard/query.ts';
import { regionSummary, treeSummary } from '../panels/summary/query.ts';
import { playlistIndicators, playlistUnits } from '../panels/wall/query.ts';
import { chooseDoc, monthEnd } from '../screens/policy/documents.ts';
import { childrenOf, type Meta } from './meta.ts';
import type { ResolvedView } from './view.ts';

type Lister = (meta: Meta, view: ResolvedView, on: Queryable) => Promise<{ sql: string; params: Param[] }[]>;

const header = (view: ResolvedView) => boundQuery(monthsOfRegion, { regionId: view.regionId });

const indicator: Lister = async (meta, view, on) => {
  const targets = await runPanelQuery(on, targetsOf, view);
  const primary = targets.find((r) => r.is_primary) ?? targets[0];
  const parentId = meta.regions.get(view.regionId)?.parent_id || view.regionId;
  return [
    header(view),
    boundQuery(targetsOf, view),
    // the series is asked for while the targets are on their way (the first render has no primary yet)
    boundQuery(seriesMonths, view),
    ...(primary ? [boundQuery(targetMonths, { targetId: primary.target_id, year: view.year })] : []),
    boundQuery(policyEvents, view),
    boundQuery(comparison, { ...view, parentId }),
  ];
};

const region: Lister = async (_meta, view) => [header(view), boundQuery(scorecard, view), boundQuery(regionSummary, view)];

const bulletin: Lister = async (_meta, view) => [
  header(view),
  boundQuery(regionSummary, view),
  boundQuery(bulletinUnits, view),
  boundQuery(bulletinIndicators, view),
  boundQuery(bulletinLagging, view),
  boundQuery(bulletinOverdue, { regionId: view.regionId, date: monthEnd(view.year, view.month) }),
  // the Word and Excel exports gather the headline, cards and lagging list as well
  boundQuery(treeSummary, view),
  boundQuery(familyKpis, view),
  boundQuery(laggingTargets, view),
];

const data: Lister = async (_meta, view) => [
  header(view),
  boundQuery(coverageSpan, {}),
  boundQuery(coverageIndicators, {}),
  boundQuery(coverageIndicatorMonths, {}),
  boundQuery(allocationWarnings, {}),
  boundQuery(untrackedLines, {}),
];

const policy: Lister = async (_meta, view, on) => {
  const docs = await runPanelQuery(on, policyDocuments, {});
  const doc = chooseDoc(docs, view.doc ?? null, view.regionId);
  const out = [header(view), boundQuery(policyDocuments, {})];
  if (!doc) return out;
  const root = docs.find((d) => d.doc_id === doc.root_id) ?? doc;
  // without a status report the screen opens on today, which the build cannot know
  const date = doc.report_date ?? root.report_date;
  if (!date) return out;
  const family = doc.doc_id;
  const inds = await runPanelQuery(on, effectIndicators, { docId: doc.doc_id });
  const ind = inds[0]?.indicator_id;
  const at = { family, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  return [
    ...out,
    boundQuery(docSummary, { family, date }),
    boundQuery(overdueTasks, { family, date }),
    boundQuery(departmentTasks, { family, date }),
    boundQuery(deadlinesAhead, { family, date }),
    boundQuery(docTargets, { family, date }),
    boundQuery(effectIndicators, { docId: doc.doc_id }),
    ...(ind ? [boundQuery(policyEffect, { docId: doc.doc_id, indicatorId: ind, months: 6 }), boundQuery(effectSeries, { docId: doc.doc_id, indicatorId: ind, months: 6 })] : []),
    boundQuery(incentiveLines, at),
    boundQuery(incentiveTotals, at),
  ];
};

/**
 * The wall's default playlist and its first page, the overview as a 16:9 wall composes it (the
 * headline cards, the map, the ranking, the lagging list). A wider wall's extra trend panel is
 * left to DuckDB-WASM: the build cannot know the screen.
 */
const wall: Lister = async (meta, view) => {
  const at = { regionId: view.regionId, year: view.year, month: view.month };
  const map = mapRegionFor(meta, view.regionId);
  return [
    boundQuery(playlistIndicators, at),
    boundQuery(playlistUnits, at),
    boundQuery(familyKpis, at),
    ...(map ? [boundQuery(mapAreas, { regionId: map.regionId, year: view.year, month: view.month, indicatorId: view.indicatorId })] : []),
    // units where there are any, else departments (components/RankingPanel.tsx, the same test)
    childrenOf(meta, view.regionId).length > 0 ? boundQuery(unitRanking, at) : boundQuery(departmentRanking, at),
    boundQuery(laggingTargets, at),
  ];
};

/** Screens whose default view the build answers, besides the overview (src/app/firstScreen.ts). */
export const SEEDED_SCREENS: Record<string, Lister> = { indicator, region, data, policy, bulletin, wall };

/** The counties with a plan of their own: a leader there opens the overview on their region. */
export const SEED_REGIONS = ['taian', 'juye', 'gaotang', 'shanting', 'tancheng'];

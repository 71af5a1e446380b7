/**
 * What every list of targets shows of one target at a month (progress_at, queries/41_progress.sql):
 * where, which indicator, its kind, actual against target, completion against the pace expected by
 * then, the gap and the status. Written once for the lagging list, the bulletin and the embed.
 */
import type { Columns } from './panelQuery.ts';

/** The select list, in the order of TARGET_PACE_COLUMNS; `p` is progress_at's alias. */
export const TARGET_PACE_SQL = 'p.region_id, p.indicator_id, p.kind, p.actual, p.target_value, p.completion, p.expected, p.pace_gap, p.status';

export const TARGET_PACE_COLUMNS = {
  region_id: 'text',
  indicator_id: 'text',
  kind: 'text',
  actual: 'double?',
  target_value: 'double?',
  completion: 'double?',
  expected: 'double?',
  pace_gap: 'double?',
  status: 'text',
} as const satisfies Columns;

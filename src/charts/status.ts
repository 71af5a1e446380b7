/**
 * Status shapes, shared by DOM and charts. A shape goes with every colour, so status never rests on
 * colour alone; the colours belong to the theme (chartStyle.ts).
 */
export type Status = 'ahead' | 'slightly_behind' | 'far_behind' | 'no_data';

export const STATUS_ICON: Record<Status, string> = {
  ahead: '▲',
  slightly_behind: '◆',
  far_behind: '▼',
  no_data: '○',
};

/**
 * A target's status also knows not_yet_due: a threshold due in a later month of the year, shown
 * with its value but judged only from its due month (queries/10_status.sql). Maps and region
 * roll-ups count only the pace statuses, so asStatus reads it as no_data.
 */
export type TargetStatus = Status | 'not_yet_due';

export const NOT_YET_DUE_ICON = '◇';

export function asTargetStatus(s: unknown): TargetStatus {
  return s === 'not_yet_due' ? s : asStatus(s);
}

export const targetStatusIcon = (s: TargetStatus): string => (s === 'not_yet_due' ? NOT_YET_DUE_ICON : STATUS_ICON[s]);

export function asStatus(s: unknown): Status {
  return s === 'ahead' || s === 'slightly_behind' || s === 'far_behind' ? s : 'no_data';
}

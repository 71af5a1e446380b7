/** Status colours and shapes, shared by DOM and charts. A shape goes with every colour, so status never rests on colour alone. */
export type Status = 'ahead' | 'slightly_behind' | 'far_behind' | 'no_data';

/** Dark enough for text on the white and light-grey panels: at least 4.5:1 (WCAG 1.4.3), so also 3:1 as bars. */
export const STATUS_COLOR: Record<Status, string> = {
  ahead: '#157a45',
  slightly_behind: '#8f6200',
  far_behind: '#b8322a',
  no_data: '#5f6b7a',
};

export const STATUS_ICON: Record<Status, string> = {
  ahead: '▲',
  slightly_behind: '◆',
  far_behind: '▼',
  no_data: '○',
};

export function asStatus(s: unknown): Status {
  return s === 'ahead' || s === 'slightly_behind' || s === 'far_behind' ? s : 'no_data';
}

/** Status colours and shapes, shared by DOM and charts. A shape goes with every colour, so status never rests on colour alone. */
export type Status = 'ahead' | 'slightly_behind' | 'far_behind' | 'no_data';

export const STATUS_COLOR: Record<Status, string> = {
  ahead: '#1f9d55',
  slightly_behind: '#e0a100',
  far_behind: '#d64541',
  no_data: '#8a94a6',
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

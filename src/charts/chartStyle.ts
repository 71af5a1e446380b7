/** Sizes and colours a chart option needs from its surroundings (pure data, so builders stay pure). */
export interface ChartStyle {
  /** Base font size in CSS pixels; everything else scales from it. */
  fontSize: number;
  text: string;
  muted: string;
  grid: string;
}

export const LIGHT_STYLE: ChartStyle = { fontSize: 14, text: '#1d2733', muted: '#6b7685', grid: '#e3e8ef' };

export function withFont(style: ChartStyle, fontSize: number): ChartStyle {
  return { ...style, fontSize };
}

/** Sizes and colours a chart option needs from its surroundings (pure data, so builders stay pure). */
export interface ChartStyle {
  /** Base font size in CSS pixels; everything else scales from it. */
  fontSize: number;
  text: string;
  muted: string;
  grid: string;
  /** a phone-width chart: builders shorten category labels so the plot keeps most of the width */
  narrow?: boolean;
}

export const LIGHT_STYLE: ChartStyle = { fontSize: 14, text: '#1d2733', muted: '#5a6473', grid: '#e3e8ef' };

/** 适老化 high contrast: black text, dark grid lines. */
export const HIGH_CONTRAST_STYLE: ChartStyle = { fontSize: 14, text: '#000000', muted: '#222222', grid: '#555555' };

export function withFont(style: ChartStyle, fontSize: number): ChartStyle {
  return { ...style, fontSize };
}

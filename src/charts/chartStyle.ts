/**
 * The themes: every size and colour a panel or chart option takes from its surroundings, as pure
 * data, so option builders stay pure and one builder draws the desk, the wall, an embed and print.
 * The desk is light (or high contrast, 适老化); the display wall dark, for reading from a distance;
 * print is what the Word bulletin colours its statuses with.
 */
import type { Status, TargetStatus } from './status.ts';

export interface ChartStyle {
  /** Base font size in CSS pixels; everything else scales from it. */
  fontSize: number;
  text: string;
  muted: string;
  grid: string;
  /** a phone-width chart: builders shorten category labels so the plot keeps most of the width */
  narrow?: boolean;
  /** status colours, always beside a shape (▲ ◆ ▼ ○ ◇): text and bars */
  status: Record<TargetStatus, string>;
  /** the target's path, the completion line and the pace (序时进度) marker */
  series: { path: string; completion: string; pace: string };
  /** map areas: fills dark enough for white labels, the frame, the label halo */
  map: { fill: Record<Status, string>; border: string; halo: string };
  /** category names longer than this many characters are cut short (the wall keeps its bars wide) */
  nameChars?: number;
  /** the wall draws SVG: sharp when its canvas is scaled up, and its labels are DOM text */
  renderer: 'canvas' | 'svg';
  /**
   * The desk's pages scroll: a chart scrolled out of sight takes a new answer when it comes back
   * into sight (or the page is printed), so a filter change draws only what can be seen. The wall
   * and its pages are all in sight.
   */
  scrolls?: boolean;
}

/** Dark enough for text on the white and light-grey panels: at least 4.5:1 (WCAG 1.4.3), so also 3:1 as bars. */
const LIGHT_STATUS: Record<TargetStatus, string> = {
  ahead: '#157a45',
  slightly_behind: '#8f6200',
  far_behind: '#b8322a',
  no_data: '#5f6b7a',
  // as dark as the others: 5.6:1 on white
  not_yet_due: '#46689f',
};

const LIGHT_SERIES = { path: '#2b5797', completion: '#6a3d9a', pace: '#e07b00' };

export const LIGHT_STYLE: ChartStyle = {
  fontSize: 14,
  text: '#1d2733',
  muted: '#5a6473',
  grid: '#e3e8ef',
  status: LIGHT_STATUS,
  series: LIGHT_SERIES,
  map: { fill: { ahead: '#2e9e5b', slightly_behind: '#c99400', far_behind: '#c8423e', no_data: '#a3acba' }, border: '#ffffff', halo: '#1d2733' },
  renderer: 'canvas',
};

/** 适老化 high contrast: black text, dark grid lines. */
export const HIGH_CONTRAST_STYLE: ChartStyle = {
  ...LIGHT_STYLE,
  text: '#000000',
  muted: '#222222',
  grid: '#555555',
  status: { ahead: '#0b5d31', slightly_behind: '#6b4900', far_behind: '#8f1d16', no_data: '#3b4450', not_yet_due: '#3b4450' },
};

/**
 * The wall's dark theme for distance reading. Status colours chosen to stay apart for red-green
 * colour blindness (blue / yellow / red differ in hue and lightness), always with a shape.
 */
export const DARK_STYLE: ChartStyle = {
  fontSize: 18,
  text: '#e8f0ff',
  muted: '#93a4c0',
  grid: '#2a3a57',
  status: { ahead: '#2f9bff', slightly_behind: '#f5c400', far_behind: '#ff4d5e', no_data: '#5d6b82', not_yet_due: '#9db8e8' },
  series: { path: '#8cc4ff', completion: '#d99cff', pace: '#ff9a3c' },
  // the same hues as the statuses, darker, so white labels stay legible on them
  map: { fill: { ahead: '#1765b3', slightly_behind: '#8f7200', far_behind: '#a3232f', no_data: '#34405a' }, border: '#0b1426', halo: '#0b1426' },
  nameChars: 9,
  renderer: 'svg',
};

/** On paper: the light theme's colours (dark enough on white), black text. */
export const PRINT_STYLE: ChartStyle = { ...LIGHT_STYLE, text: '#000000', muted: '#333333' };

export function withFont(style: ChartStyle, fontSize: number): ChartStyle {
  return { ...style, fontSize };
}

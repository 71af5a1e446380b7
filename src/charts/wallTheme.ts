/** The wall's dark theme for distance reading. Status colours chosen to stay apart for red-green colour blindness (blue / yellow / red differ in hue and lightness), always with a shape. */
import type { ChartStyle } from './chartStyle.ts';
import { STATUS_COLOR, type Status } from './status.ts';

export const WALL_STATUS_COLOR: Record<Status, string> = {
  ahead: '#2f9bff',
  slightly_behind: '#f5c400',
  far_behind: '#ff4d5e',
  no_data: '#5d6b82',
};

/** Map fills: the same hues, darker, so white labels stay legible on them. */
export const WALL_MAP_FILL: Record<Status, string> = {
  ahead: '#1765b3',
  slightly_behind: '#8f7200',
  far_behind: '#a3232f',
  no_data: '#34405a',
};

export const WALL_STYLE: ChartStyle = { fontSize: 18, text: '#e8f0ff', muted: '#93a4c0', grid: '#2a3a57' };

/**
 * Replaces colours in an option built for the light theme (deep copy; functions kept), so a pure
 * builder written for the light screens serves the dark wall too.
 */
export function recolor<T>(value: T, map: Record<string, string>): T {
  if (typeof value === 'string') return (map[value] ?? value) as T;
  if (Array.isArray(value)) return value.map((v) => recolor(v, map)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = recolor(v, map);
    return out as T;
  }
  return value;
}

/** Light-theme chart colours -> the wall's. */
export const DARK_RECOLOR: Record<string, string> = {
  [STATUS_COLOR.ahead]: WALL_STATUS_COLOR.ahead,
  [STATUS_COLOR.slightly_behind]: WALL_STATUS_COLOR.slightly_behind,
  [STATUS_COLOR.far_behind]: WALL_STATUS_COLOR.far_behind,
  [STATUS_COLOR.no_data]: WALL_STATUS_COLOR.no_data,
  '#2b5797': '#8cc4ff',
  '#6a3d9a': '#d99cff',
  '#e07b00': '#ff9a3c',
};

/**
 * A ranking chart built for the desk, as the wall shows it: long unit or department names cut
 * short rather than squeezing the bars, and the wall's colours when it draws dark.
 */
export function wallRanking<T extends object>(option: T, style: ChartStyle, dark: boolean): T {
  const y = (option as { yAxis?: { axisLabel?: object } }).yAxis;
  if (y) y.axisLabel = { ...y.axisLabel, width: style.fontSize * 9, overflow: 'truncate' };
  return dark ? recolor(option, DARK_RECOLOR) : option;
}

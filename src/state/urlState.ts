/** The view lives in the URL, so a link reproduces it. Parsing is strict: unknown values fall back to defaults. */
import type { Lang } from '../i18n/strings.ts';

/** The screen shown when the URL names none, or one the screen registry (src/app/screens.ts) does not list. */
export const DEFAULT_SCREEN = 'overview';

export interface ViewState {
  /** An id of the screen registry. */
  screen: string;
  lang: Lang;
  /** null = the default chosen from the data */
  region: string | null;
  indicator: string | null;
  year: number | null;
  month: number | null;
  /** ranking indicator on the overview; null = overall */
  rank: string | null;
  // the policy screen: document family, reference date (YYYY-MM-DD), months each side of the issue date
  doc: string | null;
  date: string | null;
  win: number | null;
  /** 适老化: large text and high contrast; null = not in the URL (the stored choice applies, see displayPrefs.ts) */
  text: 'large' | 'normal' | null;
  contrast: 'high' | 'normal' | null;
}

const ID = /^[\p{L}\p{N}_.:-]{1,64}$/u;

function id(v: string | null): string | null {
  return v !== null && ID.test(v) ? v : null;
}

function int(v: string | null, min: number, max: number): number | null {
  if (v === null || !/^\d{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** URL parameters, one per field of the view state besides `screen`. */
export type ViewParam = Exclude<keyof ViewState, 'screen'>;

/** Parameters every screen reads; a screen's own ones are listed in the screen registry. */
export const SHARED_PARAMS = ['region', 'indicator', 'year', 'month', 'lang', 'text', 'contrast'] as const satisfies readonly ViewParam[];

/** `screens`: the ids of the screen registry; any other `screen=` falls back to the default. */
export function parseViewState(search: string, screens: readonly string[]): ViewState {
  const q = new URLSearchParams(search);
  const screen = q.get('screen');
  // month=2020-10 is accepted as well as year=2020&month=10
  const monthRaw = q.get('month');
  const ym = monthRaw?.match(/^(\d{4})-(\d{1,2})$/);
  return {
    screen: screen !== null && screens.includes(screen) ? screen : DEFAULT_SCREEN,
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    region: id(q.get('region')),
    indicator: id(q.get('indicator')),
    year: ym ? int(ym[1]!, 1900, 2200) : int(q.get('year'), 1900, 2200),
    month: ym ? int(ym[2]!, 1, 12) : int(monthRaw, 1, 12),
    rank: id(q.get('rank')),
    doc: id(q.get('doc')),
    date: isoDate(q.get('date')),
    win: int(q.get('win'), 2, 24),
    text: oneOf(q.get('text'), ['large', 'normal'] as const),
    contrast: oneOf(q.get('contrast'), ['high', 'normal'] as const),
  };
}

function oneOf<V extends string>(v: string | null, values: readonly V[]): V | null {
  return (values as readonly string[]).includes(v ?? '') ? (v as V) : null;
}

function isoDate(v: string | null): string | null {
  if (v === null || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : v;
}

export function serializeViewState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.screen !== DEFAULT_SCREEN) q.set('screen', s.screen);
  if (s.region) q.set('region', s.region);
  if (s.indicator) q.set('indicator', s.indicator);
  if (s.year !== null) q.set('year', String(s.year));
  if (s.month !== null) q.set('month', String(s.month));
  if (s.rank) q.set('rank', s.rank);
  if (s.doc) q.set('doc', s.doc);
  if (s.date) q.set('date', s.date);
  if (s.win !== null) q.set('win', String(s.win));
  if (s.text) q.set('text', s.text);
  if (s.contrast) q.set('contrast', s.contrast);
  if (s.lang !== 'zh') q.set('lang', s.lang);
  const str = q.toString();
  return str ? `?${str}` : '';
}

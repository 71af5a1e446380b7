/**
 * The wall's and the embed's own URL parameters (the shared view state stays in src/state/urlState.ts):
 *   ?screen=wall&playlist=overview,indicator:fdi,region:taishan&interval=30&refresh=300
 *   ?embed=kpi&indicator=fdi&region=taian
 * Pure functions, unit-tested.
 */

export type PageKind = 'overview' | 'indicator' | 'region';
export interface PlaylistItem {
  kind: PageKind;
  /** indicator id for `indicator:…`, region id for `region:…` */
  id: string | null;
}

export const EMBED_PANELS = ['kpi', 'kpis', 'map', 'ranking', 'lagging', 'trend', 'summary'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

export interface WallParams {
  playlist: PlaylistItem[];
  /** seconds per playlist page */
  interval: number;
  /** seconds between data refreshes; 0 = never */
  refresh: number;
  embed: EmbedPanel | null;
  /** `wallstats=1`: expose window.__wallStats (tests only) */
  stats: boolean;
  /** tests only (with wallstats=1): `wallspeed=20` runs every wall timer 20 times faster */
  speed: number;
  /** the embed's theme: light by default, `theme=dark` for dark portals */
  dark: boolean;
  /** tests only (with wallstats=1): `wallfail=ranking` makes that panel throw while rendering */
  failPanel: string | null;
}

export const DEFAULT_INTERVAL = 30;
export const DEFAULT_REFRESH = 300;
const ID = /^[\p{L}\p{N}_.-]{1,64}$/u;

export function parsePlaylist(raw: string | null): PlaylistItem[] {
  if (!raw) return [];
  const out: PlaylistItem[] = [];
  for (const part of raw.split(',')) {
    const [kind, id, extra] = part.trim().split(':');
    if (extra !== undefined) continue;
    if (kind === 'overview' && id === undefined) out.push({ kind, id: null });
    else if ((kind === 'indicator' || kind === 'region') && id !== undefined && ID.test(id)) out.push({ kind, id });
  }
  return out.slice(0, 50);
}

function seconds(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return fallback;
  const n = Number(raw);
  if (n === 0) return 0;
  return Math.min(max, Math.max(min, n));
}

/** The URL parameters the wall and embeds read (listed in the screen registry). */
export const WALL_PARAMS = ['playlist', 'interval', 'refresh', 'embed', 'wallstats', 'wallspeed', 'theme', 'wallfail'] as const;

export function parseWallParams(search: string): WallParams {
  const q = new URLSearchParams(search);
  const embed = q.get('embed');
  return {
    playlist: parsePlaylist(q.get('playlist')),
    interval: seconds(q.get('interval'), 5, 24 * 3600, DEFAULT_INTERVAL) || DEFAULT_INTERVAL,
    refresh: seconds(q.get('refresh'), 1, 7 * 24 * 3600, DEFAULT_REFRESH),
    embed: (EMBED_PANELS as readonly string[]).includes(embed ?? '') ? (embed as EmbedPanel) : null,
    stats: q.get('wallstats') === '1',
    speed: q.get('wallstats') === '1' ? seconds(q.get('wallspeed'), 1, 1000, 1) || 1 : 1,
    dark: q.get('theme') === 'dark',
    failPanel: q.get('wallstats') === '1' ? q.get('wallfail') : null,
  };
}

/**
 * Without a playlist: the overview of the default region, then each headline indicator (one per
 * KPI family), then each unit (child region) that has targets.
 */
export function defaultPlaylist(headlineIndicators: string[], childRegions: string[]): PlaylistItem[] {
  return [
    { kind: 'overview', id: null },
    ...headlineIndicators.map((id) => ({ kind: 'indicator' as const, id })),
    ...childRegions.map((id) => ({ kind: 'region' as const, id })),
  ];
}

/** Retry delay after `failures` consecutive failed refreshes: doubling from the refresh interval, capped. */
export function backoffDelay(refreshSeconds: number, failures: number, capSeconds = 600): number {
  if (failures <= 0) return refreshSeconds * 1000;
  const base = Math.min(refreshSeconds, 15);
  return Math.min(Math.max(capSeconds, refreshSeconds), base * 2 ** (failures - 1)) * 1000;
}

export interface CanvasFit {
  /** CSS pixels of the screen per design pixel */
  scale: number;
  /** the design canvas: 1080 high, as wide as the screen's shape allows (at least 1920) */
  width: number;
  height: number;
  /** std: 16:9; wide: about 32:9; ultra: 48:9 and wider */
  tier: 'std' | 'wide' | 'ultra';
}

export const DESIGN_W = 1920;
export const DESIGN_H = 1080;

/** Scales the 1920×1080 design to the screen without distortion; a wider screen gets a wider canvas. */
export function fitCanvas(vw: number, vh: number): CanvasFit {
  const scale = Math.min(vw / DESIGN_W, vh / DESIGN_H);
  const width = Math.floor(vw / scale);
  const height = Math.floor(vh / scale);
  const tier = width >= 4600 ? 'ultra' : width >= 2880 ? 'wide' : 'std';
  return { scale, width, height, tier };
}

export type WallPanelId = 'kpis' | 'card' | 'map' | 'ranking' | 'lagging' | 'trend' | 'summary';
export interface WallColumn {
  /** a CSS grid track: fixed design pixels or a share */
  width: string;
  panels: WallPanelId[];
}

/** Which panels a page shows, by column, on each canvas shape: a wider canvas shows more panels. */
export function wallColumns(kind: PageKind, tier: CanvasFit['tier']): WallColumn[] {
  const head: WallColumn = { width: '440px', panels: [kind === 'indicator' ? 'card' : 'kpis'] };
  const map: WallColumn = { width: tier === 'std' ? '1fr' : '1.35fr', panels: ['map'] };
  if (tier === 'std') return [head, map, { width: '500px', panels: kind === 'indicator' ? ['ranking', 'trend'] : ['ranking', 'lagging'] }];
  if (tier === 'wide')
    return [
      head,
      map,
      { width: '1fr', panels: ['ranking'] },
      { width: '1fr', panels: ['trend', 'summary'] },
      { width: '1fr', panels: ['lagging'] },
    ];
  return [head, map, { width: '1fr', panels: ['ranking'] }, { width: '1fr', panels: ['trend'] }, { width: '1fr', panels: ['summary'] }, { width: '1fr', panels: ['lagging'] }];
}

/**
 * The embed's postMessage API (pure parts, unit-tested).
 *
 * Host -> panel:  { type: 'pace:set', region?, indicator?, year?, month? }   change the view
 *                 { type: 'pace:get' }                                       ask for the value
 * Panel -> host:  { type: 'pace:ready', panel }
 *                 { type: 'pace:value', panel, region, indicator, year, month, value }
 *                 { type: 'pace:error', error, field, given }
 * Messages from origins not on the allow-list (public/embed-allow.json) are ignored; the page's
 * own origin is always allowed.
 */

export interface SetMessage {
  type: 'pace:set';
  region?: string;
  indicator?: string;
  year?: number;
  month?: number;
}
export type HostMessage = SetMessage | { type: 'pace:get' };

export interface PanelValue {
  kind: string;
  unit: string;
  actual: number | null;
  target: number | null;
  completion: number | null;
  expected: number | null;
  paceGap: number | null;
  status: string;
  illustrative: boolean;
}

export interface ValueMessage {
  type: 'pace:value';
  panel: string;
  region: string;
  indicator: string;
  year: number;
  month: number;
  value: PanelValue | null;
}

export const ALLOW_LIST_PATH = 'embed-allow.json';

/** Origins from the allow-list file: `{ "origins": ["https://portal.example.gov.cn"] }`. Anything malformed allows nothing. */
export function parseAllowList(json: unknown): string[] {
  if (!json || typeof json !== 'object') return [];
  const origins = (json as { origins?: unknown }).origins;
  if (!Array.isArray(origins)) return [];
  const out: string[] = [];
  for (const o of origins) {
    if (typeof o !== 'string') continue;
    try {
      const u = new URL(o);
      // an origin only: scheme, host, port; never a wildcard
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o.replace(/\/$/, '')) out.push(u.origin);
    } catch {
      // not a URL: ignored
    }
  }
  return out;
}

export function isAllowed(origin: string, allow: readonly string[], own: string): boolean {
  return origin === own || allow.includes(origin);
}

const ID = /^[\p{L}\p{N}_.-]{1,64}$/u;

/** A host's message, checked field by field; anything else is null (ignored). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'pace:get') return { type: 'pace:get' };
  if (m.type !== 'pace:set') return null;
  const out: SetMessage = { type: 'pace:set' };
  if (m.region !== undefined) {
    if (typeof m.region !== 'string' || !ID.test(m.region)) return null;
    out.region = m.region;
  }
  if (m.indicator !== undefined) {
    if (typeof m.indicator !== 'string' || !ID.test(m.indicator)) return null;
    out.indicator = m.indicator;
  }
  if (m.year !== undefined) {
    if (!Number.isInteger(m.year) || (m.year as number) < 1900 || (m.year as number) > 2200) return null;
    out.year = m.year as number;
  }
  if (m.month !== undefined) {
    if (!Number.isInteger(m.month) || (m.month as number) < 1 || (m.month as number) > 12) return null;
    out.month = m.month as number;
  }
  return out;
}

/** What earlier files defined, so later files can be checked against it (ids, names and aliases). */
import { toHalfWidth } from './parseValue.ts';

export interface Defined {
  file: string;
  line: number;
}

export interface IndicatorEntry extends Defined {
  valueType: string;
  nameZh: string;
  nameEn: string | null;
  unit: string;
  aliases: string[];
  /** Created by the intake for a wide-export indicator that matched nothing. */
  generated: boolean;
}

export interface RegionEntry extends Defined {
  nameZh: string;
  level: string;
  generated: boolean;
}

export interface Catalog {
  indicators: Map<string, IndicatorEntry>;
  regions: Map<string, RegionEntry>;
  policies: Map<string, Defined>;
  /** headline families: one definition each, the first file's */
  families: Map<string, Defined>;
  /** normalised name or alias -> id */
  indicatorNames: Map<string, string>;
  regionNames: Map<string, string>;
}

export function emptyCatalog(): Catalog {
  return { indicators: new Map(), regions: new Map(), policies: new Map(), families: new Map(), indicatorNames: new Map(), regionNames: new Map() };
}

/** A copy that can be extended (a preview) without touching the original. */
export function cloneCatalog(c: Catalog): Catalog {
  return {
    indicators: new Map(c.indicators),
    regions: new Map(c.regions),
    policies: new Map(c.policies),
    families: new Map(c.families),
    indicatorNames: new Map(c.indicatorNames),
    regionNames: new Map(c.regionNames),
  };
}

/** Name key: half-width, no spaces, lower case, full-width brackets as ASCII ones. */
export function nameKey(s: string): string {
  return toHalfWidth(s).trim().replace(/\s+/g, '').toLowerCase();
}

/**
 * Region name variants analysts and statistics portals write: 泰山区 / 泰山, 泰安高新技术产业开发区 /
 * 泰安高新区, 山东省 / 山东, 内蒙古自治区 / 内蒙古, 广西壮族自治区 / 广西.
 */
export function regionNameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const stripped = name.replace(/(市|县|区|省)$/, '');
  if (stripped.length >= 2 && stripped !== name) out.add(stripped);
  const autonomous = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$/, '');
  if (autonomous.length >= 2 && autonomous !== name) out.add(autonomous);
  if (name.includes('高新技术产业开发区')) out.add(name.replace('高新技术产业开发区', '高新区'));
  if (name.endsWith('高新区')) out.add(name.replace(/高新区$/, '高新技术产业开发区'));
  if (name.includes('经济技术开发区')) out.add(name.replace('经济技术开发区', '经开区'));
  if (name.endsWith('经济开发区')) out.add(name.replace(/经济开发区$/, '经开区'));
  return [...out];
}

export function addRegionNames(cat: Catalog, id: string, names: string[]): void {
  for (const n of names) {
    for (const v of regionNameVariants(n)) {
      const k = nameKey(v);
      if (k && !cat.regionNames.has(k)) cat.regionNames.set(k, id);
    }
  }
}

export function resolveRegion(cat: Catalog, raw: string): string | null {
  const s = raw.trim();
  if (cat.regions.has(s)) return s;
  for (const v of regionNameVariants(s)) {
    const id = cat.regionNames.get(nameKey(v));
    if (id) return id;
  }
  return null;
}

export function resolveIndicator(cat: Catalog, raw: string): string | null {
  const s = raw.trim();
  if (cat.indicators.has(s)) return s;
  return cat.indicatorNames.get(nameKey(s)) ?? null;
}

export function addIndicatorNames(cat: Catalog, id: string, names: (string | null | undefined)[]): void {
  for (const n of names) {
    if (typeof n !== 'string' || n.trim() === '') continue;
    const k = nameKey(n);
    if (!cat.indicatorNames.has(k)) cat.indicatorNames.set(k, id);
  }
}

/** Names of the national region in a regions file (name or alias). */
export const NATIONAL_NAMES = ['全国', '中国', '全国合计', 'national', 'china'];

export function findNational(cat: Catalog): string | null {
  for (const n of NATIONAL_NAMES) {
    const id = cat.regionNames.get(nameKey(n));
    if (id) return id;
  }
  return null;
}

/** An id not yet used in `taken`: `base`, `base_2`, `base_3`, … */
export function freeId(base: string, taken: { has(k: string): boolean }): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

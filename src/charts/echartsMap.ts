/**
 * The extra ECharts modules of the map, in their own chunk so the main bundle does not grow: the
 * geo component and label layout (marker labels beside the map). On the wall it draws SVG, which
 * the wall registers (svgRenderer.ts).
 */
import { echarts } from './echartsSetup.ts';
import { GeoComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { loadCityShapes } from './geo/index.ts';

echarts.use([GeoComponent, LabelLayout]);

export interface FeatureInfo {
  name: string;
  /** where its label goes: the shape file's centre point, or the middle of its box */
  anchor: [number, number];
  /** its bounding box's area in square degrees */
  size: number;
}

function bbox(geometry: unknown): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (x: unknown) => {
    if (Array.isArray(x) && typeof x[0] === 'number') {
      const [lon, lat] = x as [number, number];
      b[0] = Math.min(b[0], lon);
      b[1] = Math.min(b[1], lat);
      b[2] = Math.max(b[2], lon);
      b[3] = Math.max(b[3], lat);
    } else if (Array.isArray(x)) x.forEach(walk);
  };
  walk((geometry as { coordinates?: unknown }).coordinates);
  return b;
}

const registered = new Map<string, Promise<FeatureInfo[]>>();

/** Registers a city's shapes once; resolves to its features' names, label anchors and sizes. */
export function ensureCityMap(key: string): Promise<FeatureInfo[]> {
  let p = registered.get(key);
  if (!p) {
    p = loadCityShapes(key).then((geo) => {
      echarts.registerMap(key, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geo.features.map((f) => {
        const [x0, y0, x1, y1] = bbox(f.geometry);
        return { name: f.properties.name, anchor: f.properties.cp ?? [(x0 + x1) / 2, (y0 + y1) / 2], size: (x1 - x0) * (y1 - y0) };
      });
    });
    p.catch(() => registered.delete(key));
    registered.set(key, p);
  }
  return p;
}

export { echarts };

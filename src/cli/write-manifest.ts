/**
 * `npm run manifest -- dist/data`: rewrites a data folder's manifest.json from the CSV files in it,
 * so a running wall picks up files copied onto a deployed server (it reloads what the manifest says
 * changed). Default folder: dist/data.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildManifest } from '../data/manifestNode.ts';

const dir = resolve(process.argv[2] ?? 'dist/data');
const manifest = buildManifest(dir);
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
console.log(`${join(dir, 'manifest.json')}: ${manifest.files.length} files`);

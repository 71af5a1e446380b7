/** The licences of the npm packages whose code ends up in dist/, written next to the app. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface ShippedPackage {
  name: string;
  version: string;
  license: string;
  text: string | null;
}

/** The package that owns a bundled module path such as …/node_modules/@duckdb/duckdb-wasm/dist/x.js. */
export function packageRoot(modulePath: string): string | null {
  const marker = `${sep}node_modules${sep}`;
  const i = modulePath.lastIndexOf(marker);
  if (i < 0) return null;
  const rest = modulePath.slice(i + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  return modulePath.slice(0, i + marker.length) + rest.slice(0, depth).join(sep);
}

export function shippedPackages(modulePaths: Iterable<string>): ShippedPackage[] {
  const roots = new Set<string>();
  for (const p of modulePaths) {
    const clean = p.replace(/^\0/, '').split('?')[0]!;
    const r = packageRoot(clean);
    if (r && existsSync(join(r, 'package.json'))) roots.add(r);
  }
  return [...roots]
    .map((root) => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
      const file = readdirSync(root).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
      return { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN', text: file ? readFileSync(join(root, file), 'utf8') : null };
    })
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function licenseReport(pkgs: ShippedPackage[]): string {
  const head = pkgs.map((p) => `${p.name}@${p.version}  ${p.license}`).join('\n');
  const texts = pkgs.map((p) => `\n\n==== ${p.name}@${p.version} (${p.license}) ====\n\n${p.text ?? '(no licence file in the package)'}`).join('');
  return `Third-party software shipped in this build\n\n${head}${texts}\n`;
}


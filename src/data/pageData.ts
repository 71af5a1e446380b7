/**
 * The file list and the data build it names, fetched once when the page opens: the first paint
 * (src/app/prepaint.ts) and the boot (src/app/boot.ts) read the same answer instead of asking
 * twice. (The build is not asked for before the manifest names it: a folder without a build would
 * answer 404, an error in the console of every page reading CSVs.) A build is used only if it was
 * made from exactly the CSVs the manifest lists.
 */
import { buildMatches, isDataBuild, type DataBuild } from './dataBuild.ts';
import { fetchManifest, type Manifest } from './manifest.ts';

export interface PageData {
  manifest: Manifest;
  /** null: no build, or one made from other CSVs (the page then reads the CSVs) */
  build: DataBuild | null;
}

/** A JSON file of the app's (a path the manifest or the build named, under the base), or null when absent or unreadable. */
export async function fetchDataJson(base: string, path: string | undefined): Promise<unknown> {
  if (!path || !/^[\w/.-]+\.json$/.test(path) || path.includes('..')) return null;
  try {
    const res = await fetch(`${base}${path}`, { cache: 'no-store' });
    return res.ok ? ((await res.json()) as unknown) : null;
  } catch {
    return null;
  }
}

async function fetchPageData(base: string): Promise<PageData> {
  const manifest = await fetchManifest(base);
  const build = manifest.build ? await fetchDataJson(base, `data/${manifest.build}`) : null;
  return { manifest, build: isDataBuild(build) && buildMatches(build, manifest.files) ? build : null };
}

/** The app's base URL (the folder index.html was served from), so dist/ works under any path. */
export function appBase(): string {
  return new URL('.', window.location.href).href.replace(/[?#].*$/, '');
}

let first: Promise<PageData> | null = null;

/** The page's start-up answer (rejects as fetchManifest does); later reloads fetch the manifest anew. */
export function pageData(base: string): Promise<PageData> {
  first ??= fetchPageData(base);
  return first;
}

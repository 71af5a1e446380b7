/** What `npm run build` writes next to the CSVs: the validated tables and snapshots as Parquet. */
import type { SeedQuery, SeedResult } from '../app/firstScreen.ts';
import type { FileReport } from './report.ts';

export const DATA_BUILD_DIR = 'data/build/';
export const DATA_BUILD_PATH = `${DATA_BUILD_DIR}build.json`;

export interface DataBuildTable {
  /** table name in DuckDB */
  name: string;
  /** path of the Parquet file, relative to data/build/ */
  file: string;
  rows: number;
  bytes: number;
  /**
   * Loaded after the first screen is drawn: the large observation-level tables, which the
   * overview does not read (queries that do read them wait; src/db/queryClient.ts defer).
   */
  deferred: boolean;
  /**
   * The table's columns with their types in DuckDB (before the Parquet casts): the browser creates
   * the snapshot tables empty from these instead of computing them on empty tables at start-up.
   */
  columns?: { name: string; type: string }[];
}

export interface DataBuild {
  builtAt: string;
  engine: string;
  /** manifest hash of each CSV the build read: the build is used only while these still match */
  sources: Record<string, string>;
  tables: DataBuildTable[];
  reports: FileReport[];
  /** the first screen's query results, computed by native DuckDB (src/app/firstScreen.ts) */
  seed?: SeedResult[];
  /** every other default view's results: view key (`policy`, `overview:juye`) → its file under data/build/ */
  views?: Record<string, string>;
  /** default views' queries whose answers were too large to ship: DuckDB-WASM answers them */
  unseeded?: SeedQuery[];
}

/** Tables the overview never reads, loaded in the background when they are large. */
export const DEFERRABLE = new Set(['observations', 'obs_all_snap', 'series_snap']);
export const DEFER_ABOVE_BYTES = 1024 * 1024;

/** Files above this are read by HTTP range requests (the footer first, then column chunks) rather than one download. */
export const RANGE_ABOVE_BYTES = 8 * 1024 * 1024;

export function isDataBuild(x: unknown): x is DataBuild {
  const b = x as Partial<DataBuild> | null;
  return !!b && typeof b === 'object' && Array.isArray(b.tables) && typeof b.sources === 'object' && Array.isArray(b.reports);
}

/** The build matches the data when it read exactly the files the manifest lists now, unchanged. */
export function buildMatches(build: DataBuild, manifestFiles: { path: string; hash: string }[]): boolean {
  const now = new Map(manifestFiles.map((f) => [f.path, f.hash]));
  const then = Object.entries(build.sources);
  return then.length === now.size && then.every(([p, h]) => now.get(p) === h);
}

/** What `npm run build` writes next to the CSVs: the validated tables and snapshots as Parquet. */
import type { FileReport } from './report.ts';

export const DATA_BUILD_PATH = 'data/build/build.json';

export interface DataBuildTable {
  /** table name in DuckDB */
  name: string;
  /** path of the Parquet file, relative to data/build/ */
  file: string;
  rows: number;
  bytes: number;
}

export interface DataBuild {
  builtAt: string;
  engine: string;
  /** manifest hash of each CSV the build read: the build is used only while these still match */
  sources: Record<string, string>;
  tables: DataBuildTable[];
  reports: FileReport[];
}

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

/**
 * Build step: reads every CSV under data/ through the same intake the browser uses, in native
 * DuckDB, computes the snapshots, and writes every table as sorted, compressed Parquet plus a
 * build.json describing them. The CSVs stay the source of truth; the browser uses the Parquet
 * only while the manifest still lists the same CSV hashes.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstScreenResults, viewSeeds } from '../app/firstScreen.ts';
import { groupBy } from '../data/groupBy.ts';
import { loadFiles } from '../data/intake.ts';
import type { FolderData } from '../data/folderSource.ts';
import { DEFER_ABOVE_BYTES, DEFERRABLE, type DataBuild } from '../data/dataBuild.ts';
import { assertIdent } from '../db/makeDb.ts';
import { openNativeDb } from '../db/nativeDb.ts';
import type { Db } from '../db/types.ts';
import { applySemanticLayer, refreshSnapshots, type SqlFile } from '../db/semanticLayer.ts';

/** Sort keys that put rows a view filters on next to each other, so Parquet row groups can be skipped. */
const SORT: Record<string, string> = {
  observations: 'indicator_id, region_id, year, month',
  obs_all_snap: 'indicator_id, region_id, year, month',
  series_snap: 'indicator_id, region_id, year, month',
  target_status_snap: 'year, month, indicator_id, region_id',
  // progress_at(y, m) reads one (year, asof_month) slice: kept together, DuckDB's zone maps skip the rest
  progress_snap: 'year, asof_month, region_id, indicator_id',
  targets: 'indicator_id, region_id, year',
};

/**
 * Plain column types the browser turns into Arrow without conversions: text, double, 32-bit int,
 * boolean. Dates travel as ISO text and are cast back when inserted into their table.
 */
export function parquetCast(dataType: string, column: string): string {
  const t = dataType.toUpperCase();
  if (t === 'BOOLEAN') return column;
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/.test(t)) return `CAST(${column} AS INTEGER)`;
  if (/^(BIGINT|HUGEINT|UINTEGER|UBIGINT)$/.test(t)) return `CAST(${column} AS INTEGER)`;
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL)/.test(t)) return `CAST(${column} AS DOUBLE)`;
  return `CAST(${column} AS VARCHAR)`;
}

/** A native database with the semantic layer applied and no data yet: what a build starts from. */
export async function openBuildDb(sql: SqlFile[]): Promise<Db> {
  const db = await openNativeDb();
  try {
    await applySemanticLayer(db, sql);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}

/** The default views' answers: the overview's for build.json, each other view's in a file of its own. */
async function seedFiles(db: Db, outDir: string): Promise<Pick<DataBuild, 'seed' | 'unseeded' | 'views'>> {
  const { seed, unseeded } = await firstScreenResults(db);
  const { first, views } = viewSeeds(seed);
  const files: Record<string, string> = {};
  for (const [key, entries] of views) {
    const file = `seed-${key.replace(/[^\w-]/g, '-')}.json`;
    writeFileSync(join(outDir, file), JSON.stringify(entries));
    files[key] = file;
  }
  return { seed: first, unseeded, views: files };
}

/**
 * `ready`: a database from openBuildDb made beforehand (a running server keeps one waiting, so a
 * rebuild does not start by opening DuckDB and applying queries/); it is closed at the end.
 */
export async function buildData({ files, failed, manifest }: FolderData, sql: SqlFile[], outDir: string, ready?: Promise<Db>): Promise<DataBuild> {
  const db = await (ready ?? openBuildDb(sql));
  try {
    // native DuckDB's CSV reader beats the JavaScript intake on files of any size (10k rows: 0.33 →
    // 0.15 s); the browser's WASM build pays a fixed cost per file and keeps the size threshold
    const reports = await loadFiles(db, files, { failedBefore: failed, csvReaderFromBytes: 0 });
    await refreshSnapshots(db, sql);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    // one catalogue query for every table's columns, and COPY's own row count: a rebuild on a
    // running server waits for every round trip here
    const columns = await db.query<{ table_name: string; column_name: string; data_type: string }>(
      "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position",
    );
    const out: DataBuild['tables'] = [];
    for (const [table_name, cols] of groupBy(columns, (c) => c.table_name)) {
      const name = assertIdent(table_name);
      const file = `${name}.parquet`;
      const path = join(outDir, file);
      const order = SORT[name] ? ` ORDER BY ${SORT[name]}` : '';
      const select = cols.map((c) => `${parquetCast(c.data_type, assertIdent(c.column_name))} AS ${c.column_name}`).join(', ');
      // the path is ours (outDir + an identifier), never data; DuckDB's COPY takes no parameter here.
      // Snappy: the compression the browser's Parquet reader (hyparquet) decodes without extra code.
      const [copied] = await db.query<{ Count: number }>(`COPY (SELECT ${select} FROM ${name}${order}) TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 100000)`);
      const bytes = statSync(path).size;
      out.push({
        name,
        file,
        rows: Number(copied?.Count ?? 0),
        bytes,
        deferred: DEFERRABLE.has(name) && bytes > DEFER_ABOVE_BYTES,
        columns: cols.map((c) => ({ name: c.column_name, type: c.data_type })),
      });
    }
    const version = (await db.query<{ v: string }>('SELECT version() AS v'))[0]?.v ?? '';
    const build: DataBuild = {
      builtAt: new Date().toISOString(),
      engine: `duckdb ${version} (native)`,
      sources: Object.fromEntries(manifest.files.map((f) => [f.path, f.hash])),
      tables: out,
      reports,
      ...(await seedFiles(db, outDir)),
    };
    writeFileSync(join(outDir, 'build.json'), JSON.stringify(build));
    return build;
  } finally {
    await db.close();
  }
}

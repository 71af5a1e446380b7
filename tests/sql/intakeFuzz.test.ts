/**
 * Fuzzing the intake: thousands of mutated files (tests/helpers/fuzzFiles.ts) through the real
 * intake into DuckDB-WASM, many files per runIntake call. For every file of every batch:
 *   - exactly one report, under the file's own name, and one row in load_files;
 *   - counts are non-negative integers and rowsLoaded + rowsRejected = rowsRead;
 *   - the report does not lie: the file's rows in its table are the rows it says it loaded
 *     (plus the superseded ones, which stay in the table but are not in effect), and every
 *     rejected row points at a line of the file (its own line, in a tidy file);
 *   - no NaN or infinity in the loaded values;
 *   - no exception: runIntake resolves, and no file fails with `load_failed` (the intake's
 *     catch-all for an exception of its own); the same for a preview of the file (drag and drop);
 *   - a file DuckDB's CSV reader loaded gets the same report and rows as through the JavaScript
 *     intake alone (the batch runs again without the reader);
 *   - no hang: a batch takes less than 2 s per file under 1 MB and 10 s per larger file (a hang
 *     detector with a wide margin — a batch of 30 small files normally takes well under a second).
 *
 * On failure the message carries fast-check's seed and the shrunk counterexample (recipes: seed
 * file, edits, encoding), and the shrunk files are written to tests/artifacts/intake-fuzz/.
 * Reproduce with FUZZ_SEED=<seed>; fuzz longer with FUZZ_RUNS=<runs>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { decodeBytes } from '../../src/data/decode.ts';
import { clearData, runIntake } from '../../src/data/intake.ts';
import type { InputFile } from '../../src/data/intakeFile.ts';
import { previewFile } from '../../src/data/preview.ts';
import type { FileReport } from '../../src/data/report.ts';
import { RULES } from '../../src/data/validateRows.ts';
import type { Db } from '../../src/db/types.ts';
import { buildFile, largeBatch, recipe, type Recipe } from '../helpers/fuzzFiles.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { openWithSemanticLayer, readCsvFolder, ROOT } from '../helpers/loadFixture.ts';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const runs = (n: number) => (process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : n);
/** Unmutated catalogue at the front of every batch, so that mutated rows meet known regions and indicators. */
const catalog = readCsvFolder(join(CORPUS, 'catalog')).map((f) => ({ ...f, path: `catalog/${f.path}` }));
const TABLES = [...new Set(Object.values(RULES).map((r) => r.table))];
const MB = 1 << 20;

const ARTIFACTS = join(ROOT, 'tests/artifacts/intake-fuzz');
const RUNNING = join(ARTIFACTS, 'running.json');
const HANG_MS = 60_000;

/**
 * A loop that never ends would block this thread and every timer of the test with it. A watchdog
 * thread kills the test process when one batch runs longer than a minute; the batch's recipes
 * are in tests/artifacts/intake-fuzz/running.json. `beat` is odd while a batch runs, -1 to stop.
 */
const beat = new Int32Array(new SharedArrayBuffer(4));
function startWatchdog(): void {
  const code = `
    const { workerData: { beat, ms, file } } = require('node:worker_threads');
    for (;;) {
      const seen = Atomics.load(beat, 0);
      if (seen === -1) break;
      if (Atomics.wait(beat, 0, seen, ms) === 'timed-out' && seen % 2 === 1) {
        require('node:fs').writeSync(2, 'intake fuzz: a batch ran longer than ' + ms / 1000 + ' s (a hang); its recipes: ' + file + '\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }`;
  new Worker(code, { eval: true, workerData: { beat, ms: HANG_MS, file: RUNNING } }).unref();
}
const setBeat = (v: number) => {
  Atomics.store(beat, 0, v);
  Atomics.notify(beat, 0);
};

let db: Db;
beforeAll(async () => {
  db = await openWithSemanticLayer();
  mkdirSync(ARTIFACTS, { recursive: true });
  startWatchdog();
});
afterAll(async () => {
  setBeat(-1);
  await db?.close();
});

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** The file's rows in each table, generated catalogue entries left out. */
async function rowsInTables(): Promise<Map<string, number>> {
  const n = new Map<string, number>();
  for (const t of TABLES) {
    const generated = t === 'regions' || t === 'indicators' ? 'WHERE NOT coalesce(is_generated, false)' : '';
    for (const r of await db.query<{ f: string; n: number }>(`SELECT source_file AS f, count(*)::INT AS n FROM ${t} ${generated} GROUP BY 1`)) {
      n.set(r.f, (n.get(r.f) ?? 0) + r.n);
    }
  }
  return n;
}

function checkReport(r: FileReport | undefined, inFile: InputFile, inTables: number): void {
  const at = `${inFile.path}: `;
  expect(r, `${at}has a report`).toBeDefined();
  const { rowsRead, rowsLoaded, rowsRejected, rowsSuperseded, supersedes, cellsMissing } = r!;
  for (const [k, v] of Object.entries({ rowsRead, rowsLoaded, rowsRejected, rowsSuperseded, supersedes, cellsMissing })) {
    expect(isCount(v), `${at}${k} = ${v} is a non-negative integer`).toBe(true);
  }
  expect(rowsLoaded + rowsRejected, `${at}loaded ${rowsLoaded} + rejected ${rowsRejected} = read`).toBe(rowsRead);
  expect(rowsSuperseded, `${at}superseded rows are among the rejected`).toBeLessThanOrEqual(rowsRejected);
  expect(r!.fileProblem?.code, `${at}${r!.fileProblem?.detail}`).not.toBe('load_failed');
  if (!r!.fileProblem) expect(r!.rejects.reduce((n, p) => n + (p.count ?? 1), 0), `${at}one reject entry per rejected row`).toBe(rowsRejected);
  // every rejected row points at a line of the file; in a tidy file each row has its own line
  const decoded = decodeBytes(inFile.bytes);
  const lines = decoded.ok ? decoded.text.split(/\r\n|\n|\r/).length : 0;
  for (const p of r!.rejects) expect(p.line >= 1 && p.line <= lines, `${at}line ${p.line} of ${lines}`).toBe(true);
  if (r!.shape === 'tidy') {
    const own = r!.rejects.filter((p) => p.code !== 'superseded').map((p) => p.line);
    expect(new Set(own).size, `${at}rejected rows have distinct lines`).toBe(own.length);
  }
  expect(inTables, `${at}rows in the tables = loaded + superseded`).toBe(rowsLoaded + rowsSuperseded);
}

let filesFuzzed = 0;
let filesReadByDuckDb = 0;
const withoutTime = (r: FileReport) => ({ ...r, loadedAt: '' });
const observationRows = () => db.query('SELECT * FROM observations ORDER BY ALL');
let largestFile = 0;

/** One batch: the catalogue and the mutated files through one runIntake call; checks every report. */
async function runBatch(recipes: Recipe[]): Promise<void> {
  const files: InputFile[] = [...catalog, ...recipes.map((r, i) => ({ path: `fuzz/${i}.csv`, bytes: buildFile(r) }))];
  await clearData(db);
  writeFileSync(RUNNING, JSON.stringify(recipes));
  setBeat((Atomics.load(beat, 0) | 1) + 2);
  const t0 = performance.now();
  const { reports, catalog: loaded, readByDuckDb } = await runIntake(db, files, { csvReaderFromBytes: 0 }).finally(() => setBeat(Atomics.load(beat, 0) + 1));
  const ms = performance.now() - t0;
  const bound = files.reduce((s, f) => s + (f.bytes.length < MB ? 2000 : 10_000), 0);
  expect(ms, `batch of ${files.length} files took ${Math.round(ms)} ms: a hang`).toBeLessThan(bound);

  expect(reports.map((r) => r.file).sort()).toEqual(files.map((f) => f.path).sort());
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const inTables = await rowsInTables();
  for (const f of files) checkReport(byFile.get(f.path), f, inTables.get(f.path) ?? 0);
  const logged = await db.query<{ file: string; read: number; loaded: number; rejected: number }>(
    'SELECT file, rows_read AS read, rows_loaded AS loaded, rows_rejected AS rejected FROM load_files',
  );
  expect(logged.length, 'one load_files row per file').toBe(files.length);
  for (const l of logged) {
    const r = byFile.get(l.file)!;
    expect([l.read, l.loaded, l.rejected], l.file).toEqual([r.rowsRead, r.rowsLoaded, r.rowsRejected]);
  }
  const [bad] = await db.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM observations WHERE NOT isfinite(value)) + (SELECT count(*) FROM targets WHERE NOT isfinite(value) OR NOT isfinite(base_value))::INT AS n',
  );
  expect(bad!.n, 'no NaN or infinity loaded').toBe(0);
  // a file dropped onto the data screen is previewed against the loaded catalogue: same accounting
  for (const [i, f] of files.entries()) {
    const { report } = await previewFile({ ...f, session: true }, loaded, i);
    expect(report.rowsLoaded + report.rowsRejected, `${f.path} (preview): loaded + rejected = read`).toBe(report.rowsRead);
    expect(report.fileProblem?.code, `${f.path} (preview): ${report.fileProblem?.detail}`).not.toBe('load_failed');
  }
  // what DuckDB's CSV reader loaded is what the JavaScript intake loads: the same reports, the same rows
  if (readByDuckDb.length > 0) {
    const observations = await observationRows();
    await clearData(db);
    const js = await runIntake(db, files, { csvReaderFromBytes: Infinity });
    expect(js.reports.map(withoutTime), `reports of ${readByDuckDb.join(', ')}`).toEqual(reports.map(withoutTime));
    expect(await observationRows(), `observations of ${readByDuckDb.join(', ')}`).toEqual(observations);
    filesReadByDuckDb += readByDuckDb.length;
  }
  filesFuzzed += recipes.length;
  largestFile = Math.max(largestFile, ...files.map((f) => f.bytes.length));
}

/** fc.check, and on failure: the shrunk files under tests/artifacts/intake-fuzz/ and fast-check's report (seed, counterexample). */
async function fuzz(name: string, batch: fc.Arbitrary<Recipe[]>, numRuns: number): Promise<void> {
  const details = await fc.check(fc.asyncProperty(batch, runBatch), { seed, numRuns });
  if (!details.failed) return;
  const dir = join(ARTIFACTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [recipes] = details.counterexample ?? [[]];
  recipes.forEach((r, i) => writeFileSync(join(dir, `${i}.csv`), buildFile(r)));
  writeFileSync(join(dir, 'recipes.json'), JSON.stringify(recipes, null, 1));
  const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${why}\n\n${fc.defaultReportMessage(details)}\n\nShrunk files: ${dir}\nReproduce: FUZZ_SEED=${seed} npx vitest run tests/sql/intakeFuzz.test.ts`);
}

describe('intake fuzzing', () => {
  it('mutated files: every file gets a truthful report, loaded + rejected = read, no exception, no hang', async () => {
    await fuzz('small', fc.array(recipe, { minLength: 1, maxLength: 40, size: 'max' }), runs(130));
    expect(filesFuzzed).toBeGreaterThanOrEqual(2000);
    // mutations that leave a tidy observations file clean: the reader's loads were compared with the JavaScript intake's
    expect(filesReadByDuckDb).toBeGreaterThanOrEqual(5);
  }, 300_000);

  it('large files: a 1 MB cell, 10,000 columns', async () => {
    await fuzz('large', largeBatch, runs(8));
    expect(largestFile).toBeGreaterThanOrEqual(MB);
  }, 300_000);
});

/**
 * Every case of the intake corpus through the real intake and DuckDB: the load report of each
 * file equals the hand-written expected report, rows loaded + rejected = rows read for every
 * file, and the loaded values are the ones worked out by hand in expected.json. Both engines:
 * DuckDB-WASM (the browser, check-data) and native DuckDB (the build step).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearData, runIntake } from '../../src/data/intake.ts';
import { errorCount, fileStatus, type FileReport } from '../../src/data/report.ts';
import type { Db } from '../../src/db/types.ts';
import { corpusCases, matchText, rejectText, type ExpectedFile } from '../helpers/intakeCorpus.ts';
import { BOTH_ENGINES } from '../helpers/loadFixture.ts';

const cases = corpusCases();

function actualOf(r: FileReport, e: ExpectedFile): ExpectedFile {
  const a: ExpectedFile = {
    role: r.role,
    shape: r.shape,
    encoding: r.encoding,
    read: r.rowsRead,
    loaded: r.rowsLoaded,
    rejected: r.rowsRejected,
  };
  // optional keys are compared when the expected report names them; rejects and problems always
  if (e.delimiter !== undefined) a.delimiter = r.delimiter ?? undefined;
  if (e.unit !== undefined) a.unit = r.unit;
  if (e.superseded !== undefined || r.rowsSuperseded) a.superseded = r.rowsSuperseded;
  if (e.supersedes !== undefined || r.supersedes) a.supersedes = r.supersedes;
  if (e.errors !== undefined) a.errors = errorCount(r);
  if (e.status !== undefined) a.status = fileStatus(r);
  if (e.missingCells !== undefined) a.missingCells = r.cellsMissing;
  if (r.fileProblem) a.fileProblem = r.fileProblem.code;
  if (e.fileDetail !== undefined) a.fileDetail = r.fileProblem?.detail;
  if (r.rejects.length > 0 || e.rejects) a.rejects = r.rejects.map(rejectText);
  if (e.notes !== undefined) a.notes = r.notes;
  if (e.matches !== undefined) a.matches = Object.fromEntries(r.indicatorMatches.map((m) => [m.raw, matchText(m)]));
  if (e.generatedRegions !== undefined || r.generatedRegions.length > 0) a.generatedRegions = r.generatedRegions.map((g) => g.id);
  if (e.unmatched !== undefined) a.unmatched = r.unmatched;
  return a;
}

describe('intake corpus', () => {
  it('has at least 25 cases, including a GBK monthly export, a provincial export and an annual export with a footnote', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const shapes = cases.flatMap((c) => Object.values(c.expected.files).map((f) => `${f.shape}/${f.encoding}`));
    expect(shapes).toContain('stats_monthly/gb18030');
    expect(shapes).toContain('stats_provincial/utf-8');
    expect(cases.some((c) => Object.values(c.expected.files).some((f) => f.shape === 'stats_annual' && f.notes?.some((n) => n.startsWith('注'))))).toBe(true);
  });

});

const ENGINES = BOTH_ENGINES;

/** Every case through the JavaScript intake alone, and with DuckDB's CSV reader taking every tidy observations file it can. */
const PATHS: [string, number][] = [
  ['the JavaScript intake', Infinity],
  ["DuckDB's CSV reader where it gives the same report", 0],
];
const readByDuckDb = new Set<string>();

afterAll(() => {
  // the reader's path is not vacuous: it loaded the corpus's clean tidy observations files (the
  // others hold a row the rules reject or rewrite, and the same case then checks the fallback)
  expect([...readByDuckDb].sort()).toEqual(['15-duplicates-across-files/2020年1-10月.csv', '15-duplicates-across-files/2020年1-9月.csv', '30-annual-export-supersedes-december/a-monthly.csv']);
});

describe.each(ENGINES.flatMap(([engine, open]) => PATHS.map(([path, from]) => [`${engine}, ${path}`, open, from] as const)))('intake corpus on %s', (_name, open, csvReaderFromBytes) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });

  for (const c of cases) {
    it(`${c.name}: ${c.expected.about}`, async () => {
      await clearData(db);
      const { reports, readByDuckDb: read } = await runIntake(db, c.inputs, { csvReaderFromBytes });
      for (const f of read) readByDuckDb.add(`${c.name}/${f}`);
      for (const r of reports) {
        // the accounting holds for every file, catalogue files included
        expect(r.rowsLoaded + r.rowsRejected, `${r.file}: loaded + rejected = read`).toBe(r.rowsRead);
        expect(r.rowsLoaded, r.file).toBeGreaterThanOrEqual(0);
        if (!r.fileProblem) expect(r.rejects.reduce((n, p) => n + (p.count ?? 1), 0), `${r.file}: one entry per rejected row`).toBe(r.rowsRejected);
        if (r.file.startsWith('catalog/')) expect(r.rowsLoaded, r.file).toBe(r.rowsRead);
      }
      const byFile = new Map(reports.map((r) => [r.file, r]));
      expect([...byFile.keys()].filter((f) => !f.startsWith('catalog/')).sort()).toEqual(Object.keys(c.expected.files).sort());
      for (const [file, e] of Object.entries(c.expected.files)) {
        const r = byFile.get(file)!;
        expect(actualOf(r, e), file).toEqual({ ...e, ...(e.rejects ? {} : r.rejects.length ? { rejects: [] } : {}) });
      }
      for (const { q, rows } of c.expected.sql ?? []) {
        const got = (await db.query(q)).map((row) => Object.values(row));
        expect(got, q).toEqual(rows);
      }
    });
  }
});

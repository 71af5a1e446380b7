/**
 * DuckDB's own CSV reader for tidy observations files (src/data/csvReaderIntake.ts), on both
 * engines: a clean file is loaded by the reader with the rows worked out by hand below; a file
 * with any row the JavaScript rules would reject or rewrite is left to them; and for generated
 * files at the edges of "clean" (periods, numbers, spaces, quotes, names for ids, duplicates,
 * blank lines, encodings) the load report and the rows are exactly the JavaScript intake's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clearData, runIntake } from '../../src/data/intake.ts';
import type { InputFile } from '../../src/data/intakeFile.ts';
import type { FileReport } from '../../src/data/report.ts';
import type { Db } from '../../src/db/types.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { BOTH_ENGINES, readCsvFolder } from '../helpers/loadFixture.ts';
import { join } from 'node:path';

const catalog = readCsvFolder(join(CORPUS, 'catalog')).map((f) => ({ ...f, path: `catalog/${f.path}` }));
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string | Uint8Array): InputFile => ({ path, bytes: typeof text === 'string' ? utf8(text) : text });
const withoutTime = (r: FileReport) => ({ ...r, loadedAt: '' });

const ENGINES = BOTH_ENGINES;

describe.each(ENGINES)('DuckDB CSV reader on %s', (_engine, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Both paths on the same files: the reader's reports and rows, which files it read, and the JavaScript intake's. */
  async function bothPaths(files: InputFile[]) {
    const rows = () => db.query('SELECT * FROM observations ORDER BY ALL');
    await clearData(db);
    const reader = await runIntake(db, [...catalog, ...files], { csvReaderFromBytes: 0 });
    const readerRows = await rows();
    await clearData(db);
    const js = await runIntake(db, [...catalog, ...files], { csvReaderFromBytes: Infinity });
    return { reader, readerRows, js, jsRows: await rows() };
  }

  it('loads a clean file itself: byte-order mark, CRLF, no last line break, a quality column, rows by hand', async () => {
    const text = '\uFEFFregion_id,indicator_id,period,quality,value\r\n' +
      'taian,fdi,2020-03,illustrative,1234.5\r\n' +
      'taian,fdi,2020-Q2,,-7\r\n' +
      'taishan,gdp,2019,,0.25';
    const { reader, readerRows, js, jsRows } = await bothPaths([file('obs.csv', utf8(text))]);
    expect(reader.readByDuckDb).toEqual(['obs.csv']);
    const r = reader.reports.find((x) => x.file === 'obs.csv')!;
    expect([r.encoding, r.delimiter, r.role, r.shape, r.rowsRead, r.rowsLoaded, r.rowsRejected]).toEqual(['utf-8-bom', ',', 'observations', 'tidy', 3, 3, 0]);
    // 2020-Q2 ends in month 6, a year's value stands for December; lines count the header as line 1
    expect(readerRows.map((o) => [o.indicator_id, o.region_id, o.period, o.year, o.month, o.freq, o.value, o.quality, o.source_line, o.load_seq])).toEqual([
      ['fdi', 'taian', '2020-03', 2020, 3, 'M', 1234.5, 'illustrative', 2, 2],
      ['fdi', 'taian', '2020-Q2', 2020, 6, 'Q', -7, null, 3, 2],
      ['gdp', 'taishan', '2019', 2019, 12, 'Y', 0.25, null, 4, 2],
    ]);
    expect(jsRows).toEqual(readerRows);
    expect(js.reports.map(withoutTime)).toEqual(reader.reports.map(withoutTime));
  });

  it('reads tab- and semicolon-separated files, and leaves files below the size threshold to the JavaScript intake', async () => {
    const tab = file('tab.csv', 'indicator_id\tregion_id\tperiod\tvalue\nfdi\ttaian\t2020-01\t5\n');
    const semi = file('semi.csv', 'indicator_id;region_id;period;value\nfdi;daiyue;2020-01;6\n');
    const { reader } = await bothPaths([tab, semi]);
    expect(reader.readByDuckDb).toEqual(['tab.csv', 'semi.csv']);
    await clearData(db);
    expect((await runIntake(db, [...catalog, tab, semi])).readByDuckDb).toEqual([]);
  });

  // each file holds one row the rules reject or rewrite; the JavaScript intake reads it and names that line
  const HEADER = 'indicator_id,region_id,period,value,quality\n';
  const OK = 'fdi,taian,2020-01,1,\n';
  const LEFT: [string, string | Uint8Array, string][] = [
    ['an indicator by name', `${HEADER}${OK}实际利用外资,taian,2020-02,2,\n`, 'loaded'],
    ['a period written 2020年2月', `${HEADER}${OK}fdi,taian,2020年2月,2,\n`, 'loaded'],
    ['a thousands separator', `${HEADER}${OK}fdi,taian,2020-02,"1,234",\n`, 'loaded'],
    ['a missing marker', `${HEADER}${OK}fdi,taian,2020-02,-,\n`, '3 value_gap [value] -'],
    ['an unknown region', `${HEADER}${OK}fdi,beijing,2020-02,2,\n`, '3 unknown_region [region_id] beijing'],
    ['the same month twice', `${HEADER}${OK}fdi,taian,2020-01,2,\n`, '3 duplicate_row'],
    ['a quality padded with an ideographic space', `${HEADER}${OK}fdi,taian,2020-02,2,初步\u3000\n`, 'loaded'],
    ['a quoted line break', `${HEADER}${OK}fdi,taian,2020-02,2,"a\nb"\n`, 'loaded'],
    ['a blank line', `${HEADER}${OK}\nfdi,taian,2020-02,2,\n`, 'loaded'],
    ['a row with a cell too many', `${HEADER}${OK}fdi,taian,2020-02,2,,x\n`, 'loaded'],
    // half a million cells on one line: the reader must give up at once (its rejects table would
    // take half an hour over it), the JavaScript intake rejects the row
    ['a line of a megabyte of commas', `${HEADER}${OK}${'1,'.repeat(1 << 19)}\n`, '3 unknown_indicator'],
    ['GB18030 text', new Uint8Array([...utf8(`${HEADER}${OK}fdi,taian,2020-02,2,`), 0xb3, 0xf5, 0xb2, 0xbd, 10]), 'loaded'],
  ];
  for (const [what, text, expected] of LEFT) {
    it(`leaves a file with ${what} to the JavaScript intake, with its report`, async () => {
      const { reader, readerRows, js, jsRows } = await bothPaths([file('obs.csv', text)]);
      expect(reader.readByDuckDb).toEqual([]);
      expect(reader.reports.map(withoutTime)).toEqual(js.reports.map(withoutTime));
      expect(readerRows).toEqual(jsRows);
      const r = reader.reports.find((x) => x.file === 'obs.csv')!;
      if (expected === 'loaded') expect(r.rowsLoaded).toBe(2);
      else expect(r.rejects.map((p) => [p.line, p.code, p.column ? `[${p.column}]` : '', p.value ?? ''].filter(Boolean).join(' ')).join('; ')).toContain(expected);
    });
  }

  // cells at the edges of "as written": the reader may load a file only where the report is the same
  const cellOf = <T,>(xs: T[]) => fc.constantFrom(...xs);
  const periods = cellOf(['2020', '2020-01', '2020-12', '2020-Q4', '2020-13', '2020-00', '1899', '2201-01', '202010', '2020/10', '2020-1', ' 2020-02', '2020-q1']);
  const values = cellOf(['0', '-0', '007', '1.5', '-12.25', '1.', '.5', '+1', '1e5', '1,234', '12%', '(3)', '—', '', ' 4', '１２', '12345678901234567890', '0.1000000000000000055511151231257827']);
  const qualities = cellOf(['', 'illustrative', ' illustrative', 'illustrative ', '初步', '初步\u3000', 'a b', '"q"']);
  const ids = cellOf(['fdi', 'gdp', 'trade_goods', ' fdi', 'FDI', '实际利用外资', 'unknown']);
  const regions = cellOf(['taian', 'taishan', 'daiyue', '泰安市', 'taian ', 'nowhere']);
  const row = fc.tuple(ids, regions, periods, values, qualities).map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
  const generated = fc.record({
    rows: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant('fdi,taian,2020-01,1,') }, row), { minLength: 1, maxLength: 6 }),
    eol: cellOf(['\n', '\r\n']),
    lastEol: fc.boolean(),
    bom: fc.boolean(),
  }).map(({ rows, eol, lastEol, bom }) => {
    // the always-clean first row makes clean files common; a clean row repeated is a duplicate
    const body = ['indicator_id,region_id,period,value,quality', ...rows.map((r, i) => (i === 0 ? r : r.replace('2020-01', `2020-0${(i % 9) + 1}`)))].join(eol) + (lastEol ? eol : '');
    return (bom ? '\uFEFF' : '') + body;
  });

  it('gives the JavaScript intake\'s report and rows for generated files at the edges of clean', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(generated, async (text) => {
        const { reader, readerRows, js, jsRows } = await bothPaths([file('gen.csv', text)]);
        read += reader.readByDuckDb.length;
        expect(reader.reports.map(withoutTime)).toEqual(js.reports.map(withoutTime));
        expect(readerRows).toEqual(jsRows);
      }),
      { numRuns: 60, seed: 20261205 },
    );
    expect(read, 'generated files the reader loaded itself').toBeGreaterThanOrEqual(10);
  }, 120_000);
});

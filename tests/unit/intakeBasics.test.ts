import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/data/decode.ts';
import { parseCsv } from '../../src/data/csvParse.ts';
import { parseNumber, parsePeriod } from '../../src/data/parseValue.ts';
import { detectRole } from '../../src/data/roles.ts';

const GBK_ZHONGWEN = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK

describe('decode', () => {
  it('detects UTF-8, UTF-8 with BOM and GBK', () => {
    expect(decodeBytes(new TextEncoder().encode('中文'))).toEqual({ ok: true, text: '中文', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a')]))).toEqual({ ok: true, text: 'a', encoding: 'utf-8-bom' });
    expect(decodeBytes(GBK_ZHONGWEN)).toEqual({ ok: true, text: '中文', encoding: 'gb18030' });
  });
  it('refuses binary and empty files', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('parseCsv', () => {
  it('keeps the file line of each row across quoted line breaks and CRLF', () => {
    const p = parseCsv('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n');
    expect(p.rows.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(p.rows[1]!.cells).toEqual(['1', 'x\r\ny']);
  });
  it('counts a lone CR as a line break even where papaparse splits rows on CRLF or CR', () => {
    // papaparse guesses \r here, so the second row starts with the \n of the \r\n; an editor's line 3
    const p = parseCsv('a,b\r\r\nx,y');
    expect(p.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(p.rows[1]!.cells).toEqual(['\nx', 'y']);
  });
  it('guesses semicolon and tab delimiters', () => {
    expect(parseCsv('a;b;c\n1;2;3\n').delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2\n').delimiter).toBe('\t');
  });
});

describe('numbers and periods', () => {
  it('reads thousands separators, full-width digits, percent signs, brackets', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5, percent: false });
    expect(parseNumber('１２３．５')).toEqual({ ok: true, value: 123.5, percent: false });
    expect(parseNumber('12.5%')).toEqual({ ok: true, value: 12.5, percent: true });
    expect(parseNumber('(3)')).toEqual({ ok: true, value: -3, percent: false });
  });
  it('treats missing markers as missing and refuses ambiguous text', () => {
    for (const m of ['', '—', '-', '…', '..']) expect(parseNumber(m)).toEqual({ ok: false, missing: true });
    expect(parseNumber('1,5')).toEqual({ ok: false, missing: false });
    expect(parseNumber('abc')).toEqual({ ok: false, missing: false });
  });
  it('reads the period forms of statistics exports', () => {
    expect(parsePeriod('2020-10')).toMatchObject({ period: '2020-10', year: 2020, month: 10, freq: 'M' });
    expect(parsePeriod('2020年10月')).toMatchObject({ period: '2020-10', month: 10 });
    expect(parsePeriod('2020年1-10月')).toMatchObject({ period: '2020-10', month: 10 });
    expect(parsePeriod('2020-Q3')).toMatchObject({ period: '2020-Q3', month: 9, freq: 'Q' });
    expect(parsePeriod('2020年三季度')).toMatchObject({ period: '2020-Q3', month: 9 });
    expect(parsePeriod('2020年')).toMatchObject({ period: '2020', month: 12, freq: 'Y' });
    expect(parsePeriod('2020-13')).toBeNull();
    expect(parsePeriod('去年')).toBeNull();
  });
});

describe('roles from headers', () => {
  it('tells targets from observations by their columns, whatever the case and order', () => {
    expect(detectRole(['Value', 'indicator_id', 'region_id', 'year', 'kind']).role).toBe('targets');
    expect(detectRole(['indicator_id', 'region_id', 'period', 'value']).role).toBe('observations');
  });
  it('names the closest role and the missing columns when nothing fits', () => {
    const m = detectRole(['indicator_id', 'region_id', 'value']);
    expect(m.role).toBeNull();
    expect(m.closest).toEqual({ role: 'observations', missing: ['period'] });
  });
});

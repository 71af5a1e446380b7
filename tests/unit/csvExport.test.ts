import { describe, expect, it } from 'vitest';
import { csvCell, markIllustrative, toCsv } from '../../src/data/csvExport.ts';

describe('CSV export', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });
  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-4.3)).toBe('-4.3');
    expect(csvCell(74000)).toBe('74000');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('quotes commas, quotes and line breaks; starts with a BOM for Excel', () => {
    const text = toCsv(['区域', 'value'], [['泰山区, 东', 1], ['a"b', null]]);
    expect(text.startsWith('\uFEFF区域,value\r\n')).toBe(true);
    expect(text).toContain('"泰山区, 东",1\r\n');
    expect(text).toContain('"a""b",\r\n');
  });
  it('marks illustrative rows in a last 示例数据 column, only when there is one, formulas still defused', () => {
    const rows = [{ illustrative: true }, { illustrative: false }, { illustrative: null }];
    const out = markIllustrative(['区域', 'value'], [['=泰山区', 1], ['东平县', 2], ['新泰市', 3]], rows, '示例数据');
    const text = toCsv(out.header, out.cells);
    expect(text).toBe('\uFEFF区域,value,示例数据\r\n"\'=泰山区",1,示例数据\r\n东平县,2,\r\n新泰市,3,\r\n');
    const official = markIllustrative(['区域'], [['东平县']], [{ illustrative: false }], '示例数据');
    expect(official).toEqual({ header: ['区域'], cells: [['东平县']] });
  });
});

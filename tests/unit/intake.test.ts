/** The intake's pure parts: indicator names and units, region variants, file order, export detection, words. */
import { describe, expect, it } from 'vitest';
import { emptyCatalog, addRegionNames, regionNameVariants, resolveRegion } from '../../src/data/catalog.ts';
import { parseCsv } from '../../src/data/csvParse.ts';
import { decodeBytes, looksBinary } from '../../src/data/decode.ts';
import { matchIndicator, parseIndicatorName, parseUnit, unitFactor, valueTypeOf } from '../../src/data/indicatorMatch.ts';
import { compareFilePaths, MAX_FILE_BYTES, prepareFile } from '../../src/data/intakeFile.ts';
import { detectStatsExport } from '../../src/data/statsExport.ts';
import { describeWhere, problemLine } from '../../src/i18n/problems.ts';
import { INTAKE_WORDS } from '../../src/i18n/strings.intake.ts';

describe('indicator names of statistics exports', () => {
  it('splits name, kind of value and unit, with ASCII or full-width brackets', () => {
    expect(parseIndicatorName('进出口总额_累计值(千美元)')).toEqual({ raw: '进出口总额_累计值(千美元)', base: '进出口总额', measure: '累计值', unit: '千美元' });
    expect(parseIndicatorName('国内生产总值（亿元）')).toMatchObject({ base: '国内生产总值', measure: null, unit: '亿元' });
    expect(parseIndicatorName('居民消费价格指数(上年=100)')).toMatchObject({ base: '居民消费价格指数', unit: '上年=100' });
    expect(parseIndicatorName('规模以上工业企业数')).toMatchObject({ base: '规模以上工业企业数', unit: '' });
    // an underscore that is not a kind of value stays in the name
    expect(parseIndicatorName('A_B(个)')).toMatchObject({ base: 'A_B', measure: null, unit: '个' });
  });

  it('converts units within a family only', () => {
    expect(parseUnit('万元/亩')).toEqual({ base: '元/亩', mult: 1e4 });
    expect(parseUnit('万千瓦时')).toEqual({ base: '千瓦时', mult: 1e4 });
    expect(unitFactor('千美元', '万美元')).toBe(0.1);
    expect(unitFactor('亿美元', '万美元')).toBe(1e4);
    expect(unitFactor('万元', '亿元')).toBe(1e-4);
    expect(unitFactor('％', '%')).toBe(1);
    expect(unitFactor('千美元', '亿元')).toBeNull();
    expect(unitFactor('亿元人民币', '万美元')).toBeNull();
  });

  it('derives the value type from the kind of value, the unit and the name', () => {
    expect(valueTypeOf(parseIndicatorName('进出口总额_当期值(千美元)'))).toBe('period');
    expect(valueTypeOf(parseIndicatorName('进出口总额_同比增长(%)'))).toBe('rate');
    expect(valueTypeOf(parseIndicatorName('金融机构人民币各项贷款余额(亿元)'))).toBe('stock');
    expect(valueTypeOf(parseIndicatorName('国内生产总值(亿元)'))).toBe('ytd');
  });

  it('never loads a value without a suffix into a monthly-flow indicator, and reuses a generated entry', () => {
    const cat = emptyCatalog();
    cat.indicators.set('retail_m', { file: 'i.csv', line: 2, valueType: 'period', nameZh: '社会消费品零售总额', nameEn: null, unit: '亿元', aliases: [], generated: false });
    const first = matchIndicator(cat, '社会消费品零售总额(亿元)', 'a.csv', 4);
    expect(first.match).toMatchObject({ how: 'generated', note: 'retail_m: period ≠ ytd' });
    expect(first.generated?.indicator_id).toBe('gen_社会消费品零售总额_亿元');
    const again = matchIndicator(cat, '社会消费品零售总额(亿元)', 'b.csv', 4);
    expect(again.match.id).toBe(first.generated?.indicator_id);
    expect(again.generated).toBeUndefined();
    expect(matchIndicator(cat, '社会消费品零售总额_当期值(亿元)', 'c.csv', 4).match).toMatchObject({ id: 'retail_m', how: 'catalogue', factor: 1 });
  });

  it('keeps generated ids within the URL id pattern', () => {
    const cat = emptyCatalog();
    const long = matchIndicator(cat, `${'很长的指标名称'.repeat(12)}(亿元)`, 'a.csv', 1);
    expect(long.match.id.length).toBeLessThanOrEqual(64);
    expect(long.match.id).toMatch(/^[\p{L}\p{N}_.:-]{1,64}$/u);
  });
});

describe('regions', () => {
  it('matches provincial and district name variants', () => {
    expect(regionNameVariants('内蒙古自治区')).toContain('内蒙古');
    expect(regionNameVariants('广西壮族自治区')).toContain('广西');
    expect(regionNameVariants('山东省')).toContain('山东');
    const cat = emptyCatalog();
    addRegionNames(cat, 'gaoxin', ['泰安高新区']);
    addRegionNames(cat, 'taishan', ['泰山区']);
    expect(resolveRegion(cat, '泰安高新技术产业开发区')).toBe('gaoxin');
    expect(resolveRegion(cat, '泰山')).toBe('taishan');
    expect(resolveRegion(cat, ' 泰山 区 ')).toBe('taishan');
    expect(resolveRegion(cat, '泰安市')).toBeNull();
  });
});

describe('files', () => {
  it('load in natural name order', () => {
    const names = ['2020年1-10月.csv', '2020年1-9月.csv', 'b.csv', 'a/z.csv', '2020年1-2月.csv'];
    expect([...names].sort(compareFilePaths)).toEqual(['2020年1-2月.csv', '2020年1-9月.csv', '2020年1-10月.csv', 'a/z.csv', 'b.csv']);
  });

  it('refuses a file above the size limit without decoding it', () => {
    const p = prepareFile({ path: 'big.csv', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }, 0);
    expect(p.report.fileProblem?.code).toBe('too_large');
    expect(p.report.encoding).toBeNull();
    expect(p.report.rowsRead).toBe(0);
  });

  it('detects binary bytes and decodes GBK without a hint', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    const gbk = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea]); // 指标 in GBK
    expect(decodeBytes(gbk)).toEqual({ ok: true, text: '指标', encoding: 'gb18030' });
  });
});

describe('statistics export detection', () => {
  const rows = (text: string) => parseCsv(text).rows;

  it('does not take an indicator named 注册… for a footnote', () => {
    const d = detectStatsExport(rows('指标,2023年,2022年\n注册资本(亿元),12,11\n注：数据为初步统计\n'));
    expect(d.ok && d.layout.rows.map((r) => r.cells[0])).toEqual(['注册资本(亿元)']);
    expect(d.ok && d.layout.notes).toEqual(['注：数据为初步统计']);
  });

  it('reads quarter columns and names the shape', () => {
    const d = detectStatsExport(rows('数据库：季度数据\n指标,2024年第三季度,2024年第二季度\n国内生产总值_累计值(亿元),949746,616836\n'));
    expect(d.ok && d.layout.shape).toBe('stats_quarterly');
    expect(d.ok && d.layout.columns.map((c) => c.period?.period)).toEqual(['2024-Q3', '2024-Q2']);
  });

  it('says when a 数据库 file has no header row', () => {
    expect(detectStatsExport(rows('数据库：年度数据\n国内生产总值(亿元),1,2\n'))).toEqual({ ok: false, looksLikeExport: true });
    expect(detectStatsExport(rows('a,b\n1,2\n'))).toEqual({ ok: false, looksLikeExport: false });
  });
});

describe('words', () => {
  it('has every label in Chinese and English', () => {
    for (const [k, v] of Object.entries(INTAKE_WORDS)) {
      expect(v.zh, k).not.toBe('');
      expect(v.en, k).not.toBe('');
      // the same placeholders in both languages
      expect(v.en.match(/\{\w+\}/g)?.sort(), k).toEqual(v.zh.match(/\{\w+\}/g)?.sort());
    }
  });

  it('names file, line, column and reason', () => {
    const p = { line: 5, column: '地区', code: 'unknown_region' as const, value: '北京市', count: 3 };
    expect(describeWhere(p, 'zh')).toBe('第 5 行 · 列“地区” · 3 个数值');
    expect(problemLine('分省.csv', p, 'en')).toBe('分省.csv:5: column "地区": unknown region "北京市" (no such id, name or alias in the regions file) (3 values)');
  });
});

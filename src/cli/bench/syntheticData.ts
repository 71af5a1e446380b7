/**
 * Synthetic data shaped like a province: 1 province, 16 cities, 133 counties (150 regions), up
 * to 300 indicators and 120 months, with targets. Deterministic, streamed to disk so that 5M rows
 * never sit in memory as one string.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../generate-sample-data.ts';

export interface SyntheticSize {
  label: string;
  indicators: number;
  months: number;
}

export const COUNTIES = 133;
export const CITIES = 16;

/** Observations are written for counties only; cities and the province are sums the app derives. */
export function observationRows(s: SyntheticSize): number {
  return COUNTIES * s.indicators * s.months;
}

export const SIZES: SyntheticSize[] = [
  { label: '10k', indicators: 7, months: 11 }, // 10,241
  { label: '100k', indicators: 63, months: 12 }, // 100,548
  { label: '1M', indicators: 160, months: 47 }, // 1,000,160
  { label: '5M', indicators: 300, months: 120 }, // 4,788,000
];

export interface Written {
  dir: string;
  observationRows: number;
  /** the latest month with data, as the app should open on */
  latest: { year: number; month: number };
}

/** Writes regions, indicators, targets and observations CSVs into `dir`. */
export async function writeSynthetic(dir: string, size: SyntheticSize): Promise<Written> {
  mkdirSync(dir, { recursive: true });
  const rand = mulberry32(20201031);
  const regions = ['region_id,name_zh,name_en,level,parent_id,sort_order', 'p,合成省,Synthetic Province,province,,1'];
  const counties: string[] = [];
  for (let c = 0; c < CITIES; c++) {
    regions.push(`c${c},合成市${c + 1},City ${c + 1},city,p,${10 + c}`);
  }
  for (let k = 0; k < COUNTIES; k++) {
    const city = k % CITIES;
    counties.push(`k${k}`);
    regions.push(`k${k},合成县${k + 1},County ${k + 1},county,c${city},${100 + k}`);
  }
  writeFileSync(join(dir, 'regions.csv'), regions.join('\n') + '\n');

  const families = ['fdi', 'trade', 'rd', 'park', 'loans'];
  const inds = ['indicator_id,name_zh,name_en,unit,direction,value_type,decimals,family,sort_order'];
  for (let i = 0; i < size.indicators; i++) {
    inds.push(`i${i},合成指标${i + 1},Indicator ${i + 1},亿元,higher,ytd,2,${i < families.length ? families[i] : ''},${i}`);
  }
  writeFileSync(join(dir, 'indicators.csv'), inds.join('\n') + '\n');

  // months end at 2020-10 and go back size.months
  const end = 2020 * 12 + 9;
  const first = end - size.months + 1;
  const months: { y: number; m: number }[] = [];
  for (let t = first; t <= end; t++) months.push({ y: Math.floor(t / 12), m: (t % 12) + 1 });

  const base = new Map<string, number>();
  const targets = ['target_id,indicator_id,region_id,year,kind,value,doc_id,quote'];
  for (let i = 0; i < size.indicators; i++) {
    let cityTotals = new Array<number>(CITIES).fill(0);
    for (let k = 0; k < COUNTIES; k++) {
      const b = 5 + rand() * 50;
      base.set(`${i}:${k}`, b);
      cityTotals[k % CITIES]! += b * 12;
      // a third of the indicators carry county targets; every headline one does
      if (i < families.length || i % 3 === 0) targets.push(`t${i}_${k},i${i},k${k},2020,level,${(b * 12 * (0.9 + rand() * 0.3)).toFixed(2)},SYN,合成目标`);
    }
    cityTotals = cityTotals.map((v) => v * 1.05);
    cityTotals.forEach((v, c) => targets.push(`t${i}_c${c},i${i},c${c},2020,level,${v.toFixed(2)},SYN,合成目标`));
  }
  writeFileSync(join(dir, 'targets.csv'), targets.join('\n') + '\n');

  // one file per year, as statistics extracts arrive (and each under the intake's size limit)
  const years = [...new Set(months.map((t) => t.y))];
  const outs = new Map(years.map((y) => [y, createWriteStream(join(dir, `observations-${y}.csv`))]));
  const write = (y: number, s: string) => {
    const out = outs.get(y)!;
    return out.write(s) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()));
  };
  for (const y of years) await write(y, 'indicator_id,region_id,period,value,quality\n');
  let rows = 0;
  for (let i = 0; i < size.indicators; i++) {
    for (let k = 0; k < COUNTIES; k++) {
      const b = base.get(`${i}:${k}`)!;
      let ytd = 0;
      const buf = new Map<number, string>();
      for (const { y, m } of months) {
        if (m === 1) ytd = 0;
        ytd += b * (0.7 + rand() * 0.6) * (1 + (y - 2018) * 0.04);
        buf.set(y, (buf.get(y) ?? '') + `i${i},k${k},${y}-${m < 10 ? '0' : ''}${m},${ytd.toFixed(2)},illustrative\n`);
        rows++;
      }
      for (const [y, text] of buf) await write(y, text);
    }
  }
  await Promise.all([...outs.values()].map((o) => new Promise<void>((ok) => o.end(() => ok()))));
  return { dir, observationRows: rows, latest: { year: 2020, month: 10 } };
}

/**
 * Statistics-bureau indicator names -> catalogue entries. A name such as `进出口总额_累计值(千美元)`
 * carries the indicator (进出口总额), the kind of value (累计值: year to date) and the unit (千美元).
 * It matches a catalogue indicator with the same name (or alias) whose unit is the same or
 * convertible (千美元 -> 万美元) and whose kind of value fits; otherwise the intake creates an
 * entry marked `is_generated`.
 */
import { addIndicatorNames, freeId, nameKey, type Catalog, type IndicatorEntry } from './catalog.ts';
import type { IndicatorMatch } from './report.ts';

/** The value suffixes of the monthly and quarterly databases. */
export const MEASURES = ['累计值', '当期值', '当季值', '当月值', '同比增长', '累计增长', '累计同比增长', '同比'] as const;
export type Measure = (typeof MEASURES)[number];
const GROWTH: readonly Measure[] = ['同比增长', '累计增长', '累计同比增长', '同比'];

export interface IndicatorName {
  raw: string;
  /** The indicator without kind of value and unit: `进出口总额`. */
  base: string;
  measure: Measure | null;
  unit: string;
}

/** `进出口总额_累计值(千美元)`, `国内生产总值（亿元）`, `居民消费价格指数(上年=100)`. */
export function parseIndicatorName(raw: string): IndicatorName {
  let s = raw.trim();
  let unit = '';
  const m = s.match(/^(.*?)[(（]([^()（）]*)[)）]\s*$/);
  if (m && m[1]!.trim() !== '') {
    s = m[1]!.trim();
    unit = m[2]!.trim();
  }
  let measure: Measure | null = null;
  const sep = s.lastIndexOf('_');
  if (sep > 0) {
    const suffix = s.slice(sep + 1) as Measure;
    if ((MEASURES as readonly string[]).includes(suffix)) {
      measure = suffix;
      s = s.slice(0, sep);
    }
  }
  return { raw: raw.trim(), base: s, measure, unit };
}

const UNIT_BASES = ['千瓦时', '平方米', '立方米', '美元', '元/亩', '元', '吨', '人', '户', '个', '辆', '件', '台', '家', '项', '亩', '公里'].sort((a, b) => b.length - a.length);
const MULTIPLIERS: Record<string, number> = { '': 1, 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9 };

/** `亿元` -> { base: 元, mult: 1e8 }; null for a unit outside the known families. */
export function parseUnit(unit: string): { base: string; mult: number } | null {
  const u = nameKey(unit);
  for (const base of UNIT_BASES) {
    if (!u.endsWith(base)) continue;
    const mult = MULTIPLIERS[u.slice(0, u.length - base.length)];
    if (mult !== undefined) return { base, mult };
  }
  return null;
}

/** The factor turning a value in `from` into `to`; null when the units are not convertible. */
export function unitFactor(from: string, to: string): number | null {
  if (nameKey(from) === nameKey(to)) return 1;
  const a = parseUnit(from);
  const b = parseUnit(to);
  if (!a || !b || a.base !== b.base) return null;
  return a.mult / b.mult;
}

/** The value_type a wide-export series has, from its kind of value, unit and name. */
export function valueTypeOf(n: IndicatorName): 'ytd' | 'period' | 'stock' | 'rate' {
  if (n.measure && GROWTH.includes(n.measure)) return 'rate';
  if (n.unit.includes('%') || /[=＝]100/.test(n.unit)) return 'rate';
  if (n.measure === '当期值' || n.measure === '当季值' || n.measure === '当月值') return 'period';
  if (/余额|年末|期末|存量|保有量/.test(n.base)) return 'stock';
  return 'ytd';
}

function fits(entry: IndicatorEntry, n: IndicatorName): boolean {
  const vt = valueTypeOf(n);
  // Without a suffix a value is a level: never a monthly flow (a December value would be added to
  // the months before it), and a rate only where the unit says so.
  if (n.measure === null) return entry.valueType !== 'period' && (vt !== 'rate' || entry.valueType === 'rate');
  return entry.valueType === vt;
}

/** The name an entry is known by in a wide export: the base, or base_measure for anything but 累计值. */
function displayName(n: IndicatorName): string {
  return n.measure === null || n.measure === '累计值' ? n.base : `${n.base}_${n.measure}`;
}

function slug(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
}

function shortHash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  return h.toString(36).slice(0, 5);
}

/** A readable id that fits the URL's id pattern (letters, digits, `_`; at most 64 characters). */
export function generatedIndicatorId(n: IndicatorName, taken: { has(k: string): boolean }): string {
  const unit = slug(n.unit);
  let id = `gen_${slug(displayName(n))}${unit ? `_${unit}` : ''}`;
  if (id.length > 56) id = `${id.slice(0, 50)}_${shortHash(id)}`;
  return freeId(id, taken);
}

export interface GeneratedIndicator {
  indicator_id: string;
  name_zh: string;
  unit: string;
  direction: 'higher';
  value_type: string;
}

export interface MatchResult {
  match: IndicatorMatch;
  /** A new catalogue entry to insert (already registered in the catalogue). */
  generated?: GeneratedIndicator;
}

/**
 * Finds the catalogue entry for a wide-export name, or creates one (registered in `cat`, so the
 * next file with the same name and unit reuses it). Entries from the indicators file win over
 * generated ones; an exact unit wins over a converted one.
 */
export function matchIndicator(cat: Catalog, raw: string, file: string, line: number): MatchResult {
  const n = parseIndicatorName(raw);
  const keys = new Set([nameKey(displayName(n)), nameKey(n.raw)]);
  // a growth rate is never the indicator itself (进出口总额_同比增长 is not 进出口总额), other kinds of
  // value match by the base name when their value type fits (当期值 -> a monthly-flow indicator)
  if (!n.measure || !GROWTH.includes(n.measure)) keys.add(nameKey(n.base));
  if (n.measure) keys.add(nameKey(`${n.base}${n.measure}`));
  const candidates: { id: string; e: IndicatorEntry; factor: number }[] = [];
  let note: string | undefined;
  for (const [id, e] of cat.indicators) {
    const names = [e.nameZh, e.nameEn ?? '', ...e.aliases].map(nameKey);
    if (!names.some((k) => keys.has(k))) continue;
    const factor = unitFactor(n.unit, e.unit);
    if (factor === null) {
      note = `${id}: ${e.unit} ≠ ${n.unit || '—'}`;
      continue;
    }
    if (!fits(e, n)) {
      note = `${id}: ${e.valueType} ≠ ${valueTypeOf(n)}`;
      continue;
    }
    candidates.push({ id, e, factor });
  }
  candidates.sort((a, b) => Number(a.e.generated) - Number(b.e.generated) || Number(a.factor !== 1) - Number(b.factor !== 1));
  const best = candidates[0];
  if (best) {
    return { match: { raw: n.raw, id: best.id, how: best.e.generated ? 'generated' : 'catalogue', unit: best.e.unit, factor: best.factor } };
  }
  const id = generatedIndicatorId(n, cat.indicators);
  const gen: GeneratedIndicator = { indicator_id: id, name_zh: displayName(n), unit: n.unit, direction: 'higher', value_type: valueTypeOf(n) };
  cat.indicators.set(id, { file, line, valueType: gen.value_type, nameZh: gen.name_zh, nameEn: null, unit: gen.unit, aliases: [n.raw], generated: true });
  addIndicatorNames(cat, id, [n.raw, gen.name_zh]);
  return { match: { raw: n.raw, id, how: 'generated', unit: gen.unit, factor: 1, note }, generated: gen };
}

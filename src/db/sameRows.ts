import type { Row } from './types.ts';

/**
 * Whether two answers to one query are the same: the same rows in the same order, equal values,
 * numbers equal up to the last few bits. Native DuckDB (the build's seed) and DuckDB-WASM may add a
 * sum or a regression slope in a different order, which changes only the 16th digit; no screen
 * shows that digit, but a different row, order or rounding would show.
 */
export function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => sameValue(row, b[i]));
}

function sameValue(x: unknown, y: unknown): boolean {
  // most cells of an unchanged answer: the same string, number or null
  if (x === y) return true;
  if (typeof x === 'number' && typeof y === 'number') return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    return kx.length === ky.length && kx.every((k, i) => k === ky[i] && sameValue((x as Row)[k], (y as Row)[k]));
  }
  return JSON.stringify(x) === JSON.stringify(y);
}

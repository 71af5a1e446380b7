import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../src/cli/bench/stats.ts';

describe('bench statistics', () => {
  it('nearest-rank percentiles', () => {
    const xs = Array.from({ length: 30 }, (_, i) => i + 1); // 1..30
    expect(percentile(xs, 50)).toBe(15);
    expect(percentile(xs, 95)).toBe(29);
    expect(percentile(xs, 100)).toBe(30);
    expect(median([5, 1, 3])).toBe(3);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});

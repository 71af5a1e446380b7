/** The build's seed and DuckDB-WASM agree when only the last bits of a computed number differ. */
import { describe, expect, it } from 'vitest';
import { sameRows } from '../../src/db/sameRows.ts';

describe('sameRows', () => {
  it('takes numbers equal up to rounding in the 16th digit as the same', () => {
    // 0.1 + 0.2 = 0.30000000000000004: the same sum in another order
    expect(sameRows([{ slope: 0.1 + 0.2, n: 3 }], [{ slope: 0.3, n: 3 }])).toBe(true);
  });
  it('tells a different value, row count, order, column or null apart', () => {
    expect(sameRows([{ v: 0.3001 }], [{ v: 0.3 }])).toBe(false);
    expect(sameRows([{ v: 1 }], [{ v: 1 }, { v: 2 }])).toBe(false);
    expect(sameRows([{ v: 1 }, { v: 2 }], [{ v: 2 }, { v: 1 }])).toBe(false);
    expect(sameRows([{ v: 1 }], [{ w: 1 }])).toBe(false);
    expect(sameRows([{ v: null }], [{ v: 0 }])).toBe(false);
    expect(sameRows([{ d: '2020-10-31', s: 'far_behind' }], [{ d: '2020-10-31', s: 'ahead' }])).toBe(false);
  });
});

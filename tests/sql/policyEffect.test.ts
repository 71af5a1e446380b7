/**
 * Difference-in-differences and before/after on generated data with a known injected effect
 * (tests/helpers/effectFixture.ts). Stated tolerance: a +15 % effect on the level is recovered
 * within ±3 % (the month-to-month noise gives a standard error near 0.8 over 12 months), the
 * drop of a rate within ±0.15; with no effect the estimate stays within ±3 % and the verdict is
 * none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Db } from '../../src/db/types.ts';
import { DAYS_DROP, EFFECT, writeEffectFixture } from '../helpers/effectFixture.ts';
import { loadFixture } from '../helpers/loadFixture.ts';

type R = Record<string, number | string | boolean | null>;
let db: Db;
let dir: string;

beforeAll(async () => {
  dir = writeEffectFixture();
  ({ db } = await loadFixture(dir));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const effect = async (doc: string, ind: string, n: number) => (await db.query<R>('SELECT * FROM policy_effect(?, ?, ?)', [doc, ind, n]))[0]!;

describe('a known effect is recovered', () => {
  it('flows +15 % in the covered city from July 2020: the DiD finds +15 % ± 3 on the level', async () => {
    const r = await effect('P1', 'flow', 12);
    expect(r.treated_ids).toBe('t');
    expect(r.control_ids).toBe('c1,c2,c3,c4,c5');
    expect(r.n_before).toBe(12);
    expect(r.n_after).toBe(12);
    expect(Math.abs((r.did_effect as number) - EFFECT * 100)).toBeLessThan(3);
    expect(r.did_verdict).toBe('increase');
    expect(r.did_t as number).toBeGreaterThan(2);
    expect(r.outcome_kind).toBe('growth');
  });
  it('the naive before/after is inflated by the shared shock in the before window; the control group takes it out', async () => {
    const r = await effect('P1', 'flow', 12);
    // the shock lowers growth in 2020-01..03 for everyone, so the treated change alone overstates
    expect(r.treated_change as number).toBeGreaterThan((r.did_effect as number) + 10);
    expect(r.control_change as number).toBeGreaterThan(3);
    // trend: the slope of the monthly flow is positive before and after
    expect(r.slope_before as number).toBeGreaterThan(-5);
    expect(r.level_after as number).toBeGreaterThan(r.level_before as number);
  });
  it(`a rate (lower is better) falling by ${DAYS_DROP} in the covered city: DiD −1.0 ± 0.15, a decrease`, async () => {
    const r = await effect('P1', 'days', 6);
    expect(r.outcome_kind).toBe('level');
    expect(r.direction).toBe('lower');
    expect(Math.abs((r.did_effect as number) + DAYS_DROP)).toBeLessThan(0.15);
    expect(r.did_verdict).toBe('decrease');
  });
});

describe('no effect reports none', () => {
  it('flow0 has no injected effect: the DiD is within ±3 % of zero and the verdict is none', async () => {
    const r = await effect('P1', 'flow0', 12);
    expect(Math.abs(r.did_effect as number)).toBeLessThan(3);
    expect(Math.abs(r.did_t as number)).toBeLessThan(2);
    expect(r.did_verdict).toBe('none');
  });
});

describe('what the comparison cannot do', () => {
  it('with no comparable region outside the policy (a province-wide policy) the DiD is insufficient', async () => {
    const r = await effect('P2', 'flow', 12);
    expect(r.control_ids).toBeNull();
    expect(r.did_verdict).toBe('insufficient');
    // the province has values (the sum of its cities), so it is the treated region
    expect(r.treated_ids).toBe('prov');
  });
  it('fewer than three months on a side is insufficient', async () => {
    const r = await effect('P1', 'flow', 2);
    expect(r.ba_verdict).toBe('insufficient');
    expect(r.did_verdict).toBe('insufficient');
  });
  it('the monthly series marks the windows around the issue month', async () => {
    const rows = await db.query<R>('SELECT year, month, phase FROM policy_effect_series(?, ?, ?)', ['P1', 'flow', 2]);
    expect(rows.map((r) => `${r.year}-${r.month}:${r.phase}`)).toEqual(['2020-4:before', '2020-5:before', '2020-6:event', '2020-7:after', '2020-8:after']);
  });
});

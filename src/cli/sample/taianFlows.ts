/** 泰安's illustrative series, one function per family (called by src/cli/generate-sample-data.ts). */
import type { SampleContext } from './context.ts';
import { LAST_MONTH, between, period, rngFor, ytdSeries } from './shapes.ts';
import { CITY_YTD, FINANCE_BALANCE_2019, FINANCE_BALANCE_PACE, UNIT_ADDITIVE, UNIT_COMPLETION } from './taianPlan.ts';

/** Additive unit indicators: units only (the app sums them into 泰安市). */
export function unitAdditive(ctx: SampleContext): void {
  const { units, target, push } = ctx;
  for (const [ind, cfg] of Object.entries(UNIT_ADDITIVE)) {
    const unitTargets = units
      .map((u) => ({ u, t: target(ind, u, 2020, 'level') }))
      .filter((x): x is { u: string; t: number } => x.t !== undefined);
    if (unitTargets.length === 0) continue;
    const sumUnits = unitTargets.reduce((a, x) => a + x.t, 0);
    const cityLevel = target(ind, 'taian', 2020, 'level') ?? sumUnits;
    const g = (target(ind, 'taian', 2020, 'growth') ?? 10) / 100;
    const cityBase = cityLevel / (1 + g);
    const raw = unitTargets.map(({ u, t }) => {
      const rng = rngFor(`${ind}|${u}|factor`);
      return { u, t, raw: (t / (1 + g)) * between(rng, 0.88, 1.12), g18: between(rng, ...cfg.growth2019), c: between(rng, 0.72, 0.95) };
    });
    const k = cityBase / raw.reduce((a, x) => a + x.raw, 0);
    for (const x of raw) {
      const base2019 = x.raw * k;
      const completion = UNIT_COMPLETION[ind]?.[x.u] ?? x.c;
      push(ind, x.u, ytdSeries(`${ind}|${x.u}`, cfg.profile, [
        { year: 2018, total: base2019 / (1 + x.g18) },
        { year: 2019, total: base2019 },
        { year: 2020, total: x.t * completion },
      ]));
    }
  }
}

/** City-only flows (no unit split in the plan): 泰安市 rows. */
export function cityFlows(ctx: SampleContext): void {
  const { target, push } = ctx;
  for (const [ind, cfg] of Object.entries(CITY_YTD)) {
    const t = target(ind, 'taian', 2020, 'level');
    if (t === undefined) continue;
    const base2019 = t / (1 + cfg.planGrowth);
    push(ind, 'taian', ytdSeries(`${ind}|taian`, cfg.profile, [
      { year: 2018, total: base2019 / (1 + cfg.growth2019) },
      { year: 2019, total: base2019 },
      { year: 2020, total: t * cfg.completion },
    ]));
  }
}

/** Industrial financing balance (stock): month-end values, growth target from the plan. */
export function financeBalance(ctx: SampleContext): void {
  const { target, push } = ctx;

  const g = (target('ind_finance_balance', 'taian', 2020, 'growth') ?? 10) / 100;
  const end2019 = FINANCE_BALANCE_2019;
  const end2018 = end2019 / 1.072;
  const end2017 = end2018 / 1.058;
  const oct2020 = end2019 * (1 + g * (LAST_MONTH / 12) * FINANCE_BALANCE_PACE);
  const rng = rngFor('ind_finance_balance|taian');
  const series: [string, number][] = [];
  const legs: [number, number, number, number][] = [
    [2018, end2017, end2018, 12],
    [2019, end2018, end2019, 12],
    [2020, end2019, oct2020, LAST_MONTH],
  ];
  for (const [year, from, to, months] of legs) {
    const rate = (to / from) ** (1 / months);
    for (let m = 1; m <= months; m++) {
      const exact = m === months;
      series.push([period(year, m), from * rate ** m * (exact ? 1 : 1 + 0.004 * (2 * rng() - 1))]);
    }
  }
  push('ind_finance_balance', 'taian', series);
}

/**
 * The shapes of 泰安's illustrative series: one seeded stream per series, the seasonal profiles
 * of the families, year-to-date and anchored monthly paths.
 */
import { fnv1a, mulberry32 } from './random.ts';

export const SEED = 20200417; // date of 泰安市工业经济发展攻坚指挥部〔2020〕1号

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** One stream per series, so adding a series never shifts the numbers of another. */
export function rngFor(key: string): () => number {
  return mulberry32((SEED ^ fnv1a(key)) >>> 0);
}

export const between = (rng: () => number, lo: number, hi: number) => lo + (hi - lo) * rng();

// ---------------------------------------------------------------------------------------------
// Shapes

/** Monthly flow weights (Jan…Dec, sum 100): the seasonal profile of each family. */
export const PROFILE = {
  investment: [5, 5, 9, 7, 8, 11, 7, 8, 10, 10, 8, 12],
  trade: [7, 6, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9],
  industry: [7, 6, 8, 8, 8, 9, 8, 8, 9, 9, 10, 10],
  rd: [6, 5, 8, 8, 8, 9, 8, 8, 9, 9, 10, 12],
  loans: [14, 6, 12, 7, 7, 11, 5, 7, 9, 4, 7, 11],
  techContracts: [4, 4, 7, 7, 7, 10, 7, 7, 10, 9, 10, 18],
} as const;
export type ProfileName = keyof typeof PROFILE;

/** 2020 multipliers on the Jan…Oct flows: the COVID dip and the recovery. */
export const COVID: Record<ProfileName, readonly number[]> = {
  investment: [0.55, 0.25, 0.55, 0.9, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1],
  trade: [0.9, 0.55, 0.8, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.05],
  industry: [0.85, 0.35, 0.75, 0.95, 1.02, 1.05, 1.05, 1.05, 1.05, 1.05],
  rd: [0.85, 0.35, 0.75, 0.95, 1.02, 1.05, 1.05, 1.05, 1.05, 1.05],
  loans: [1, 0.8, 1.1, 1, 1, 1, 1, 1, 1, 1],
  techContracts: [0.8, 0.4, 0.7, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.05],
};

/** Share of the year's flow that the profile puts in months 1..m. */
export function cumShare(profile: ProfileName, m: number): number {
  const w = PROFILE[profile];
  let s = 0;
  for (let i = 0; i < m; i++) s += w[i] ?? 0;
  return s / 100;
}

export const LAST_YEAR = 2020;
export const LAST_MONTH = 10; // data end: 2020-10

/** Months of one year's flow that add up to `total` over the first `months` months. */
export function yearFlows(rng: () => number, profile: ProfileName, total: number, months: number, mult?: readonly number[]): number[] {
  const w: number[] = [];
  for (let m = 0; m < months; m++) {
    const noise = 1 + 0.12 * (2 * rng() - 1);
    w.push((PROFILE[profile][m] ?? 0) * (mult?.[m] ?? 1) * noise);
  }
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / s) * total);
}

export const period = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/**
 * Year-to-date series. `years` lists, per year, the value the ytd reaches at its last month:
 * full years end in December; the current year ends at LAST_MONTH with the COVID shape.
 */
export function ytdSeries(key: string, profile: ProfileName, years: { year: number; total: number }[]): [string, number][] {
  const rng = rngFor(key);
  const out: [string, number][] = [];
  for (const { year, total } of years) {
    const months = year === LAST_YEAR ? LAST_MONTH : 12;
    const flows = yearFlows(rng, profile, total, months, year === 2020 ? COVID[profile] : undefined);
    let cum = 0;
    flows.forEach((f, i) => {
      cum += f;
      out.push([period(year, i + 1), cum]);
    });
  }
  return out;
}

/** A slowly moving monthly value through anchor points (exact at the anchors, small noise between). */
export function anchoredSeries(key: string, anchors: [number, number, number][], noise: number): [string, number][] {
  const rng = rngFor(key);
  const idx = (y: number, m: number) => y * 12 + (m - 1);
  const out: [string, number][] = [];
  for (let a = 0; a < anchors.length - 1; a++) {
    const [y0, m0, v0] = anchors[a]!;
    const [y1, m1, v1] = anchors[a + 1]!;
    const i0 = idx(y0, m0);
    const i1 = idx(y1, m1);
    for (let i = a === 0 ? i0 : i0 + 1; i <= i1; i++) {
      const t = (i - i0) / (i1 - i0);
      const atAnchor = i === i0 || i === i1;
      const v = (v0 + (v1 - v0) * t) * (atAnchor ? 1 : 1 + noise * (2 * rng() - 1));
      out.push([period(Math.floor(i / 12), (i % 12) + 1), v]);
    }
  }
  return out;
}

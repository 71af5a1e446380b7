/** The figures 泰安's illustrative series are tuned to: completions, scales and paces at 2020-10. */
import type { ProfileName } from './shapes.ts';

// ---------------------------------------------------------------------------------------------
// The story at 2020-10 (time progress 83.3%): completion of each unit's 2020 level target.
// ≥ 0.833 ahead of pace; 0.783–0.833 slightly behind; < 0.783 far behind.

export const UNIT_COMPLETION: Record<string, Record<string, number>> = {
  fdi: {
    gaoxin: 0.91, xintai: 0.87, taishan_scenic: 0.95, ningyang: 0.86, // ahead
    taishan: 0.81, feicheng: 0.8, culaishan: 0.79, // slightly behind
    daiyue: 0.66, dongping: 0.62, tourism_zone: 0.58, // far behind
  },
  domestic_funds: {
    taishan: 0.88, daiyue: 0.9, feicheng: 0.84, tourism_zone: 0.92,
    ningyang: 0.8, gaoxin: 0.82, culaishan: 0.81,
    xintai: 0.76, dongping: 0.7, taishan_scenic: 0.65,
  },
  trade_goods: {
    taishan: 0.9, xintai: 0.88, feicheng: 0.92, gaoxin: 0.95, culaishan: 0.86,
    daiyue: 0.79, dongping: 0.81,
    ningyang: 0.74, taishan_scenic: 0.7,
  },
  trade_services: {
    daiyue: 0.9, feicheng: 0.86, ningyang: 0.95, gaoxin: 0.84,
    taishan: 0.8, taishan_scenic: 0.8,
    xintai: 0.72, dongping: 0.6,
  },
};

/** Per additive unit indicator: seasonal family and the 2018→2019 growth range. */
export const UNIT_ADDITIVE: Record<string, { profile: ProfileName; growth2019: [number, number] }> = {
  fdi: { profile: 'investment', growth2019: [-0.08, 0.25] },
  domestic_funds: { profile: 'investment', growth2019: [0.04, 0.18] },
  trade_goods: { profile: 'trade', growth2019: [0.0, 0.14] },
  trade_services: { profile: 'trade', growth2019: [0.02, 0.12] },
};

/** City-only year-to-date indicators: assumed 2020-over-2019 plan growth and 2020-10 completion. */
export const CITY_YTD: Record<string, { profile: ProfileName; planGrowth: number; growth2019: number; completion: number }> = {
  new_loans: { profile: 'loans', planGrowth: 0.145, growth2019: 0.11, completion: 0.907 }, // ahead
  tech_contracts: { profile: 'techContracts', planGrowth: 0.23, growth2019: 0.2, completion: 0.76 }, // behind linear pace, on track seasonally
};

/** Industrial financing balance (stock, 亿元) at the end of 2019: illustrative scale. */
export const FINANCE_BALANCE_2019 = 1130;
/** Share of the 10% balance-growth target reached pro rata by 2020-10. */
export const FINANCE_BALANCE_PACE = 0.96;

/** Industry by unit (6 counties + 泰安高新区): 2019 revenue (亿元), R&D and high-tech intensity weights, 2020-10 yoy. */
export const INDUSTRY_UNITS: Record<string, { revenue2019: number; rd: number; hitech: number; yoy2020: number }> = {
  taishan: { revenue2019: 260, rd: 0.9, hitech: 0.95, yoy2020: 0.01 },
  daiyue: { revenue2019: 420, rd: 0.8, hitech: 0.85, yoy2020: -0.02 },
  xintai: { revenue2019: 520, rd: 0.85, hitech: 0.9, yoy2020: 0.03 },
  feicheng: { revenue2019: 560, rd: 1.0, hitech: 1.0, yoy2020: 0.04 },
  ningyang: { revenue2019: 330, rd: 0.75, hitech: 0.8, yoy2020: -0.01 },
  dongping: { revenue2019: 230, rd: 0.6, hitech: 0.7, yoy2020: 0.02 },
  gaoxin: { revenue2019: 380, rd: 1.9, hitech: 1.55, yoy2020: 0.06 },
};
/** Share of the yearly percentage-point target reached in 2020: R&D lags, high-tech leads. */
export const RATIO_PACE: Record<string, number> = { rd_ratio: 0.6, hitech_share: 1.5 };

/** Development-zone rates at 2020-10 as a multiple of the 280 / 12 万元/亩 minimum. */
export const DEVZONE_RATIO: Record<string, { intensity: number; tax: number }> = {
  gaoxin: { intensity: 1.26, tax: 1.63 },
  taishan_edz: { intensity: 1.14, tax: 1.27 },
  daiyue_edz: { intensity: 1.06, tax: 1.09 },
  xintai_edz: { intensity: 1.09, tax: 1.17 },
  feicheng_edz: { intensity: 1.03, tax: 1.05 },
  feicheng_htz: { intensity: 1.04, tax: 0.96 }, // tax below 12
  ningyang_edz: { intensity: 1.07, tax: 1.12 },
  dongping_edz: { intensity: 0.94, tax: 1.02 }, // intensity below 280
};

/** Parks with a 2020 target (新泰): completion at 2020-10. Others draw theirs from the rng. */
export const PARK_COMPLETION: Record<string, number> = {
  xintai_edz_optoelectronics: 0.88,
  xintai_edz_biomed: 0.79,
  xintai_edz_smart_mfg: 0.72,
};

/** Days indicators (lower is better): value at month 10 of the target year, as a multiple of the limit. */
export const DAYS_RATIO: Record<string, { start: number; prevEnd: number; end: number }> = {
  // export_refund_days by county
  juye: { start: 1.55, prevEnd: 1.2, end: 0.87 },
  gaotang: { start: 1.7, prevEnd: 1.35, end: 1.15 }, // above its 2-day limit
  shanting: { start: 1.48, prevEnd: 1.18, end: 0.9 },
  // credit_approval_days, 泰安市
  taian: { start: 2.17, prevEnd: 1.63, end: 1.1 }, // 3.3 days vs 3
};

/** Shandong goods trade (亿元): 2019 full year, illustrative scale, and growth at 2020-10. */
export const SHANDONG_TRADE_2019 = 20420;
export const SHANDONG_TRADE_YOY_2020_10 = 0.052;

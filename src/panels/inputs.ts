/**
 * What panels are asked for: the view's region, month, indicator, document or reference date.
 * Each declaration's parameters are read from one of these by name, never by position, and each
 * has an example that gives rows on the sample data (the row-type test runs every query with it).
 */

/** A panel that needs nothing from the view (the catalogue, the coverage overview). */
export type NoInput = Record<string, never>;

export interface RegionOnly {
  regionId: string;
}

/** The common inputs: a region at an as-of month. */
export interface RegionMonth {
  regionId: string;
  year: number;
  month: number;
}

export interface RegionMonthIndicator extends RegionMonth {
  indicatorId: string;
}

export interface RegionYear {
  regionId: string;
  year: number;
}

/** A region at a reference date (ISO, the last day of the as-of month on the bulletin). */
export interface RegionDate {
  regionId: string;
  date: string;
}

export interface IndicatorOnly {
  indicatorId: string;
}

export interface TargetYear {
  targetId: string;
  year: number;
}

export interface SeriesYear {
  indicatorId: string;
  regionId: string;
  year: number;
}

/** The region compared with its children, or with its siblings under `parentId` (itself when it has no parent). */
export interface ComparisonInput extends RegionMonthIndicator {
  parentId: string;
}

export interface DocOnly {
  docId: string;
}

/** A document family (its root document) at a reference date. */
export interface FamilyDate {
  family: string;
  date: string;
}

export interface FamilyMonth {
  family: string;
  year: number;
  month: number;
}

/** A document's effect on an indicator, `months` before and after its issue month. */
export interface EffectInput {
  docId: string;
  indicatorId: string;
  months: number;
}

/** Examples on the sample data (data/): 泰安 in October 2020, the FDI target, document 003. */
export const EXAMPLE_REGION_MONTH: RegionMonth = { regionId: 'taian', year: 2020, month: 10 };
export const EXAMPLE_INDICATOR: RegionMonthIndicator = { ...EXAMPLE_REGION_MONTH, indicatorId: 'fdi' };
export const EXAMPLE_TARGET_ID = 't_fdi_taian_2020';
export const EXAMPLE_FAMILY_DATE: FamilyDate = { family: '003', date: '2020-10-31' };
export const EXAMPLE_FAMILY_MONTH: FamilyMonth = { family: '003', year: 2020, month: 10 };
export const EXAMPLE_EFFECT: EffectInput = { docId: '003', indicatorId: 'trade_goods', months: 6 };

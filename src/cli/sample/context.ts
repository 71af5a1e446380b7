/** What every generator of 泰安's illustrative series reads and where it writes. */
export type CsvRow = Record<string, string>;

export interface SampleContext {
  regions: CsvRow[];
  targets: CsvRow[];
  /** Regions tagged unit (the counties and functional zones of 泰安) and devzone. */
  units: string[];
  devzones: string[];
  regionIds: Set<string | undefined>;
  /** A target's value, or undefined. */
  target(ind: string, region: string, year: number, kind: string): number | undefined;
  /** Adds a series; ignored for an indicator or region not in the files. */
  push(ind: string, region: string, series: [string, number][]): void;
}

/** Rows as sorted JSON with floats rounded to 10 significant digits: two engines may sum in another order. */
export function canonRows(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v]))))
    .sort();
}

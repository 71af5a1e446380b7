/** Rows grouped by a key, in the order the rows come. */
export function groupBy<R>(rows: readonly R[], key: (r: R) => string): [string, R[]][] {
  const m = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return [...m.entries()];
}

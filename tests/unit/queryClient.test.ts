/**
 * The query client on real native DuckDB: what no panel shows (afterPanels) reaches DuckDB only once
 * the panels' queries have answered, and still answers the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDb } from '../../src/db/nativeDb.ts';
import { QueryClient } from '../../src/db/queryClient.ts';
import type { Db } from '../../src/db/types.ts';

let native: Db;
const sent: string[] = [];

beforeAll(async () => {
  native = await openNativeDb();
});
afterAll(() => native.close());

/** The real database, noting the order in which statements reach it. */
function recording(): Db {
  return {
    ...native,
    query: (sql, params) => {
      sent.push(sql);
      return native.query(sql, params);
    },
  };
}

describe('QueryClient.afterPanels', () => {
  it('sends the message query after the panel queries asked in the same turn, and answers it', async () => {
    sent.length = 0;
    const client = new QueryClient(recording());
    const message = client.afterPanels().query<{ n: number }>('SELECT 2 + 3 AS n');
    const panelA = client.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM range(200000)');
    const panelB = client.query<{ n: number }>('SELECT 7 * 6 AS n');
    expect(client.pendingForPanels).toBe(2);
    expect(client.pending).toBe(3);
    const [m, a, b] = await Promise.all([message, panelA, panelB]);
    // 2 + 3, 200 000 rows counted, 7 × 6
    expect([m[0]!.n, a[0]!.n, b[0]!.n]).toEqual([5, 200000, 42]);
    expect(sent).toEqual(['SELECT count(*)::INTEGER AS n FROM range(200000)', 'SELECT 7 * 6 AS n', 'SELECT 2 + 3 AS n']);
    expect(client.pending).toBe(0);
  });
  it('a panel asking for the same query shares the answer (one statement)', async () => {
    sent.length = 0;
    const client = new QueryClient(recording());
    const first = client.afterPanels().query('SELECT 1 AS one');
    const again = client.query('SELECT 1 AS one');
    expect(await again).toEqual(await first);
    expect(sent).toEqual(['SELECT 1 AS one']);
  });
});

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

describe('QueryClient.defer', () => {
  it('holds each query until what it names is there: a later layer and tables loading, each its own', async () => {
    sent.length = 0;
    const client = new QueryClient(recording());
    await native.exec('CREATE OR REPLACE TABLE big_later (v INTEGER)');
    // the tables loading in the background: big_later filled with 1, 2, 3
    const tables = client.defer(['big_later'], () => native.exec('INSERT INTO big_later VALUES (1), (2), (3)'));
    // the later layer: a macro over the table, defined only when a query asks for it
    let layerApplied = 0;
    client.defer(['later_sum'], async () => {
      layerApplied++;
      await native.exec('CREATE OR REPLACE MACRO later_sum() AS TABLE SELECT sum(v)::INTEGER AS s FROM big_later');
      await tables();
    });
    // a query naming neither runs at once; one naming the macro waits for the macro and the rows
    const plain = await client.query<{ n: number }>('SELECT 40 + 2 AS n');
    expect(plain[0]!.n).toBe(42);
    expect(layerApplied).toBe(0);
    const [sum, rows] = await Promise.all([client.query<{ s: number }>('SELECT s FROM later_sum()'), client.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM big_later')]);
    // 1 + 2 + 3 = 6 from all three rows, never from the empty table; the layer applied once
    expect(sum[0]!.s).toBe(6);
    expect(rows[0]!.n).toBe(3);
    expect(layerApplied).toBe(1);
    expect(sent[0]).toBe('SELECT 40 + 2 AS n');
    expect(sent.slice(1).sort()).toEqual(['SELECT count(*)::INTEGER AS n FROM big_later', 'SELECT s FROM later_sum()']);
  });
});

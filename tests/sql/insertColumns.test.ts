/** Rows go into DuckDB as Arrow built by hand (no `Function`, so it works under a strict CSP). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/db/nodeDb.ts';
import type { Db } from '../../src/db/types.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await db.exec('CREATE TABLE t (s VARCHAR, d DOUBLE, i INTEGER, extra VARCHAR)');
});
afterAll(() => db.close());

describe('insertColumns', () => {
  it('keeps nulls, multi-byte text, empty strings and negative numbers, by column name', async () => {
    await db.insertColumns('t', [
      { name: 'i', type: 'int', values: [1, null, -3] },
      { name: 's', type: 'text', values: ['泰安市', null, ''] },
      { name: 'd', type: 'double', values: [1.5, -2.25, null] },
    ]);
    expect(await db.query('SELECT s, d, i, extra FROM t ORDER BY rowid')).toEqual([
      { s: '泰安市', d: 1.5, i: 1, extra: null },
      { s: null, d: -2.25, i: null, extra: null },
      { s: '', d: null, i: -3, extra: null },
    ]);
  });
  it('refuses an identifier that is not a plain name', async () => {
    await expect(db.insertColumns('t; DROP TABLE t', [{ name: 's', type: 'text', values: ['x'] }])).rejects.toThrow(/invalid SQL identifier/);
    await expect(db.insertColumns('t', [{ name: 's"--', type: 'text', values: ['x'] }])).rejects.toThrow(/invalid SQL identifier/);
  });
  it('binds parameters instead of splicing them', async () => {
    const rows = await db.query<{ n: number }>('SELECT count(*)::INT AS n FROM t WHERE s = ?', ["' OR 1=1 --"]);
    expect(rows[0]!.n).toBe(0);
  });
});

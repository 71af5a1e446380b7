/**
 * Every panel query declaration against DuckDB on the sample data: the columns its SQL returns,
 * with its example input bound, are exactly the declared ones, in order and of the declared types.
 * A renamed or retyped column fails here, not on a screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ALL_QUERIES } from '../../src/panels/allQueries.ts';
import type { AnyPanelQuery, ColType } from '../../src/panels/panelQuery.ts';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'data')));
});
afterAll(async () => {
  await db?.close();
});

/** DuckDB's type name as the row type sees it (BIGINT and HUGEINT arrive as numbers, DATE as ISO text). */
function colType(duck: string): ColType | `unmapped ${string}` {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(duck)) return 'int';
  if (/^(DOUBLE|FLOAT|DECIMAL(\(\d+,\d+\))?)$/.test(duck)) return 'double';
  if (duck === 'VARCHAR') return 'text';
  if (duck === 'BOOLEAN') return 'bool';
  if (duck === 'DATE') return 'date';
  return `unmapped ${duck}`;
}

const JS_TYPE: Record<ColType, string> = { text: 'string', date: 'string', int: 'number', double: 'number', bool: 'boolean' };

const args = (q: AnyPanelQuery) => q.params(q.example as never);

/** Column names and types of the query's result with its example parameters bound. */
async function describeQuery(q: AnyPanelQuery): Promise<[string, string][]> {
  await db.query(`CREATE OR REPLACE TEMP TABLE panel_shape AS SELECT * FROM (${q.sql}) LIMIT 0`, args(q));
  const cols = await db.query<{ column_name: string; column_type: string }>('DESCRIBE panel_shape');
  return cols.map((c) => [c.column_name, colType(c.column_type)]);
}

const declared = (q: AnyPanelQuery): [string, string][] => Object.entries(q.columns).map(([name, spec]) => [name, spec.replace(/\?$/, '')]);

describe('panel query declarations', () => {
  it('are all registered once, under distinct ids', () => {
    const ids = ALL_QUERIES.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ALL_QUERIES).size).toBe(ALL_QUERIES.length);
    // the catalogue, the overview, the indicator, policy, wall, bulletin and data screens
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });

  it('bind exactly the placeholders of their SQL', () => {
    for (const q of ALL_QUERIES) expect([q.id, args(q).length]).toEqual([q.id, (q.sql.match(/\?/g) ?? []).length]);
  });

  for (const q of ALL_QUERIES) {
    it(`${q.id}: the declared columns are what DuckDB returns`, async () => {
      expect(await describeQuery(q)).toEqual(declared(q));
    });
  }

  it('run with their example input, and every value fits its declared type (NULL only where declared `?`)', async () => {
    const empty: string[] = [];
    const misfits: string[] = [];
    for (const q of ALL_QUERIES) {
      const rows = await db.query(q.sql, args(q));
      if (rows.length === 0) empty.push(q.id);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(Object.keys(q.columns));
        for (const [name, spec] of Object.entries(q.columns)) {
          const v = row[name];
          if (v === null || v === undefined ? !spec.endsWith('?') : typeof v !== JS_TYPE[spec.replace(/\?$/, '') as ColType]) misfits.push(`${q.id}.${name}: ${String(v)}`);
        }
      }
    }
    // examples are chosen to give rows on the sample data, so the test sees real values
    expect(empty).toEqual([]);
    expect([...new Set(misfits)]).toEqual([]);
  });
});

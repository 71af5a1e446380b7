/**
 * Each role's columns are specified once (src/data/roleColumns.ts). Table creation, validation and
 * role detection read that list; this test proves the three agree with it: DuckDB's DESCRIBE of every
 * table, the record columns and required cells of the row rules, and the headers that decide a role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCatalog } from '../../src/data/catalog.ts';
import { headerColumns, isNotNull, recordColumns, requiredCells, ROLE_COLUMNS, ROLES, tableColumns } from '../../src/data/roleColumns.ts';
import { detectRole } from '../../src/data/roles.ts';
import { RULES } from '../../src/data/validateRows.ts';
import type { Db } from '../../src/db/types.ts';
import { openWithSemanticLayer } from '../helpers/loadFixture.ts';

let db: Db;
beforeAll(async () => {
  db = await openWithSemanticLayer();
});
afterAll(async () => {
  await db.close();
});

interface Described {
  column_name: string;
  column_type: string;
  null: string;
  key: string | null;
}

describe('role columns: one specification', () => {
  it.each(ROLES)('the %s table is created as specified (names, order, types, NOT NULL, key)', async (role) => {
    const rows = await db.query<Described>(`DESCRIBE ${role}`);
    expect(rows.map((r) => r.column_name)).toEqual(tableColumns(role).map((c) => c.name));
    for (const c of tableColumns(role)) {
      const d = rows.find((r) => r.column_name === c.name)!;
      expect(`${c.name} ${d.column_type}`).toBe(`${c.name} ${c.type}`);
      expect(`${c.name} null=${d.null}`).toBe(`${c.name} null=${isNotNull(c) ? 'NO' : 'YES'}`);
      expect(`${c.name} key=${d.key ?? ''}`).toBe(`${c.name} key=${c.key ? 'PRI' : ''}`);
    }
  });

  it('a header naming exactly the header columns of a role is that role; without any one of them it is not', () => {
    for (const role of ROLES) {
      const header = headerColumns(role);
      expect(detectRole(header).role).toBe(role);
      for (const dropped of header) {
        const m = detectRole(header.filter((h) => h !== dropped));
        expect(`${role} without ${dropped}: ${m.role}`).not.toBe(`${role} without ${dropped}: ${role}`);
      }
    }
    // the hand-written list the README documents, for two roles, still holds
    expect(headerColumns('targets')).toEqual(['indicator_id', 'region_id', 'year', 'kind', 'value']);
    expect(headerColumns('regions')).toEqual(['region_id', 'name_zh', 'level', 'parent_id']);
  });

  it('validation inserts the specified record columns into the role table, and rejects an empty required cell by name', () => {
    for (const role of ROLES) {
      const rules = RULES[role];
      expect(rules.table).toBe(role);
      expect(rules.columns.map((c) => c.name)).toEqual(recordColumns(role).map((c) => c.name));
      const header = ROLE_COLUMNS[role].filter((c) => c.use !== 'row' && c.use !== 'load').map((c) => c.name);
      for (const empty of requiredCells(role)) {
        const res = rules.convert({ file: 'f.csv', line: 2, get: (k) => (k === empty || !header.includes(k) ? '' : 'x') }, emptyCatalog());
        expect(res).toEqual({ ok: false, problem: { code: 'missing_required', column: empty, value: undefined, detail: undefined } });
      }
    }
    expect(requiredCells('observations')).toEqual(['indicator_id', 'region_id', 'period']);
    expect(requiredCells('tasks')).toEqual(['doc_id', 'task_id', 'title']);
  });

  it('a header column that a row may leave empty passes the required check (a root region, a benchmark target)', () => {
    const cat = emptyCatalog();
    const region = RULES.regions.convert({ file: 'r.csv', line: 2, get: (k) => ({ region_id: 'taian', name_zh: '泰安市', level: 'city' })[k] ?? '' }, cat);
    expect(region.ok && region.record.parent_id).toBeNull();
  });
});

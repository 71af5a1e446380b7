/**
 * The semantic layer in two parts, as a start-up from the build applies it: everything but the
 * `-- @later` files first (the screens' first answers need nothing else), then the policy and
 * bulletin layer. The first part must stand on its own, and a query names the later part only
 * through the names it defines (what the query client holds such queries on).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openNodeDb } from '../../src/db/nodeDb.ts';
import { applyFiles, applySemanticLayer, definedNames, isLaterFile } from '../../src/db/semanticLayer.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import { ALL_QUERIES } from '../../src/panels/allQueries.ts';
import { ROOT } from '../helpers/loadFixture.ts';

const files = readSqlFiles(join(ROOT, 'queries'));
const later = files.filter(isLaterFile);
const first = files.filter((f) => !isLaterFile(f));

describe('the later layer', () => {
  it('is the policy and bulletin files, and defines their macros and views', () => {
    expect(later.map((f) => f.name)).toEqual(['50_tasks.sql', '52_series_monthly.sql', '53_policy_effect.sql', '54_doc_targets.sql', '55_incentives.sql', '56_bulletin.sql']);
    const names = definedNames(later);
    for (const n of ['doc_info', 'tasks_summary', 'series_monthly', 'policy_effect', 'doc_targets_at', 'incentive_totals', 'bulletin_units']) expect(names).toContain(n);
  });

  it('the first part applies alone and names nothing the later part defines; the later part then applies', async () => {
    const names = new RegExp(`\\b(${definedNames(later).join('|')})\\b`, 'i');
    for (const f of first) expect(names.test(f.sql.replace(/--.*$/gm, '')), f.name).toBe(false);
    const db = await openNodeDb();
    try {
      await applySemanticLayer(db, first);
      await expect(db.query('SELECT * FROM tasks_summary(DATE \'2020-10-31\')')).rejects.toThrow();
      await applyFiles(db, later);
      expect(await db.query('SELECT * FROM tasks_summary(DATE \'2020-10-31\')')).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('the overview\'s first panels (cards, ranking, map) never name the later layer, so never wait for it', () => {
    const names = new RegExp(`\\b(${definedNames(later).join('|')})\\b`, 'i');
    const reading = ALL_QUERIES.filter((q) => names.test(q.sql)).map((q) => q.id);
    // the policy, bulletin and effect panels, and nothing of the overview's first screen
    expect(reading.length).toBeGreaterThan(5);
    expect(reading.filter((id) => id.startsWith('kpis') || id.startsWith('ranking') || id.startsWith('map'))).toEqual([]);
  });
});

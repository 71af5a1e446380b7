/**
 * Reloading data into a running session (node DuckDB, a folder as the server): a dropped file
 * loads after every server file and wins a duplicate, the snapshots show its numbers, removing it
 * restores the server's; a refetch fetches only changed files and picks up their new values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readDataFolder } from '../../src/cli/check-data.ts';
import { DataSession, type DataSource } from '../../src/data/session.ts';
import { readSqlFiles } from '../../src/db/semanticLayerNode.ts';
import type { Db } from '../../src/db/types.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { openWithSemanticLayer, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
let dir: string;
const fetched: string[] = [];

/** Like the browser's serverSource: unchanged files (same hash) are reused, the rest are read. */
const folderSource =
  (folder: string): DataSource =>
  async (previous) => {
    const { inputs, tooLarge } = readDataFolder(folder);
    const files = inputs.map((f) => {
      const hash = createHash('sha1').update(f.bytes).digest('hex');
      const known = previous.get(f.path);
      if (known?.hash === hash) return known;
      fetched.push(f.path);
      return { ...f, hash };
    });
    return { files, failed: tooLarge };
  };

const value = async (region: string, y: number, m: number) =>
  (await db.query<{ value: number }>("SELECT value FROM series_snap WHERE indicator_id = 'fdi' AND region_id = ? AND year = ? AND month = ?", [region, y, m]))[0]?.value;

beforeAll(async () => {
  db = await openWithSemanticLayer();
  dir = mkdtempSync(join(tmpdir(), 'session-'));
  cpSync(join(CORPUS, 'catalog'), dir, { recursive: true });
  writeFileSync(join(dir, 'obs.csv'), 'indicator_id,region_id,period,value\nfdi,taishan,2020-01,100\nfdi,daiyue,2020-01,50\n');
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('data session', () => {
  const session = () => s;
  let s: DataSession;

  it('loads the server files', async () => {
    s = new DataSession(db, readSqlFiles(join(ROOT, 'queries')), folderSource(dir));
    const reports = await s.refetch();
    expect(reports.map((r) => [r.file, r.rowsLoaded])).toEqual([
      ['indicators.csv', 5],
      ['obs.csv', 2],
      ['regions.csv', 7],
    ]);
    expect(await value('taian', 2020, 1)).toBe(150);
  });

  it('previews a dropped file against the loaded catalogue without changing the data', async () => {
    const bytes = new TextEncoder().encode('indicator_id,region_id,period,value\n实际利用外资,泰山区,2020-01,120\nfdi,nowhere,2020-01,1\n');
    const p = await session().preview('obs.csv', bytes);
    // a dropped file never takes a server file's name
    expect(p.report.file).toBe('obs (2).csv');
    expect([p.report.rowsRead, p.report.rowsLoaded, p.report.rowsRejected]).toEqual([2, 1, 1]);
    expect(p.records[0]).toMatchObject({ indicator_id: 'fdi', region_id: 'taishan', value: 120 });
    expect(await value('taishan', 2020, 1)).toBe(100);
  });

  it('loads a dropped file last: it wins the duplicate and the roll-up shows its number', async () => {
    const bytes = new TextEncoder().encode('indicator_id,region_id,period,value\nfdi,taishan,2020-01,120\n');
    const reports = await session().addFiles([{ name: 'fix.csv', bytes }]);
    const byFile = new Map(reports.map((r) => [r.file, r]));
    expect(byFile.get('fix.csv')).toMatchObject({ session: true, rowsLoaded: 1, supersedes: 1 });
    expect(byFile.get('obs.csv')).toMatchObject({ rowsLoaded: 1, rowsRejected: 1, rowsSuperseded: 1 });
    expect(byFile.get('obs.csv')!.rejects[0]).toMatchObject({ line: 2, code: 'superseded', detail: 'fix.csv:2' });
    expect(await value('taishan', 2020, 1)).toBe(120);
    expect(await value('taian', 2020, 1)).toBe(170);
    expect((await db.query<{ n: number }>('SELECT count(*)::INT AS n FROM load_files'))[0]!.n).toBe(4);
  });

  it('removing the dropped file restores the server numbers', async () => {
    const reports = await session().removeFile('fix.csv');
    expect(reports.map((r) => r.file)).not.toContain('fix.csv');
    expect(reports.find((r) => r.file === 'obs.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
    expect(await value('taian', 2020, 1)).toBe(150);
  });

  it('a refetch reads only changed files and shows their new values', async () => {
    fetched.length = 0;
    writeFileSync(join(dir, 'obs.csv'), readFileSync(join(dir, 'obs.csv'), 'utf8').replace('fdi,daiyue,2020-01,50', 'fdi,daiyue,2020-01,80'));
    await session().refetch();
    expect(fetched).toEqual(['obs.csv']);
    expect(await value('taian', 2020, 1)).toBe(180);
  });
});

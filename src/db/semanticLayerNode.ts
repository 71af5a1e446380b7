/** The queries/ SQL files read from disk (tests and command line). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlFile } from './semanticLayer.ts';

export function readSqlFiles(dir: string): SqlFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.sql'))
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** The queries/ SQL files, bundled into the app as text. */
import type { SqlFile } from './semanticLayer.ts';

const modules = import.meta.glob('../../queries/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const SQL_FILES: SqlFile[] = Object.entries(modules).map(([path, sql]) => ({
  name: path.split('/').pop() ?? path,
  sql,
}));

/** The policy screen's documents: which one it opens on, how each is named in the chooser, the reference date of a month. */
import type { Lang } from '../../i18n/strings.ts';
import type { policyDocuments } from '../../panels/policy/query.ts';
import type { RowOfQuery } from '../../panels/panelQuery.ts';

export type DocRow = RowOfQuery<typeof policyDocuments>;

/** The last day of a month, ISO. */
export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The document the screen opens on: the URL's, else the root covering the region, else the one with most tasks. */
export function chooseDoc(docs: DocRow[], wanted: string | null, regionId: string): DocRow | undefined {
  const byId = docs.find((d) => d.doc_id === wanted);
  if (byId) return byId;
  const roots = docs.filter((d) => d.is_root);
  return roots.find((d) => d.region_id === regionId && d.n_tasks > 0) ?? [...roots].sort((a, b) => b.n_tasks - a.n_tasks)[0];
}

export function docLabel(d: DocRow, lang: Lang): string {
  const title = lang === 'en' ? (d.title_en ?? d.title) : d.title;
  return `${d.doc_number ?? d.doc_id} · ${title}`;
}

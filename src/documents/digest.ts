/**
 * The month in a few lines for the work group (DingTalk, WeChat): the headline counts and the main
 * figures with their status shapes (▲ ◆ ▼ as on screen), the targets furthest behind pace with
 * their gaps, overdue tasks by lead department, and the link back to the dashboard. At most 1,000
 * characters: lists are shortened (ending in 等 / "and more") until the message fits.
 */
import { asStatus, STATUS_ICON } from '../charts/status.ts';
import { formatPoints, formatRatio, formatValue } from '../i18n/format.ts';
import type { Lang } from '../i18n/strings.ts';
import type { BulletinData } from './bulletinData.ts';
import { groupBy } from '../data/groupBy.ts';
import { bulletinHeading, indicatorLabel, rankedUnitLabel, regionLabel, translator, type Tr } from './names.ts';

export const DIGEST_MAX = 1000;

/** The dashboard view a message links to: screen, region and month in the URL, as the app reads them. */
export function dashboardUrl(base: string, screen: string, regionId: string, year: number, month: number, lang: Lang): string {
  const q = new URLSearchParams({ screen, region: regionId, month: `${year}-${String(month).padStart(2, '0')}` });
  if (lang === 'en') q.set('lang', 'en');
  return `${base}${base.includes('?') ? '&' : '?'}${q.toString()}`;
}

interface Limits {
  kpis: number;
  behind: number;
  depts: number;
  docs: number;
}

const gapText = (pp: number | null, lang: Lang) => formatPoints(pp == null ? null : Math.abs(pp), lang).replace(/^[+±−]/, '');

function listed(items: string[], n: number, tr: Tr): string {
  const shown = items.slice(0, n).join(tr('dig.sep'));
  return items.length > n ? `${shown}${tr('dig.more')}` : shown;
}

function compose(d: BulletinData, lang: Lang, url: string, lim: Limits): string {
  const tr = translator(lang);
  const h = bulletinHeading(d, lang);
  const lines: string[] = [tr('dig.title', { region: regionLabel(d, d.regionId, lang), period: h.period })];
  lines.push(tr('dig.asOf', { month: h.month, tp: h.tp }));
  if (d.tree && d.tree.n_targets > 0) lines.push(tr('dig.headline', { n: d.tree.n_targets, a: d.tree.n_ahead, s: d.tree.n_slightly_behind, f: d.tree.n_far_behind }));
  if (d.tree && d.tree.n_not_yet_due > 0) lines.push(tr('dig.notYetDue', { n: d.tree.n_not_yet_due }));
  // a main figure without a value this month says nothing in a message
  for (const k of d.kpis.filter((r) => r.actual != null).slice(0, lim.kpis)) {
    const im = d.indicatorInfo[k.indicator_id];
    lines.push(
      tr('dig.kpiLine', {
        icon: STATUS_ICON[asStatus(k.status)],
        indicator: indicatorLabel(d, k.indicator_id, lang),
        actual: formatValue(k.actual, im?.unit, lang, im?.decimals ?? null),
        completion: formatRatio(k.completion, lang),
        expected: formatRatio(k.expected, lang),
      }),
    );
  }
  if (d.behind.length && lim.behind > 0) {
    lines.push(tr('dig.behind'));
    d.behind.slice(0, lim.behind).forEach((r, i) =>
      lines.push(
        tr('dig.behindLine', {
          i: i + 1,
          region: rankedUnitLabel(d, r, lang),
          indicator: indicatorLabel(d, r.indicator_id, lang),
          completion: formatRatio(r.completion, lang),
          gap: gapText(r.pace_gap, lang),
        }),
      ),
    );
  }
  if (d.overdue.length === 0) lines.push(tr('dig.overdueNone'));
  else {
    const depts = groupBy(d.overdue, (r) => r.department ?? '').map(([dept, rows]) => tr('dig.deptLine', { dept: dept || tr('bul.noDept'), n: rows[0]!.dept_overdue }));
    lines.push(`${tr('dig.overdue', { n: d.overdue.length })}${lang === 'en' ? ' ' : ''}${listed(depts, lim.depts, tr)}${lang === 'zh' ? '。' : '.'}`);
  }
  lines.push(tr('dig.link', { url }));
  const docs = listed(d.docNumbers, lim.docs, tr);
  if (d.illustrative) lines.push(tr('dig.sample', { docs: docs || '—' }));
  else if (docs) lines.push(tr('dig.sources', { docs }));
  return lines.join('\n');
}

/** What goes first when the message is too long, and how short each list may get. */
const CUTS: [keyof Limits, number][] = [
  ['docs', 2],
  ['depts', 3],
  ['behind', 3],
  ['kpis', 3],
  ['docs', 1],
  ['depts', 1],
  ['behind', 1],
  ['kpis', 1],
  ['behind', 0],
  ['kpis', 0],
];

/** The message, shortened until it is at most 1,000 characters. */
export function digestText(d: BulletinData, lang: Lang, url: string): string {
  const lim: Limits = { kpis: 8, behind: 5, depts: 8, docs: 12 };
  let text = compose(d, lang, url, lim);
  while ([...text].length > DIGEST_MAX) {
    const cut = CUTS.find(([k, min]) => lim[k] > min);
    if (!cut) break;
    lim[cut[0]] -= 1;
    text = compose(d, lang, url, lim);
  }
  const chars = [...text];
  return chars.length <= DIGEST_MAX ? text : `${chars.slice(0, DIGEST_MAX - 1).join('')}…`;
}

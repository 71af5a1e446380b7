/**
 * The overview's header, headline and KPI cards painted as plain HTML from the build's seed by the
 * entry module, before React, ECharts and DuckDB arrive: a leader's first figures come as fast as
 * a static page. Same strings, same formatting functions and same classes as the React cards
 * (KpiCard, Header), so the app takes the place over without a jump: #root stays hidden while the
 * painted copy shows, and once the app's own KPI cards are drawn the copy is removed and #root
 * shown in the same frame. Only for the default view (the seed's); any other URL, or data that
 * no longer matches the build, waits for the app as before. Text from the data goes in as text
 * nodes, never markup.
 */
import { HIGH_CONTRAST_STYLE, LIGHT_STYLE } from '../charts/chartStyle.ts';
import { asStatus, asTargetStatus, targetStatusIcon } from '../charts/status.ts';
import { targetText } from '../components/targetText.ts';
import { appBase, pageData } from '../data/pageData.ts';
import { formatPoints, formatRatio, formatValue, formatYearMonth } from '../i18n/format.ts';
import { translate, type Lang, type StringKey } from '../i18n/strings.ts';
import { parseViewState } from '../state/urlState.ts';
import { catalogDefaults, catalogIllustrative, catalogIndicators, catalogRegions } from '../panels/catalog/query.ts';
import { familyName } from '../panels/kpis/familyName.ts';
import { familyKpis } from '../panels/kpis/query.ts';
import { treeSummary } from '../panels/summary/query.ts';
import { SCREEN_IDS } from './screenIds.ts';

type Row = Record<string, unknown>;
interface Named {
  name_zh: string;
  name_en: string | null;
}

const HIDDEN = 'prepainted';

function el(tag: string, className?: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function add(parent: HTMLElement, ...children: (HTMLElement | string | null | false)[]): HTMLElement {
  for (const c of children) if (c) parent.append(c);
  return parent;
}

/** The default view's seed, or null when the page is not the default view or the build is not usable. */
async function seedForDefaultView(): Promise<{ lang: Lang; seed: Map<string, Row[]> } | null> {
  const view = parseViewState(window.location.search, SCREEN_IDS);
  // the seed answers the view with no URL parameters; only the language may differ
  if (JSON.stringify({ ...view, lang: 'zh' }) !== JSON.stringify(parseViewState('', SCREEN_IDS))) return null;
  const { build } = await pageData(appBase());
  if (!build) return null;
  const seed = new Map<string, Row[]>();
  for (const s of build.seed ?? []) if (s.id) seed.set(s.id, s.rows);
  return seed.has(familyKpis.id) ? { lang: view.lang, seed } : null;
}

/** The desk's theme as the app will draw it (src/components/Theme.tsx): high contrast when the page is. */
const deskTheme = () => (document.documentElement.classList.contains('contrast-high') ? HIGH_CONTRAST_STYLE : LIGHT_STYLE);

function statusBadge(t: (k: string) => string, status: unknown, compact = false): HTMLElement {
  // as src/components/StatusBadge.tsx draws it
  const s = asTargetStatus(status);
  const badge = el('span', `status-badge status-${s}`, undefined, { 'data-status': s });
  badge.style.color = deskTheme().status[s];
  return add(badge, el('span', undefined, targetStatusIcon(s), { 'aria-hidden': 'true' }), !compact && el('span', 'status-word', t(`status.${s}`)));
}

function paceBar(t: (k: string) => string, lang: Lang, row: Row): HTMLElement {
  const completion = row.completion as number | null;
  const expected = row.expected as number | null;
  const scale = (v: number) => `${(v / 1.2) * 100}%`;
  const bar = el('div', 'pace-bar', undefined, { role: 'meter', 'aria-label': t('completion') });
  if (completion != null) bar.setAttribute('aria-valuenow', String(completion));
  const fill = el('div', 'pace-fill');
  fill.style.width = scale(Math.max(0, Math.min(1.2, completion ?? 0)));
  fill.style.background = deskTheme().status[asStatus(row.status)];
  const full = el('div', 'pace-full');
  full.style.left = scale(1);
  add(bar, fill, full);
  if (expected != null) {
    const e = Math.max(0, Math.min(1.2, expected));
    const marker = el('div', 'pace-marker', undefined, { title: `${t('timeProgress')} ${formatRatio(e, lang)}` });
    marker.style.left = scale(e);
    add(bar, add(marker, el('span', 'pace-marker-label', formatRatio(e, lang, 0))));
  }
  return bar;
}

/** One KPI card, as src/components/KpiCard.tsx draws it. */
function kpiCard(t: (k: string, p?: Record<string, string | number>) => string, lang: Lang, row: Row, indicator: (Named & { unit: string; decimals: number | null }) | undefined): HTMLElement {
  const name = (n: Named | undefined, id: string) => (n ? (lang === 'en' && n.name_en ? n.name_en : n.name_zh) : id);
  const num = (k: string) => row[k] as number | null;
  const unit = indicator?.unit ?? '';
  const decimals = indicator?.decimals ?? null;
  const family = String(row.family);
  const hasOwn = row.kind !== null;
  const sample = hasOwn ? row.illustrative : row.children_illustrative;
  const card = el('article', `kpi-card status-edge-${hasOwn ? asStatus(row.status) : 'none'}`, undefined, { 'data-kpi': family, 'data-indicator': String(row.indicator_id) });
  add(card, add(el('header', 'kpi-head'), el('span', 'kpi-family', familyName(row, lang, name(indicator, String(row.indicator_id)))), hasOwn && statusBadge(t, row.status), !!sample && el('span', 'sample-tag small', t('sample'))));
  const main = el('button', 'kpi-main', undefined, { type: 'button', title: t('open'), tabindex: '-1' });
  add(main, el('span', 'kpi-name', name(indicator, String(row.indicator_id))));
  if (hasOwn) {
    const wording = { kind: String(row.kind), targetInput: num('target_input'), targetValue: num('target_value'), targetYear: num('target_year'), isPath: !!row.is_path, unit, decimals };
    add(main, el('span', 'kpi-value', formatValue(num('actual'), unit, lang, decimals), { 'data-field': 'actual' }), add(el('span', 'kpi-target', undefined, { 'data-field': 'target' }), el('span', 'target-text', targetText(wording, lang))));
  } else if (num('n_children')) {
    add(main, el('span', 'kpi-value', `${num('n_children_ahead') ?? ''}/${num('n_children')}`, { 'data-field': 'children' }), el('span', 'kpi-target', t('childrenOnPace', { ok: num('n_children_ahead') ?? 0, total: num('n_children')! })));
  } else add(main, el('span', 'kpi-value muted', t('noData')));
  add(card, main);
  if (hasOwn && row.kind !== 'benchmark') {
    const gap = num('pace_gap');
    const figures = add(
      el('div', 'kpi-figures'),
      add(el('span', undefined, `${t('completion')} `), el('b', undefined, formatRatio(num('completion'), lang), { 'data-field': 'completion' })),
      add(el('span', undefined, `${t(`pace.${String(row.pace_basis ?? 'time')}`)} `), el('b', undefined, formatRatio(num('expected'), lang), { 'data-field': 'expected' })),
      el('span', `gap ${gap != null && gap < 0 ? 'neg' : 'pos'}`, formatPoints(gap, lang), { 'data-field': 'gap' }),
    );
    add(card, paceBar(t, lang, row), figures);
  }
  if (hasOwn && row.kind === 'benchmark') {
    const gap = num('pace_gap');
    add(
      card,
      add(
        el('div', 'kpi-figures benchmark'),
        add(el('span', undefined, `${t('ownGrowth')} `), el('b', undefined, formatPoints(num('own_measure'), lang))),
        add(el('span', undefined, `${t('refGrowth')} `), el('b', undefined, formatPoints(num('benchmark_value'), lang))),
        el('span', `gap ${gap != null && gap < 0 ? 'neg' : 'pos'}`, formatPoints(gap, lang), { 'data-field': 'gap' }),
      ),
    );
  }
  if (!hasOwn && row.worst_region_id) {
    const g = num('worst_gap');
    const worst = lang === 'en' && row.worst_name_en ? String(row.worst_name_en) : String(row.worst_name_zh);
    add(card, add(el('div', 'kpi-figures worst'), statusBadge(t, g != null && g < 0 ? (g < -5 ? 'far_behind' : 'slightly_behind') : 'ahead', true), el('span', undefined, `${worst} ${formatValue(num('worst_actual'), unit, lang, decimals)} / ${formatValue(num('worst_target'), unit, lang, decimals)}`)));
  }
  const foot = el('footer', 'kpi-foot');
  if (hasOwn && row.behind_since_month != null) add(foot, el('span', 'behind-since', t('sinceMonth', { month: String(row.behind_since_month) })));
  if (row.doc_number || row.quote) {
    add(foot, add(el('details', 'provenance'), add(el('summary'), el('span', 'prov-label', t('source')), ` ${row.doc_number == null ? '—' : String(row.doc_number)}`)));
  }
  return add(card, foot);
}

/** Paints the default overview's top from the seed; resolves once painted (or not, when it does not apply). */
export async function prepaint(): Promise<void> {
  const found = await seedForDefaultView().catch(() => null);
  const root = document.getElementById('root');
  // the app may have drawn its own page meanwhile (a fast start): nothing to paint then
  if (!found || !root || root.querySelector('[data-ready]')) return;
  const { lang, seed } = found;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key as StringKey, params);
  const byId = <T>(id: string, key: string) => new Map((seed.get(id) ?? []).map((r) => [String(r[key]), r as T]));
  const indicators = byId<Named & { unit: string; decimals: number | null }>(catalogIndicators.id, 'indicator_id');
  const regions = byId<Named>(catalogRegions.id, 'region_id');
  const defaults = seed.get(catalogDefaults.id)?.[0] as { region_id: string; year: number; month: number } | undefined;
  const illustrative = !!seed.get(catalogIllustrative.id)?.[0]?.any;
  if (!defaults) return;
  const regionName = (id: string) => {
    const r = regions.get(id);
    return r ? (lang === 'en' && r.name_en ? r.name_en : r.name_zh) : id;
  };
  const ym = formatYearMonth(defaults.year, defaults.month, lang);

  const header = add(
    el('header', 'app-header'),
    add(el('div', 'brand'), el('div', 'app-title', t('appTitle')), el('div', 'app-subtitle', t('appSubtitle'))),
    add(el('nav', 'tabs', undefined, { 'aria-label': 'screens' }), ...SCREEN_IDS.map((s) => el('button', s === 'overview' ? 'active' : '', t(`screen.${s}`), { type: 'button', tabindex: '-1' }))),
    add(
      el('div', 'filters'),
      add(el('label'), el('span', undefined, t('region')), add(el('select', undefined, undefined, { tabindex: '-1' }), el('option', undefined, regionName(defaults.region_id)))),
      add(el('label'), el('span', undefined, t('month')), add(el('select', undefined, undefined, { tabindex: '-1' }), el('option', undefined, ym))),
      el('button', 'lang-switch', t('langSwitch'), { type: 'button', tabindex: '-1' }),
    ),
    add(
      el('div', 'header-status'),
      add(el('div', 'as-of'), `${t('asOf')} `, el('b', undefined, ym), ` · ${t('timeProgress')} `, el('b', undefined, formatRatio(defaults.month / 12, lang))),
      add(el('div', 'header-badges'), illustrative && el('span', 'sample-tag', t('sample'), { title: t('sampleHint') })),
    ),
  );
  const body = el('div', 'panel-body');
  const summary = seed.get(treeSummary.id)?.[0] as { n_targets: number; n_ahead: number; n_slightly_behind: number; n_far_behind: number; n_regions_far_behind: number; n_regions: number } | undefined;
  if (summary && summary.n_targets > 0) {
    const count = (cls: string, status: string, n: number) => add(el('span', `hl ${cls}`, undefined, { 'data-count': status }), statusBadge(t, status), ` ${n}`);
    add(
      body,
      add(
        el('div', 'headline', undefined, { 'data-headline': '' }),
        el('span', undefined, t('headline', { region: regionName(defaults.region_id), regions: Math.max(0, summary.n_regions - 1), n: summary.n_targets })),
        count('hl-ahead', 'ahead', summary.n_ahead),
        count('hl-slight', 'slightly_behind', summary.n_slightly_behind),
        count('hl-far', 'far_behind', summary.n_far_behind),
        summary.n_regions_far_behind > 0 && el('span', 'hl-note', t('headlineFar', { n: summary.n_regions_far_behind })),
      ),
    );
  }
  add(body, add(el('div', 'kpi-grid'), ...(seed.get(familyKpis.id) ?? []).map((row) => kpiCard(t, lang, row, indicators.get(String(row.indicator_id))))));
  const panel = add(el('section', 'panel kpi-panel', undefined, { 'data-panel': 'kpis', 'aria-busy': 'false' }), add(el('header', 'panel-head'), el('h2', undefined, t('screen.overview'))), body);
  const page = add(el('div', 'app', undefined, { 'data-screen': 'overview', 'data-prepaint': '' }), header, add(el('main'), add(el('div', 'screen overview'), panel)));
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.before(page);
  root.classList.add(HIDDEN);
  handOver(root, page);
}

/**
 * Removes the painted copy and shows the app once the app's own KPI cards are drawn (or it shows
 * another screen, or failed to start). A MutationObserver runs before the next frame is painted,
 * so no frame shows both or neither.
 */
function handOver(root: HTMLElement, page: HTMLElement): void {
  const done = () =>
    !!root.querySelector('[data-panel="kpis"][aria-busy="false"] [data-kpi]') ||
    !!root.querySelector('[data-ready]:not([data-screen="overview"]), .boot.failed, [data-panel="kpis"][aria-busy="false"] .panel-error');
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    page.remove();
    root.classList.remove(HIDDEN);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-ready'] });
}

import { useState, type KeyboardEvent } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { regionHasMonth, regionName } from '../app/meta.ts';
import { hasErrors } from '../data/report.ts';
import { formatRatio, formatYearMonth } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { monthsOfRegion } from '../panels/months/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { DisplaySwitches } from './DisplaySwitches.tsx';

/** `screens`: the nav, in order (the screen registry, src/app/screens.ts). */
export function Header({ screens }: { screens: readonly { id: string; label: StringKey }[] }) {
  const { meta, view, setView, reports } = useApp();
  const t = useT();
  const lang = useLang();
  const months = usePanelQuery(monthsOfRegion, { regionId: view.regionId });
  const monthOptions = months.data ?? [];
  const selected = `${view.year}-${view.month}`;
  const hasSelected = monthOptions.some((m) => `${m.year}-${m.month}` === selected);
  // warnings (a superseded row, a gap) are not problems: overlapping monthly extracts are normal
  const problems = reports.filter(hasErrors).length;
  // phones: the screens and filters fold into a menu behind one button (styles.css shows it only there)
  const [menuOpen, setMenuOpen] = useState(false);
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    document.getElementById('menu-toggle')?.focus();
  };
  return (
    <header className="app-header" onKeyDown={closeOnEscape}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="brand">
        <div className="app-title">{t('appTitle')}</div>
        <div className="app-subtitle">{t('appSubtitle')}</div>
      </div>
      <button type="button" id="menu-toggle" className="menu-toggle" aria-expanded={menuOpen} aria-controls="header-menu" onClick={() => setMenuOpen(!menuOpen)} data-control="menu">
        <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {menuOpen ? t('menuClose') : t('menu')}
      </button>
      <div id="header-menu" className={`header-menu ${menuOpen ? 'open' : ''}`}>
        <nav className="tabs" aria-label={t('screensNav')}>
          {screens.map((s) => (
            <button
              key={s.id}
              type="button"
              className={view.screen === s.id ? 'active' : ''}
              aria-current={view.screen === s.id ? 'page' : undefined}
              onClick={() => {
                setMenuOpen(false);
                setView({ screen: s.id });
              }}
              data-screen={s.id}
            >
              {t(s.label)}
            </button>
          ))}
        </nav>
        <div className="filters">
          <label>
            <span>{t('region')}</span>
            <select
              value={view.regionId}
              onChange={(e) => {
                // the month stays where the new region has data; else the region opens on its own plan's month
                const region = e.target.value;
                setView(regionHasMonth(meta, region, view.year, view.month) ? { region } : { region, year: null, month: null });
              }}
              data-control="region"
            >
              {meta.regionList.map((r) => (
                <option key={r.region_id} value={r.region_id}>
                  {'\u3000'.repeat(Math.min(r.depth, 4))}
                  {regionName(meta, r.region_id, lang)}
                  {meta.regionPlans.get(r.region_id)?.plan_doc_number ? ` · ${meta.regionPlans.get(r.region_id)?.plan_doc_number}` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('month')}</span>
            <select
              value={selected}
              onChange={(e) => {
                const [y, m] = e.target.value.split('-').map(Number);
                setView({ year: y ?? null, month: m ?? null });
              }}
              data-control="month"
            >
              {!hasSelected && <option value={selected}>{formatYearMonth(view.year, view.month, lang)}</option>}
              {monthOptions.map((m) => (
                <option key={`${m.year}-${m.month}`} value={`${m.year}-${m.month}`}>
                  {formatYearMonth(m.year, m.month, lang)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="lang-switch" onClick={() => setView({ lang: lang === 'zh' ? 'en' : 'zh' })} data-control="lang">
            {t('langSwitch')}
          </button>
          <DisplaySwitches />
        </div>
      </div>
      <div className="header-status">
        <div className="as-of" data-as-of={`${view.year}-${String(view.month).padStart(2, '0')}`}>
          {t('asOf')} <b>{formatYearMonth(view.year, view.month, lang)}</b> · {t('timeProgress')} <b>{formatRatio(view.month / 12, lang)}</b>
        </div>
        <div className="header-badges">
          {meta.illustrative && (
            <span className="sample-tag" title={t('sampleHint')} data-sample-badge>
              {t('sample')}
            </span>
          )}
          {problems > 0 && (
            <button type="button" className="warn-tag" onClick={() => setView({ screen: 'data' })}>
              {t('filesWithProblems', { n: problems })}
            </button>
          )}
        </div>
      </div>
      {view.unknown.length > 0 && (
        <div className="url-notice" role="alert">
          {view.unknown.map((u) => t('unknownInUrl', { what: u.key === 'region' ? t('region') : t('indicator'), value: u.value })).join(' · ')}
        </div>
      )}
    </header>
  );
}


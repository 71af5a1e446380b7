/** The numeric targets a document family sets, with completion and the year-end outlook. */
import { useApp } from '../../app/AppContext.tsx';
import { indicatorName, regionName } from '../../app/meta.ts';
import { Panel } from '../../components/Panel.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TargetText } from '../../components/TargetText.tsx';
import { formatRatio, formatValue, formatYearMonth } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { docTargets } from '../../panels/policy/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { useRef, useState } from 'react';

/**
 * Rows drawn before a leader asks for the rest: a family's targets can run to hundreds (泰安's
 * 2020 plan sets 288 as of October), and laying out every row of the table held the screen for
 * over a second before its first figures; a leader reads the first screenful and opens the rest.
 */
const FIRST_ROWS = 30;

export function TargetsPanel({ family, date }: { family: string; date: string }) {
  const { meta, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(docTargets, { family, date });
  const rows = q.data ?? [];
  // which family was opened in full; another family starts at its first rows again
  const [allOf, setAllOf] = useState<string | null>(null);
  const shown = allOf === family ? rows : rows.slice(0, FIRST_ROWS);
  const body = useRef<HTMLTableSectionElement>(null);
  const showAll = () => {
    setAllOf(family);
    // keyboard and screen-reader users continue at the first row that was hidden
    requestAnimationFrame(() => body.current?.rows[FIRST_ROWS]?.querySelector<HTMLElement>('button, summary')?.focus());
  };
  return (
    <Panel id="doc-targets" title={q.answered || rows.length > 0 ? `${t('pol.targetsPanel')} (${rows.length})` : t('pol.targetsPanel')} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)} className="span-7">
      <Answered q={q} empty={t('pol.noTargets')}>
      {() => (
        <>
        <table className="doc-targets">
          <thead>
            <tr>
              <th>{t('indicator')}</th>
              <th>{t('region')}</th>
              <th>{t('target')}</th>
              <th>{t('status')}</th>
              <th className="align-right">{t('completion')}</th>
              <th className="align-right">{t('projection')}</th>
              <th className="align-right">{t('pol.neededMonthly')}</th>
              <th>{t('provenance')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.map((r) => {
              const ind = meta.indicators.get(r.indicator_id);
              const unit = ind?.unit ?? '';
              const fv = (v: number | null) => formatValue(v, unit, lang, ind?.decimals ?? null);
              return (
                <tr key={r.target_id} data-target={r.target_id} className={r.out_of_reach ? 'out-of-reach' : ''}>
                  <td>
                    <button type="button" className="link" title={t('pol.openIndicator')} onClick={() => setView({ screen: 'indicator', indicator: r.indicator_id, region: r.region_id, ...(r.year ? { year: r.year, month: r.month } : {}) })} data-action="open-indicator">
                      {indicatorName(meta, r.indicator_id, lang)}
                    </button>
                  </td>
                  <td>{regionName(meta, r.region_id, lang)}</td>
                  <td className="small">
                    <TargetText kind={r.kind} targetInput={r.target_input} targetValue={r.target_value} targetYear={r.target_year} isPath={!!r.is_path} unit={unit} decimals={ind?.decimals ?? null} />
                    {r.year != null && <div className="muted">{t('pol.asOfMonth', { month: formatYearMonth(r.year, r.month ?? 12, lang) })}</div>}
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="align-right" data-field="completion" data-label={t('completion')}>{formatRatio(r.completion, lang)}</td>
                  <td className="align-right small" data-label={t('projection')}>
                    {fv(r.projection)}
                    {r.out_of_reach != null && (
                      <div className={r.out_of_reach ? 'flag-out' : 'flag-ok'} data-field="reach">
                        {r.out_of_reach ? `▼ ${t('pol.outOfReach')}` : t('pol.reachable')}
                      </div>
                    )}
                  </td>
                  <td className="align-right small" data-label={t('pol.neededMonthly')}>
                    {r.needed_monthly != null ? (
                      <>
                        <b data-field="needed">{fv(r.needed_monthly)}</b>
                        <div className="muted">
                          {t('pol.paceMonthly')} {fv(r.pace_monthly)}
                        </div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="prov-cell">
                    <Provenance docNumber={r.doc_number ?? r.doc_id} quote={r.quote} line={r.source_line} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown.length < rows.length && (
          <button type="button" className="show-all" onClick={showAll} data-action="show-all-targets">
            {t('pol.showAllTargets', { n: rows.length })}
          </button>
        )}
        </>
      )}
      </Answered>
    </Panel>
  );
}

/** The incentive clauses of a document family: what each unit has earned and is on course to earn. */
import { useState } from 'react';
import { useApp } from '../../app/AppContext.tsx';
import { regionName } from '../../app/meta.ts';
import { Panel } from '../../components/Panel.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { formatRatio, formatValue, formatYearMonth } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { incentiveLines, incentiveTotals } from '../../panels/incentives/query.ts';
import type { RowOfQuery } from '../../panels/panelQuery.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

type IncentiveRow = RowOfQuery<typeof incentiveLines>;

const MONEY = '万元';

export function IncentivesPanel({ family, date }: { family: string; date: string }) {
  const { meta } = useApp();
  const t = useT();
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const q = usePanelQuery(incentiveLines, { family, year: y, month: m });
  const totals = usePanelQuery(incentiveTotals, { family, year: y, month: m });
  const rows = q.data ?? [];
  const unitName = (r: IncentiveRow) => (r.region_id ? regionName(meta, r.region_id, lang) : (r.scope_item ?? r.unit_key));
  // lines with money first; the rest on demand (no data and not earned)
  const shown = rows.filter((r) => showAll || r.earned > 0 || r.projected > 0 || (r.status === 'no_data' && r.region_id === null));
  const ruleName = (r: IncentiveRow) => (lang === 'en' ? (r.rule_name_en ?? r.rule_name_zh) : r.rule_name_zh) ?? r.rule_id;
  const basis = (r: IncentiveRow): string => {
    const ind = r.indicator_id && !r.indicator_id.includes(';') ? meta.indicators.get(r.indicator_id) : undefined;
    const fv = (v: number | null) => formatValue(v, ind?.unit, lang, ind?.decimals ?? null);
    switch (r.rule_type) {
      case 'rank_prize':
        return r.rank_now != null ? `${t('pol.rankOf', { r: r.rank_now, n: r.rank_count ?? 0 })} · ${formatRatio(r.basis_value, lang)}` : t.or(`pol.istatus.${r.status}`, r.status);
      case 'per_rank_gained':
        return r.rank_now != null ? `${t('pol.rankMove', { prev: r.rank_prev ?? '—', now: r.rank_now })} · ${fv(r.basis_value)}` : t('pol.ruleNoData');
      case 'target_met':
        return r.basis_value != null ? `${fv(r.basis_value)} / ${fv(r.basis_target)}` : t('pol.ruleNoData');
      default:
        return r.basis_value != null ? `${fv(r.basis_value)}${r.basis_target != null ? ` / ${fv(r.basis_target)}` : ''}${r.steps != null ? ` · ${t('pol.steps', { n: r.steps })}` : ''}` : t('pol.ruleNoData');
    }
  };
  return (
    <Panel
      id="incentives"
      title={`${t('pol.incentivesPanel')} · ${formatYearMonth(y, m, lang)}`}
      loading={q.loading || totals.loading}
      error={q.error ?? totals.error}
      sample={rows.some((r) => r.illustrative)}
      className="span-5"
      actions={
        <label className="small">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} data-control="incentives-all" /> {t('pol.showAll')}
        </label>
      }
    >
      <Answered q={[q, totals]} rows={rows} empty={t('pol.noIncentives')}>
      {() => (
        <div className="incentives">
          <p className="muted small hint">{t('pol.incentiveHint')}</p>
          <ul className="unit-totals" aria-label={t('pol.unitTotal')}>
            {(totals.data ?? [])
              .filter((u) => u.earned > 0 || u.projected > 0)
              .map((u) => (
                <li key={u.unit_key} data-unit={u.unit_key}>
                  {u.region_id ? regionName(meta, u.region_id, lang) : (u.scope_item ?? u.unit_key)} <b data-field="unit-earned">{formatValue(u.earned, MONEY, lang, 0)}</b>
                  {u.projected !== u.earned && (
                    <span className="muted">
                      {' '}
                      ({t('pol.projectedReward')} {formatValue(u.projected, MONEY, lang, 0)})
                    </span>
                  )}
                </li>
              ))}
          </ul>
          <table className="incentive-lines">
            <thead>
              <tr>
                <th>{t('units')}</th>
                <th>{t('pol.rule')}</th>
                <th>{t('pol.basis')}</th>
                <th className="align-right">{t('pol.earned')}</th>
                <th className="align-right">{t('pol.projectedReward')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.rule_id}/${r.unit_key}`} data-rule={r.rule_id} data-unit={r.unit_key} className={`istatus-${r.status}`}>
                  <td>{unitName(r)}</td>
                  <td>
                    <div>{ruleName(r)}</div>
                    <Provenance docNumber={r.doc_number ?? r.doc_id} quote={r.quote} line={r.source_line} />
                  </td>
                  <td className="small">{basis(r)}</td>
                  <td className="align-right" data-field="earned">
                    {r.earned > 0 ? <b>{formatValue(r.earned, MONEY, lang, 0)}</b> : '—'}
                  </td>
                  <td className="align-right muted" data-field="projected">
                    {r.projected > 0 ? formatValue(r.projected, MONEY, lang, 0) : '—'}
                    <div className="small">{t.or(`pol.istatus.${r.status}`, r.status)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      </Answered>
    </Panel>
  );
}

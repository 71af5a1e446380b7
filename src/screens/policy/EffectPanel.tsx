/** Whether the document moved its indicator: before and after its issue month, against a control group. */
import { useMemo } from 'react';
import { useApp } from '../../app/AppContext.tsx';
import { indicatorName, regionName } from '../../app/meta.ts';
import { policyEffectOption } from '../../charts/policyEffectOption.ts';
import { EChart } from '../../components/EChart.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useTheme } from '../../components/Theme.tsx';
import { formatChange, formatDate, formatNumber, formatValue } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import type { Lang } from '../../i18n/strings.ts';
import { effectIndicators, effectSeries, policyEffect } from '../../panels/effect/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';
import { effectSentence } from '../effectText.ts';
import type { DocRow } from './documents.ts';

export function EffectPanel({ doc, docRow }: { doc: string; docRow: DocRow }) {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const inds = usePanelQuery(effectIndicators, { docId: doc });
  const list = (inds.data ?? []).map((r) => r.indicator_id);
  const ind = view.indicator && list.includes(view.indicator) ? view.indicator : list[0];
  const n = view.win ?? 6;
  const eff = usePanelQuery(policyEffect, ind ? { docId: doc, indicatorId: ind, months: n } : null);
  const series = usePanelQuery(effectSeries, ind ? { docId: doc, indicatorId: ind, months: n } : null);
  const im = ind ? meta.indicators.get(ind) : undefined;
  const r = eff.data?.[0];
  const isLevel = r?.outcome_kind === 'level' || !!im?.is_rate;
  const fOutcome = (v: number | null) => (isLevel ? formatValue(v, im?.unit, lang, im?.decimals ?? null) : formatChange(v, lang));
  const names = (ids: string | null | undefined) => (ids ? ids.split(',').map((id) => regionName(meta, id, lang)).join(lang === 'zh' ? '、' : ', ') : t('pol.noControl'));
  const docName = docRow.doc_number ?? docRow.doc_id;
  const option = useMemo(
    () =>
      policyEffectOption(
        (series.data ?? []).map((p) => ({ label: `${p.year}-${String(p.month).padStart(2, '0')}`, phase: p.phase, treated: p.treated_outcome, control: p.control_outcome })),
        {
          treated: `${t('pol.treated')}: ${names(r?.treated_ids)}`,
          control: `${t('pol.control')}: ${names(r?.control_ids)}`,
          before: t('pol.before'),
          after: t('pol.after'),
          event: `${formatDate(docRow.issued_on, lang)} ${t('pol.issued')}`,
          formatValue: fOutcome,
        },
        style,
      ),
    // the formatters follow lang, unit and kind
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series.data, r, lang, style, t, docName, isLevel],
  );
  const sentence = r
    ? effectSentence(r, {
        t,
        region: names(r.treated_ids),
        indicator: ind ? indicatorName(meta, ind, lang) : '',
        doc: docName,
        controls: names(r.control_ids),
        formatOutcome: fOutcome,
        formatEffect: (v) => (isLevel ? formatValue(v, im?.unit, lang, im?.decimals ?? null) : `${formatNumber(v, lang, 1)}%`),
        formatT: (v) => formatNumber(v, lang, 1),
        minMonths: r.min_months,
      })
    : '';
  const fSlope = (v: number | null) => formatValue(v, im?.unit, lang, im?.decimals ?? null);
  return (
    <Panel
      id="effect"
      title={t('pol.effectPanel')}
      loading={inds.loading || eff.loading || series.loading}
      error={inds.error ?? eff.error ?? series.error}
      sample={!!r?.illustrative}
      className="span-7"
      actions={
        <>
          <select value={ind ?? ''} onChange={(e) => setView({ indicator: e.target.value })} data-control="effect-indicator" aria-label={t('indicator')}>
            {list.map((id) => (
              <option key={id} value={id}>
                {indicatorName(meta, id, lang)}
              </option>
            ))}
          </select>{' '}
          <label className="small">
            {t('pol.window')}{' '}
            <select value={n} onChange={(e) => setView({ win: Number(e.target.value) })} data-control="effect-window">
              {[3, 6, 9, 12].map((k) => (
                <option key={k} value={k}>
                  {t('pol.months', { n: k })}
                </option>
              ))}
            </select>
          </label>
        </>
      }
    >
      <Answered q={[inds]} rows={ind ? [ind] : []} empty={t('pol.noEffectIndicator')}>
      {() => (
        <div className="effect">
          <p className="effect-sentence" data-field="effect-sentence" data-verdict={r?.did_verdict ?? ''}>
            {sentence}
          </p>
          <div className="effect-body">
            <EChart option={option} label={t('pol.effectPanel')} className="chart-effect" />
            {r && (
              <table className="effect-table">
                <thead>
                  <tr>
                    <th />
                    <th className="align-right">{t('pol.before')}</th>
                    <th className="align-right">{t('pol.after')}</th>
                    <th className="align-right">{t('pol.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr data-row="treated">
                    <th>
                      {t('pol.treated')} · {t(isLevel ? 'pol.avgLevel' : 'pol.avgGrowth')}
                    </th>
                    <td className="align-right">{fOutcome(r.treated_before)}</td>
                    <td className="align-right">{fOutcome(r.treated_after)}</td>
                    <td className="align-right">{isLevel ? fOutcome(r.treated_change) : formatPointsShort(r.treated_change, lang)}</td>
                  </tr>
                  <tr data-row="control">
                    <th>
                      {t('pol.control')} · {t(isLevel ? 'pol.avgLevel' : 'pol.avgGrowth')}
                    </th>
                    <td className="align-right">{fOutcome(r.control_before)}</td>
                    <td className="align-right">{fOutcome(r.control_after)}</td>
                    <td className="align-right">{isLevel ? fOutcome(r.control_change) : formatPointsShort(r.control_change, lang)}</td>
                  </tr>
                  <tr data-row="slope">
                    <th>
                      {t('pol.treated')} · {t('pol.slope')}
                    </th>
                    <td className="align-right">{fSlope(r.slope_before)}</td>
                    <td className="align-right">{fSlope(r.slope_after)}</td>
                    <td />
                  </tr>
                  <tr data-row="did">
                    <th>{t('pol.did')}</th>
                    <td colSpan={3} className="align-right">
                      <b data-field="did">{r.did_effect == null ? '—' : isLevel ? fOutcome(r.did_effect) : `${r.did_effect > 0 ? '+' : ''}${formatNumber(r.did_effect, lang, 1)}%`}</b>
                      {r.did_t != null && <span className="muted"> (t = {formatNumber(r.did_t, lang, 1)})</span>}
                    </td>
                  </tr>
                </tbody>
              </table>
            )}
          </div>
          <p className="caveat small">{t('pol.caveat')}</p>
        </div>
      )}
      </Answered>
    </Panel>
  );
}

function formatPointsShort(pp: number | null, lang: Lang): string {
  if (pp == null) return '—';
  return `${pp > 0 ? '+' : pp < 0 ? '−' : ''}${formatNumber(Math.abs(pp), lang, 1)}${lang === 'zh' ? '个百分点' : ' pp'}`;
}

/**
 * 月通报: the print-ready monthly bulletin for a region and month — the unit ranking,
 * completion against time elapsed per indicator, the lagging units named, the overdue tasks by
 * lead department. Printed on A4 with page numbers (named CSS pages bulletin-zh / bulletin-en
 * with margin boxes; no inline style, which the Content-Security-Policy forbids), rows never cut
 * and table headers repeated on every page (styles.css, "bulletin" block).
 */
import { useApp } from '../app/AppContext.tsx';
import { childrenOf, indicatorName, regionName, unitName } from '../app/meta.ts';
import { allAnswered, Waiting } from '../components/Answered.tsx';
import { BulletinExports } from '../components/Exports.tsx';
import { ScrollBox } from '../components/ScrollBox.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { formatDate, formatPoints, formatRatio, formatYearMonth } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from '../panels/bulletin/query.ts';
import { regionSummary } from '../panels/summary/query.ts';
import { usePanelQuery } from '../panels/usePanelQuery.ts';
import { groupBy } from '../data/groupBy.ts';
import { BulletinTargets } from './BulletinTargets.tsx';
import { monthEnd } from './policy/documents.ts';

export function Bulletin() {
  const { meta, view } = useApp();
  const t = useT();
  const lang = useLang();
  const { year, month, regionId } = view;
  const date = monthEnd(year, month);
  const summary = usePanelQuery(regionSummary, view);
  const ranking = usePanelQuery(bulletinUnits, view);
  const inds = usePanelQuery(bulletinIndicators, view);
  const lag = usePanelQuery(bulletinLagging, view);
  const overdue = usePanelQuery(bulletinOverdue, { regionId, date });
  const rname = (id: string) => regionName(meta, id, lang);
  const iname = (id: string) => indicatorName(meta, id, lang);
  // a county without member units ranks and names its lead departments (queries/56_bulletin.sql)
  const byDept = childrenOf(meta, regionId).length === 0;
  const unitHead = t(byDept ? 'pol.department' : 'units');
  const s = summary.data?.[0];
  const monthText = formatYearMonth(year, month, lang);
  const tp = formatRatio(month / 12, lang);
  const sample = meta.illustrative || (overdue.data ?? []).some((r) => r.illustrative);
  const loading = summary.loading || ranking.loading || inds.loading || lag.loading || overdue.loading;
  // a printout or file made before every section has answered would say things that are not so
  const ready = allAnswered([summary, ranking, inds, lag, overdue]);
  const error = summary.error ?? ranking.error ?? inds.error ?? lag.error ?? overdue.error;
  return (
    <div className="screen bulletin" aria-busy={loading ? 'true' : 'false'} data-bulletin={`${year}-${String(month).padStart(2, '0')}`}>
      <div className="bulletin-tools no-print">
        <button type="button" onClick={() => window.print()} data-action="print" disabled={!ready} title={ready ? undefined : t('doc.waiting')}>
          {t('bul.print')}
        </button>
        <BulletinExports hold={!ready} />
      </div>
      <article className="bulletin-page">
        <header className="bulletin-head">
          <h1>{t('bul.title', { region: rname(regionId), period: lang === 'zh' ? `${year}年${month}月` : monthText })}</h1>
          <p className="bulletin-sub">{t('bul.subtitle', { month: monthText, tp, date: formatDate(date, lang) })}</p>
          {sample && <p className="bulletin-note">{t('bul.sampleNote')}</p>}
        </header>
        {error && <p className="panel-error">{t('panelError', { msg: error.message })}</p>}

        <section className="bulletin-section" data-section="summary">
          <h2>{t('bul.summary')}</h2>
          {s ? <p>{t('bul.summaryText', { month: monthText, tp, region: rname(regionId), n: s.n_targets, a: s.n_ahead, s: s.n_slightly_behind, f: s.n_far_behind })}</p> : summary.answered ? <p>{t('noData')}</p> : <Waiting />}
        </section>

        <section className="bulletin-section" data-section="ranking">
          <h2>{t(byDept ? 'bul.rankingDepts' : 'bul.ranking')}</h2>
          {!ranking.answered && <Waiting />}
          <ScrollBox label={t(byDept ? 'bul.rankingDepts' : 'bul.ranking')}>
            <table className="bulletin-table" data-table="ranking">
              <thead>
                <tr>
                  <th className="align-right">{t('rank')}</th>
                  <th>{unitHead}</th>
                  <th className="align-right">{t('targetsOnPace')}</th>
                  <th className="align-right">{t('status.slightly_behind')}</th>
                  <th className="align-right">{t('status.far_behind')}</th>
                  <th className="align-right">{t('composite')}</th>
                  <th className="align-right">{t('meanGap')}</th>
                  <th>{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {(ranking.data ?? []).map((r) => (
                  <tr key={`${r.region_id}/${r.department ?? ''}`} data-region={r.region_id} data-dept={r.department ?? undefined}>
                    <td className="align-right">{r.sibling_rank}</td>
                    <td>{unitName(meta, r, lang)}</td>
                    <td className="align-right">
                      {r.n_ahead} / {r.n_targets}
                    </td>
                    <td className="align-right">{r.n_slightly_behind}</td>
                    <td className="align-right">{r.n_far_behind}</td>
                    <td className="align-right">{formatRatio(r.share_ahead, lang)}</td>
                    <td className="align-right">{formatPoints(r.mean_gap, lang)}</td>
                    <td>
                      <StatusBadge status={r.overall_status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>

        <section className="bulletin-section" data-section="indicators">
          <h2>{t('bul.byIndicator')}</h2>
          {!inds.answered && <Waiting />}
          {inds.answered && <BulletinTargets rows={inds.data ?? []} byDept={byDept} />}
        </section>

        <section className="bulletin-section" data-section="lagging">
          <h2>{t(byDept ? 'bul.laggingDepts' : 'bul.lagging')}</h2>
          {(lag.data ?? []).length === 0 ? (
            lag.answered ? <p>{t('bul.laggingNone')}</p> : <Waiting />
          ) : (
            <ol className="bulletin-lagging">
              {(lag.data ?? []).map((r) => (
                <li key={`${r.region_id}/${r.department ?? ''}/${r.indicator_id}`} data-region={r.region_id}>
                  {t('bul.laggingLine', {
                    region: unitName(meta, r, lang),
                    indicator: iname(r.indicator_id),
                    completion: formatRatio(r.completion, lang),
                    gap: formatPoints(r.pace_gap == null ? null : Math.abs(r.pace_gap), lang).replace(/^[+±]/, ''),
                    since: r.behind_since_month ? t('bul.since', { month: formatYearMonth(year, r.behind_since_month, lang) }) : '',
                  })}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="bulletin-section" data-section="tasks">
          <h2>{t('bul.tasks')}</h2>
          {(overdue.data ?? []).length === 0 ? (
            overdue.answered ? <p>{t('bul.tasksNone', { date: formatDate(date, lang) })}</p> : <Waiting />
          ) : (
            <ScrollBox label={t('bul.tasks')}>
              <table className="bulletin-table" data-table="overdue">
                <thead>
                  <tr>
                    <th>{t('pol.task')}</th>
                    <th>{t('docNumber')}</th>
                    <th className="align-right">{t('pol.deadline')}</th>
                    <th className="align-right">{t('pol.daysOverdue')}</th>
                  </tr>
                </thead>
                {groupBy(overdue.data ?? [], (r) => r.department ?? '').map(([dept, rows]) => (
                  <tbody key={dept} className="dept-group" data-dept={dept}>
                    <tr className="dept-row">
                      <th colSpan={4}>{t('bul.deptHead', { dept: dept || t('bul.noDept'), n: rows[0]!.dept_overdue })}</th>
                    </tr>
                    {rows.map((r) => (
                      <tr key={`${r.doc_id}/${r.task_id}/${r.milestone ?? ''}`}>
                        <td>
                          {r.title}
                          {r.milestone && <span className="muted"> · {r.milestone}</span>}
                        </td>
                        <td className="small">{r.doc_number ?? r.doc_id}</td>
                        <td className="align-right">{formatDate(r.deadline, lang)}</td>
                        <td className="align-right">{t('pol.days', { n: r.days_overdue })}</td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </ScrollBox>
          )}
        </section>
      </article>
    </div>
  );
}

/**
 * 政策 (issue 4): for one document and a reference date, its tasks by status and on-time rate,
 * the overdue tasks and lead departments, what falls due next, its numeric targets with the
 * year-end outlook, whether the policy moved its indicator, and the rewards its clauses give.
 */
import { useMemo, useState } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { indicatorName, regionName } from '../app/meta.ts';
import { deadlineOption, type DueItem } from '../charts/deadlineOption.ts';
import { policyEffectOption } from '../charts/policyEffectOption.ts';
import { TASK_STATES, taskStatusOption, type TaskState } from '../charts/taskStatusOption.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Panel } from '../components/Panel.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TargetText } from '../components/TargetText.tsx';
import { useChartStyle } from '../components/useChartStyle.ts';
import { useQuery } from '../db/useQuery.ts';
import { formatChange, formatDate, formatNumber, formatRatio, formatValue, formatYearMonth } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { Lang } from '../i18n/strings.ts';
import { effectSentence, type EffectRow } from './effectText.ts';
import { POLICY_SQL } from './policySql.ts';

export interface DocRow {
  doc_id: string;
  root_id: string;
  doc_number: string | null;
  title: string;
  title_en: string | null;
  region_id: string | null;
  issued_on: string | null;
  is_root: boolean;
  n_tasks: number;
  report_date: string | null;
}

interface SummaryRow {
  family_id: string;
  doc_id: string | null;
  doc_number: string | null;
  title: string | null;
  title_en: string | null;
  n_tasks: number;
  n_done_on_time: number;
  n_done_late: number;
  n_done_undated: number;
  n_overdue: number;
  n_open: number;
  n_ongoing: number;
  n_cancelled: number;
  n_settled: number;
  on_time_rate: number | null;
  max_days_overdue: number | null;
  report_date: string | null;
  after_report: boolean;
  illustrative: boolean;
}

export interface OverdueRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string | null;
  lead_unit: string | null;
  lead_named: string | null;
  department: string | null;
  deadline: string;
  days_overdue: number;
  doc_number: string | null;
  source_line: number | null;
  illustrative: boolean;
}

interface DeptRow {
  department: string;
  n_tasks: number;
  n_done_on_time: number;
  n_done_late: number;
  n_overdue: number;
  n_open: number;
  n_ongoing: number;
  n_settled: number;
  on_time_rate: number | null;
  max_days_overdue: number | null;
  names: string;
  n_names: number;
  dept_rank: number | null;
  illustrative: boolean;
}

interface DueRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string | null;
  lead_named: string | null;
  department: string | null;
  deadline: string;
  days_to_deadline: number;
  bucket: number;
}

interface DocTargetRow {
  target_id: string;
  indicator_id: string;
  region_id: string;
  target_year: number;
  kind: string;
  target_input: number | null;
  target_value: number | null;
  is_path: boolean | null;
  doc_id: string;
  doc_number: string | null;
  quote: string | null;
  source_line: string | null;
  year: number | null;
  month: number | null;
  actual: number | null;
  completion: number | null;
  expected: number | null;
  pace_gap: number | null;
  status: string;
  projection: number | null;
  projected_completion: number | null;
  needed_monthly: number | null;
  pace_monthly: number | null;
  out_of_reach: boolean | null;
  illustrative: boolean;
}

interface IncentiveRow {
  rule_id: string;
  doc_id: string;
  doc_number: string | null;
  rule_type: string;
  indicator_id: string | null;
  rule_name_zh: string | null;
  rule_name_en: string | null;
  quote: string | null;
  source_line: string | null;
  rule_amount: number;
  unit_key: string;
  region_id: string | null;
  scope_item: string | null;
  basis_value: number | null;
  basis_target: number | null;
  rank_now: number | null;
  rank_prev: number | null;
  rank_count: number | null;
  steps: number | null;
  earned: number;
  projected: number;
  status: string;
  illustrative: boolean;
}

/** The last day of a month, ISO. */
export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const MONEY = '万元';

/** The document the screen opens on: the URL's, else the root covering the region, else the one with most tasks. */
export function chooseDoc(docs: DocRow[], wanted: string | null, regionId: string): DocRow | undefined {
  const byId = docs.find((d) => d.doc_id === wanted);
  if (byId) return byId;
  const roots = docs.filter((d) => d.is_root);
  return roots.find((d) => d.region_id === regionId && d.n_tasks > 0) ?? [...roots].sort((a, b) => b.n_tasks - a.n_tasks)[0];
}

function docLabel(d: DocRow, lang: Lang): string {
  const title = lang === 'en' ? (d.title_en ?? d.title) : d.title;
  return `${d.doc_number ?? d.doc_id} · ${title}`;
}

function TasksPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const style = useChartStyle();
  const q = useQuery<SummaryRow>(POLICY_SQL.docSummary, [date, family]);
  const total = q.data?.find((r) => r.doc_id === null);
  const parts = (q.data ?? []).filter((r) => r.doc_id !== null);
  const stateLabel = Object.fromEntries(TASK_STATES.map((s) => [s, t(`pol.state.${s}`)])) as Record<TaskState, string>;
  const option = useMemo(
    () =>
      taskStatusOption(
        parts.map((p) => ({
          label: p.doc_id ?? '',
          counts: { done_on_time: p.n_done_on_time, done_late: p.n_done_late, done: p.n_done_undated, overdue: p.n_overdue, open: p.n_open, ongoing: p.n_ongoing },
          detail: `${t('pol.onTimeRate')} ${formatRatio(p.on_time_rate, lang)}`,
        })),
        { state: stateLabel },
        style,
      ),
    // stateLabel follows t
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q.data, lang, style, t],
  );
  return (
    <Panel id="tasks" title={t('pol.tasksPanel')} loading={q.loading} error={q.error} sample={total?.illustrative} className="span-4">
      {!total ? (
        <div className="empty">{t('noData')}</div>
      ) : (
        <div className="tasks-panel">
          <div className="task-headline">
            <div className="big-figure" title={t('pol.onTimeHint')}>
              <span className="label">{t('pol.onTimeRate')}</span>
              <b data-field="on-time-rate">{formatRatio(total.on_time_rate, lang)}</b>
              <span className="muted small">
                {total.n_done_on_time} / {total.n_settled}
              </span>
            </div>
            <ul className="state-chips">
              {TASK_STATES.map((s) => {
                const n = { done_on_time: total.n_done_on_time, done_late: total.n_done_late, done: total.n_done_undated, overdue: total.n_overdue, open: total.n_open, ongoing: total.n_ongoing }[s];
                return n > 0 ? (
                  <li key={s} className={`chip state-${s}`} data-state={s}>
                    {stateLabel[s]} <b>{n}</b>
                  </li>
                ) : null;
              })}
            </ul>
          </div>
          {parts.length > 0 && <EChart option={option} label={t('pol.tasksPanel')} className="chart-tasks" />}
          <p className="muted small hint">{t('pol.onTimeHint')}</p>
        </div>
      )}
    </Panel>
  );
}

function OverduePanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const q = useQuery<OverdueRow>(POLICY_SQL.overdue, [date, family]);
  const columns = useMemo<TableColumn<OverdueRow>[]>(
    () => [
      { id: 'task', header: t('pol.task'), value: (r) => `${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`, render: (r) => <TaskTitle row={r} /> },
      { id: 'unit', header: t('pol.leadUnit'), value: (r) => r.lead_named ?? '—' },
      { id: 'deadline', header: t('pol.deadline'), value: (r) => r.deadline, render: (r) => formatDate(r.deadline, lang) },
      { id: 'days', header: t('pol.daysOverdue'), value: (r) => r.days_overdue, render: (r) => <b className="neg">{t('pol.days', { n: r.days_overdue })}</b>, align: 'right' },
    ],
    [t, lang],
  );
  return (
    <Panel id="overdue" title={`${t('pol.overduePanel')} (${q.data?.length ?? 0})`} loading={q.loading} error={q.error} sample={(q.data ?? []).some((r) => r.illustrative)} className="span-4 table-panel">
      {(q.data ?? []).length === 0 ? <div className="empty ok">{t('pol.noOverdue')}</div> : <DataTable rows={q.data ?? []} columns={columns} exportName={`overdue-${family}-${date}`} />}
    </Panel>
  );
}

function TaskTitle({ row }: { row: { doc_id: string; title: string; milestone: string | null; doc_number?: string | null; source_line?: number | null } }) {
  const t = useT();
  return (
    <span className="task-title">
      <span className="doc-tag">{row.doc_id}</span> {row.title}
      {row.milestone && <span className="muted"> · {row.milestone}</span>}
      {row.source_line != null && <span className="muted small"> ({t('line', { n: row.source_line })})</span>}
    </span>
  );
}

function DepartmentsPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const q = useQuery<DeptRow>(POLICY_SQL.departments, [date, family]);
  const columns = useMemo<TableColumn<DeptRow>[]>(
    () => [
      { id: 'rank', header: t('rank'), value: (r) => r.dept_rank, align: 'right' },
      {
        id: 'dept',
        header: t('pol.department'),
        value: (r) => r.department,
        render: (r) => (
          <span>
            {r.department}
            {r.n_names > 1 && (
              <span className="muted small" data-field="aliases">
                {' '}
                ({t('pol.alsoWritten')} {r.names.split('、').filter((n) => n !== r.department).join('、')})
              </span>
            )}
          </span>
        ),
      },
      { id: 'tasks', header: t('pol.tasks'), value: (r) => r.n_tasks, align: 'right' },
      { id: 'settled', header: t('pol.settled'), value: (r) => r.n_settled, align: 'right' },
      { id: 'rate', header: t('pol.onTimeRate'), value: (r) => (r.on_time_rate == null ? null : Number((r.on_time_rate * 100).toFixed(1))), render: (r) => formatRatio(r.on_time_rate, lang), align: 'right' },
      { id: 'overdue', header: t('pol.overdueCount'), value: (r) => r.n_overdue, render: (r) => (r.n_overdue > 0 ? <b className="neg">{r.n_overdue}</b> : '0'), align: 'right' },
    ],
    [t, lang],
  );
  return (
    <Panel id="departments" title={t('pol.deptPanel')} loading={q.loading} error={q.error} sample={(q.data ?? []).some((r) => r.illustrative)} className="span-4 table-panel">
      {(q.data ?? []).length === 0 ? <div className="empty">{t('noData')}</div> : <DataTable rows={q.data ?? []} columns={columns} exportName={`departments-${family}-${date}`} />}
    </Panel>
  );
}

function DeadlinesPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const style = useChartStyle();
  const q = useQuery<DueRow>(POLICY_SQL.deadlines, [date, family]);
  const items: DueItem[] = useMemo(() => (q.data ?? []).map((r) => ({ days: r.days_to_deadline, bucket: r.bucket, title: `${r.doc_id} ${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`, unit: r.lead_named ?? '' })), [q.data]);
  const base = Date.parse(`${date}T00:00:00Z`);
  const dateOf = (days: number) => {
    const d = new Date(base + days * 86_400_000);
    return lang === 'zh' ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}` : d.toLocaleString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  };
  const option = useMemo(
    () => deadlineOption(items, { within: (n) => t('pol.within', { n }), dateOf }, style),
    // dateOf follows date and lang
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, style, t, date, lang],
  );
  const buckets = [30, 60, 90].map((b) => ({ b, rows: (q.data ?? []).filter((r) => r.bucket === b) }));
  return (
    <Panel id="deadlines" title={t('pol.deadlinesPanel')} loading={q.loading} className="span-5" error={q.error}>
      {(q.data ?? []).length === 0 ? (
        <div className="empty ok">{t('pol.noDeadlines')}</div>
      ) : (
        <div className="deadlines">
          <EChart option={option} label={t('pol.deadlinesPanel')} className="chart-deadlines" />
          <div className="bucket-lists" tabIndex={0} role="region" aria-label={t('pol.deadlinesPanel')}>
            {buckets.map(({ b, rows }) => (
              <section key={b} className={`bucket bucket-${b}`} data-bucket={b}>
                <h3>
                  {t('pol.within', { n: b })} <b data-field="bucket-count">{rows.length}</b>
                </h3>
                <ul>
                  {rows.slice(0, 6).map((r) => (
                    <li key={`${r.doc_id}/${r.task_id}/${r.milestone ?? ''}`}>
                      <span className="due">{r.days_to_deadline === 0 ? t('pol.dueToday') : t('pol.dueIn', { n: r.days_to_deadline })}</span> {r.title}
                      {r.milestone && <span className="muted"> · {r.milestone}</span>} <span className="muted">— {r.lead_named ?? '—'}</span>
                    </li>
                  ))}
                  {rows.length > 6 && <li className="muted">… +{rows.length - 6}</li>}
                </ul>
              </section>
            ))}
          </div>
        </div>
      )}
    </Panel>
  );
}

function TargetsPanel({ family, date }: { family: string; date: string }) {
  const { meta, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const q = useQuery<DocTargetRow>(POLICY_SQL.targets, [family, date]);
  const rows = q.data ?? [];
  return (
    <Panel id="doc-targets" title={`${t('pol.targetsPanel')} (${rows.length})`} loading={q.loading} error={q.error} sample={rows.some((r) => r.illustrative)} className="span-7">
      {rows.length === 0 ? (
        <div className="empty">{t('pol.noTargets')}</div>
      ) : (
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
          <tbody>
            {rows.map((r) => {
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
                  <td className="align-right" data-field="completion">{formatRatio(r.completion, lang)}</td>
                  <td className="align-right small">
                    {fv(r.projection)}
                    {r.out_of_reach != null && (
                      <div className={r.out_of_reach ? 'flag-out' : 'flag-ok'} data-field="reach">
                        {r.out_of_reach ? `▼ ${t('pol.outOfReach')}` : t('pol.reachable')}
                      </div>
                    )}
                  </td>
                  <td className="align-right small">
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
      )}
    </Panel>
  );
}

function EffectPanel({ doc, docRow }: { doc: string; docRow: DocRow }) {
  const { meta, view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const style = useChartStyle();
  const inds = useQuery<{ indicator_id: string }>(POLICY_SQL.effectIndicators, [doc]);
  const list = (inds.data ?? []).map((r) => r.indicator_id);
  const ind = view.indicator && list.includes(view.indicator) ? view.indicator : list[0];
  const n = view.win ?? 6;
  const eff = useQuery<EffectRow>(ind ? POLICY_SQL.effect : null, [doc, ind ?? '', n]);
  const series = useQuery<{ year: number; month: number; phase: 'before' | 'event' | 'after'; treated_outcome: number | null; control_outcome: number | null }>(ind ? POLICY_SQL.effectSeries : null, [doc, ind ?? '', n]);
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
        minMonths: 3,
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
      {!ind ? (
        <div className="empty">{t('pol.noEffectIndicator')}</div>
      ) : (
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
    </Panel>
  );
}

function formatPointsShort(pp: number | null, lang: Lang): string {
  if (pp == null) return '—';
  return `${pp > 0 ? '+' : pp < 0 ? '−' : ''}${formatNumber(Math.abs(pp), lang, 1)}${lang === 'zh' ? '个百分点' : ' pp'}`;
}

function IncentivesPanel({ family, date }: { family: string; date: string }) {
  const { meta } = useApp();
  const t = useT();
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const q = useQuery<IncentiveRow>(POLICY_SQL.incentives, [y, m, y, m, family, family]);
  const totals = useQuery<{ unit_key: string; region_id: string | null; scope_item: string | null; earned: number; projected: number }>(POLICY_SQL.incentiveTotals, [y, m, family]);
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
        return r.rank_now != null ? `${t('pol.rankOf', { r: r.rank_now, n: r.rank_count ?? 0 })} · ${formatRatio(r.basis_value, lang)}` : t(`pol.istatus.${r.status}` as never);
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
      {rows.length === 0 ? (
        <div className="empty">{t('pol.noIncentives')}</div>
      ) : (
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
                    <div className="small">{t(`pol.istatus.${r.status}` as never)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

export function Policy() {
  const { view, setView } = useApp();
  const t = useT();
  const lang = useLang();
  const docs = useQuery<DocRow>(POLICY_SQL.documents);
  const list = docs.data ?? [];
  const doc = chooseDoc(list, view.doc, view.regionId);
  if (docs.error) return <div className="panel-error">{t('panelError', { msg: docs.error.message })}</div>;
  if (!doc)
    return (
      <div className="screen policy empty" aria-busy={docs.loading ? 'true' : 'false'}>
        {docs.loading ? '…' : t('noData')}
      </div>
    );
  const family = doc.doc_id;
  const root = list.find((d) => d.doc_id === doc.root_id) ?? doc;
  const reportDate = doc.report_date ?? root.report_date;
  const date = view.date ?? reportDate ?? new Date().toISOString().slice(0, 10);
  const after = reportDate != null && date > reportDate;
  return (
    <div className="screen policy">
      <div className="screen-toolbar policy-toolbar">
        <label>
          {t('pol.document')}{' '}
          <select value={doc.doc_id} onChange={(e) => setView({ doc: e.target.value, date: null })} data-control="doc">
            {list.map((d) => (
              <option key={d.doc_id} value={d.doc_id}>
                {d.is_root ? '' : '\u3000'}
                {docLabel(d, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pol.refDate')}{' '}
          <input type="date" value={date} onChange={(e) => e.target.value && setView({ date: e.target.value })} data-control="ref-date" />
        </label>
        {reportDate && (
          <span className="muted small" data-field="report-date">
            {t('pol.reportDate', { date: formatDate(reportDate, lang) })}
          </span>
        )}
        {after && <span className="warn-tag">{t('pol.afterReport')}</span>}
      </div>
      <h1 className="screen-title policy-title">
        {doc.doc_number ?? doc.doc_id} <span className="muted">{lang === 'en' ? (doc.title_en ?? doc.title) : doc.title}</span>
        {doc.issued_on && <span className="muted small"> · {t('pol.issued')} {formatDate(doc.issued_on, lang)}</span>}
      </h1>
      <div className="policy-grid">
        <TasksPanel family={family} date={date} />
        <OverduePanel family={family} date={date} />
        <DepartmentsPanel family={family} date={date} />
        <DeadlinesPanel family={family} date={date} />
        <TargetsPanel family={family} date={date} />
        <EffectPanel doc={doc.doc_id} docRow={doc} />
        <IncentivesPanel family={family} date={date} />
      </div>
    </div>
  );
}

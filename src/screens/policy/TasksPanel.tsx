/** A document family's tasks by state and its on-time rate, per document. */
import { useMemo, type CSSProperties } from 'react';
import { TASK_STATES, taskStatusOption, type TaskState } from '../../charts/taskStatusOption.ts';
import { EChart } from '../../components/EChart.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useTheme } from '../../components/Theme.tsx';
import { formatRatio } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { docSummary } from '../../panels/policy/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

export function TasksPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const q = usePanelQuery(docSummary, { family, date });
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
      <Answered q={q} rows={total ? [total] : []} empty={t('noData')}>
      {() => total && (
        // the chart's height follows its bars, a line per document (styles.css: --task-rows)
        <div className="tasks-panel" style={{ '--task-rows': parts.length } as CSSProperties}>
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
      </Answered>
    </Panel>
  );
}

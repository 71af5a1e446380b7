/** What falls due in the next 30, 60 and 90 days. */
import { useMemo } from 'react';
import { deadlineOption, type DueItem } from '../../charts/deadlineOption.ts';
import { EChart } from '../../components/EChart.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useTheme } from '../../components/Theme.tsx';
import { useLang, useT } from '../../i18n/I18n.tsx';
import { deadlinesAhead } from '../../panels/policy/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

export function DeadlinesPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const q = usePanelQuery(deadlinesAhead, { family, date });
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
      <Answered q={q} empty={t('pol.noDeadlines')} ok>
      {() => (
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
      </Answered>
    </Panel>
  );
}

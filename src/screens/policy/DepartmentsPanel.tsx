/** Lead departments ranked by on-time rate; a department written several ways is one row. */
import { useMemo } from 'react';
import { DataTable, type TableColumn } from '../../components/DataTable.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatRatio } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import type { RowOfQuery } from '../../panels/panelQuery.ts';
import { departmentTasks } from '../../panels/policy/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

type DeptRow = RowOfQuery<typeof departmentTasks>;

export function DepartmentsPanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(departmentTasks, { family, date });
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
      <Answered q={q} empty={t('noData')}>
        {(rows) => <DataTable rows={rows} columns={columns} exportName={`departments-${family}-${date}`} />}
      </Answered>
    </Panel>
  );
}

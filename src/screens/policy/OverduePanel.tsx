/** The family's overdue tasks, longest overdue first. */
import { useMemo } from 'react';
import { DataTable, type TableColumn } from '../../components/DataTable.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/I18n.tsx';
import type { RowOfQuery } from '../../panels/panelQuery.ts';
import { overdueTasks } from '../../panels/policy/query.ts';
import { Answered } from '../../components/Answered.tsx';
import { usePanelQuery } from '../../panels/usePanelQuery.ts';

type OverdueRow = RowOfQuery<typeof overdueTasks>;

export function OverduePanel({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const q = usePanelQuery(overdueTasks, { family, date });
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
    <Panel id="overdue" title={q.answered || (q.data ?? []).length > 0 ? `${t('pol.overduePanel')} (${q.data?.length ?? 0})` : t('pol.overduePanel')} loading={q.loading} error={q.error} sample={(q.data ?? []).some((r) => r.illustrative)} className="span-4 table-panel">
      <Answered q={q} empty={t('pol.noOverdue')} ok>
        {(rows) => <DataTable rows={rows} columns={columns} exportName={`overdue-${family}-${date}`} />}
      </Answered>
    </Panel>
  );
}

export function TaskTitle({ row }: { row: { doc_id: string; title: string; milestone: string | null; doc_number?: string | null; source_line?: number | null } }) {
  const t = useT();
  return (
    <span className="task-title">
      <span className="doc-tag">{row.doc_id}</span> {row.title}
      {row.milestone && <span className="muted"> · {row.milestone}</span>}
      {row.source_line != null && <span className="muted small"> ({t('line', { n: row.source_line })})</span>}
    </span>
  );
}

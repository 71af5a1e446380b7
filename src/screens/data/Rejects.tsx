/** Every rejected row (or group of cells of one line) with file, line, column and reason. */
import { useMemo } from 'react';
import { problemSeverity, type FileReport } from '../../data/report.ts';
import { DataTable, type TableColumn } from '../../components/DataTable.tsx';
import { useLang } from '../../i18n/I18n.tsx';
import { describeProblem } from '../../i18n/problems.ts';
import { translate } from '../../i18n/strings.ts';

interface RejectRow {
  file: string;
  line: number;
  column: string;
  count: number;
  reason: string;
  severity: string;
}

/** Enough for any screen; the CSV export and `npm run check-data -- --all` give the rest. */
const MAX_ROWS = 5000;

export function RejectsTable({ reports }: { reports: FileReport[] }) {
  const lang = useLang();
  const rows = useMemo<RejectRow[]>(
    () =>
      reports
        .flatMap((r) => r.rejects.map((p) => ({ file: r.file, line: p.line, column: p.column ?? '', count: p.count ?? 1, reason: describeProblem(p, lang), severity: problemSeverity(p.code) })))
        .slice(0, MAX_ROWS),
    [reports, lang],
  );
  const columns = useMemo<TableColumn<RejectRow>[]>(
    () => [
      { id: 'file', header: translate(lang, 'file'), value: (r) => r.file },
      { id: 'line', header: translate(lang, 'lineHeader'), value: (r) => r.line, align: 'right' },
      { id: 'column', header: translate(lang, 'column'), value: (r) => r.column },
      { id: 'count', header: translate(lang, 'count'), value: (r) => r.count, align: 'right' },
      { id: 'reason', header: translate(lang, 'reason'), value: (r) => r.reason, render: (r) => <span className={`reason-${r.severity}`}>{r.reason}</span> },
    ],
    [lang],
  );
  if (rows.length === 0) return <div className="empty ok">{translate(lang, 'none')}</div>;
  return <DataTable rows={rows} columns={columns} exportName="rejected-rows" rowClass={(r) => `reject-${r.severity}`} />;
}

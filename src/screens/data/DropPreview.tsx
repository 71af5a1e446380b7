/** A dropped file as it would load: its report, its problems and its first records; one click loads it. */
import { useMemo } from 'react';
import { DataTable, type TableColumn } from '../../components/DataTable.tsx';
import type { Preview } from '../../data/preview.ts';
import type { RecordOut } from '../../data/validateRows.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/I18n.tsx';
import { describeProblem, describeWhere, roleName, shapeName } from '../../i18n/problems.ts';
import { translate } from '../../i18n/strings.ts';
import { FileSummary } from './FilesTable.tsx';

const SHOWN_PROBLEMS = 30;
const HIDDEN = new Set(['year', 'month', 'freq', 'source_row']);

export function PreviewCard({ preview }: { preview: Preview }) {
  const lang = useLang();
  const r = preview.report;
  const n = (v: number) => formatNumber(v, lang, 0);
  const unit = translate(lang, r.unit === 'cells' ? 'cellsUnit' : 'rowsUnit');
  // year, month and freq repeat the period
  const columns = useMemo<TableColumn<RecordOut>[]>(
    () =>
      preview.columns
        .filter((c) => !HIDDEN.has(c) && preview.records.some((rec) => rec[c] != null && rec[c] !== ''))
        .map((c) => ({ id: c, header: c, value: (rec) => rec[c] ?? null, align: preview.records.some((rec) => typeof rec[c] === 'number') ? 'right' : 'left' })),
    [preview],
  );
  return (
    <div className="preview-card" data-preview={r.file}>
      <div className="preview-head">
        <b>{r.file}</b>
        <span>{roleName(r.role, lang)}</span>
        <span>{shapeName(r.shape, lang)}{r.database ? ` · ${r.database}` : ''}</span>
        <span>{r.encoding ?? '—'}</span>
        <span>
          {translate(lang, 'read')} <b data-field="read">{n(r.rowsRead)}</b> {unit} · {translate(lang, 'loaded')} <b data-field="loaded">{n(r.rowsLoaded)}</b> · {translate(lang, 'rejected')}{' '}
          <b data-field="rejected">{n(r.rowsRejected)}</b>
          {r.cellsMissing > 0 && <> · {translate(lang, 'missingCells', { n: r.cellsMissing })}</>}
        </span>
      </div>
      <FileSummary r={r} />
      {r.indicatorMatches.some((m) => m.how === 'catalogue') && (
        <div className="file-note">
          {translate(lang, 'matchedAs')}:{' '}
          {r.indicatorMatches
            .filter((m) => m.how === 'catalogue')
            .map((m) => `${m.raw} → ${m.id}${m.factor !== 1 ? ` (${translate(lang, 'unitFactor', { f: m.factor })})` : ''}`)
            .join(lang === 'zh' ? '、' : ', ')}
        </div>
      )}
      {r.notes.length > 0 && (
        <details className="file-note">
          <summary>{translate(lang, 'notes')}</summary>
          {r.notes.map((x, i) => (
            <div key={i}>{x}</div>
          ))}
        </details>
      )}
      {r.rejects.length > 0 && (
        <ul className="preview-problems">
          {r.rejects.slice(0, SHOWN_PROBLEMS).map((p, i) => (
            <li key={i}>
              <span className="muted">{describeWhere(p, lang)}</span> {describeProblem(p, lang)}
            </li>
          ))}
          {r.rejects.length > SHOWN_PROBLEMS && <li className="muted">… {r.rejects.length - SHOWN_PROBLEMS}</li>}
        </ul>
      )}
      {preview.records.length > 0 && (
        <div className="preview-records">
          <div className="muted small">{translate(lang, 'previewRows', { n: preview.records.length })}</div>
          <DataTable rows={preview.records} columns={columns} exportName={`preview-${r.file}`} />
        </div>
      )}
    </div>
  );
}

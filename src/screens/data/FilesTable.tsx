/** Every file of the session: role, shape, encoding, rows read / loaded / rejected, status and load time. */
import { fileStatus, type FileReport } from '../../data/report.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/I18n.tsx';
import { describeFileProblem, roleName, shapeName, statusName } from '../../i18n/problems.ts';
import { translate } from '../../i18n/strings.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': 'Tab', '|': '|' };

export function FileSummary({ r }: { r: FileReport }) {
  const lang = useLang();
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  const generated = r.indicatorMatches.filter((m) => m.how === 'generated' && m.id);
  return (
    <>
      {r.fileProblem && (
        <div className="file-problem" data-field="file-problem">
          {describeFileProblem(r.fileProblem.code, r.fileProblem.detail, lang)}
        </div>
      )}
      {r.unmatched.regions.length > 0 && (
        <div className="file-note">
          {translate(lang, 'unmatchedRegions')}: <span data-field="unmatched-regions">{list(r.unmatched.regions)}</span>
        </div>
      )}
      {r.unmatched.indicators.length > 0 && (
        <div className="file-note">
          {translate(lang, 'unmatchedIndicators')}: <span data-field="unmatched-indicators">{list(r.unmatched.indicators)}</span>
        </div>
      )}
      {generated.length > 0 && (
        <div className="file-note" data-field="generated">
          {translate(lang, 'generatedIndicator')}: {list(generated.map((m) => `${m.raw} → ${m.id}`))}
        </div>
      )}
      {r.generatedRegions.length > 0 && (
        <div className="file-note">
          {translate(lang, 'generatedRegion')}: {list(r.generatedRegions.map((g) => `${g.name} (${g.id})`))}
        </div>
      )}
      {r.supersedes > 0 && <div className="file-note">{translate(lang, 'supersedes', { n: r.supersedes })}</div>}
    </>
  );
}

export function FilesTable({ reports, onRemove, busy }: { reports: FileReport[]; onRemove: (path: string) => void; busy: boolean }) {
  const lang = useLang();
  const time = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '—');
  return (
    <ScrollBox label={translate(lang, 'files')}>
      <table className="report-table files-table">
        <thead>
          <tr>
            <th>{translate(lang, 'file')}</th>
            <th>{translate(lang, 'role')}</th>
            <th>{translate(lang, 'shape')}</th>
            <th>{translate(lang, 'encoding')}</th>
            <th className="align-right">{translate(lang, 'read')}</th>
            <th className="align-right">{translate(lang, 'loaded')}</th>
            <th className="align-right">{translate(lang, 'rejected')}</th>
            <th>{translate(lang, 'status')}</th>
            <th>{translate(lang, 'time')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => {
            const st = fileStatus(r);
            return (
              <tr key={r.file} data-file={r.file} data-status={st} className={`file-${st}`}>
                <td className="file-name">
                  <span>{r.file}</span>
                  {r.session && (
                    <>
                      {' '}
                      <span className="session-tag">{translate(lang, 'sessionOnly')}</span>{' '}
                      <button type="button" className="link-button" onClick={() => onRemove(r.file)} disabled={busy} data-action="remove-session-file">
                        {translate(lang, 'remove')}
                      </button>
                    </>
                  )}
                </td>
                <td>{roleName(r.role, lang)}</td>
                <td>
                  {shapeName(r.shape, lang)}
                  {r.database && <div className="muted small">{r.database}</div>}
                </td>
                <td>
                  {r.encoding ?? '—'}
                  {r.delimiter && r.delimiter !== ',' && <span className="muted small"> · {DELIMITER_NAMES[r.delimiter] ?? r.delimiter}</span>}
                </td>
                <td className="align-right" data-field="read">
                  {formatNumber(r.rowsRead, lang, 0)}
                  {r.unit === 'cells' && <div className="muted small">{translate(lang, 'cellsUnit')}</div>}
                </td>
                <td className="align-right" data-field="loaded">{formatNumber(r.rowsLoaded, lang, 0)}</td>
                <td className="align-right" data-field="rejected">
                  {formatNumber(r.rowsRejected, lang, 0)}
                  {r.rowsSuperseded > 0 && (
                    <div className="muted small">
                      {translate(lang, 'superseded')} {formatNumber(r.rowsSuperseded, lang, 0)}
                    </div>
                  )}
                </td>
                <td className="file-status">
                  <span className={`status-word status-${st}`}>{statusName(st, lang)}</span>
                  <FileSummary r={r} />
                </td>
                <td className="small">
                  {time(r.loadedAt)}
                  {r.modifiedAt && (
                    <div className="muted">
                      {translate(lang, 'modified')} {time(r.modifiedAt)}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

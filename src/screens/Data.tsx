import { useApp } from '../app/AppContext.tsx';
import { fileStatus } from '../data/report.ts';
import { describeFileProblem, describeProblem } from '../i18n/problems.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/I18n.tsx';
import { Panel } from '../components/Panel.tsx';

const L = {
  zh: { files: '数据文件', file: '文件', role: '类型', shape: '形态', encoding: '编码', read: '读取行', loaded: '载入行', rejected: '拒绝行', status: '状态', time: '载入时间', rejects: '被拒绝的行', line: '行', reason: '原因', none: '没有被拒绝的行', ok: '正常', partial: '部分载入', failed: '失败' },
  en: { files: 'Data files', file: 'File', role: 'Role', shape: 'Shape', encoding: 'Encoding', read: 'Read', loaded: 'Loaded', rejected: 'Rejected', status: 'Status', time: 'Loaded at', rejects: 'Rejected rows', line: 'Line', reason: 'Reason', none: 'No rejected rows', ok: 'OK', partial: 'Partly loaded', failed: 'Failed' },
};

/** The load report: every file, every rejected row with its line and reason. */
export function Data() {
  const { reports } = useApp();
  const lang = useLang();
  const l = L[lang];
  const rejects = reports.flatMap((r) => r.rejects.map((p) => ({ file: r.file, ...p })));
  return (
    <div className="screen data">
      <Panel id="files" title={`${l.files} (${reports.length})`} className="table-panel">
        <div className="table-scroll">
          <table className="report-table">
            <thead>
              <tr>
                <th>{l.file}</th><th>{l.role}</th><th>{l.shape}</th><th>{l.encoding}</th>
                <th className="align-right">{l.read}</th><th className="align-right">{l.loaded}</th><th className="align-right">{l.rejected}</th>
                <th>{l.status}</th><th>{l.time}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => {
                const st = fileStatus(r);
                return (
                  <tr key={r.file} data-file={r.file} className={`file-${st}`}>
                    <td>{r.file}</td>
                    <td>{r.role ?? '—'}</td>
                    <td>{r.shape}</td>
                    <td>{r.encoding ?? '—'}</td>
                    <td className="align-right">{formatNumber(r.rowsRead, lang, 0)}</td>
                    <td className="align-right">{formatNumber(r.rowsLoaded, lang, 0)}</td>
                    <td className="align-right">{formatNumber(r.rowsRejected, lang, 0)}</td>
                    <td>
                      {st}
                      {r.fileProblem && <div className="file-problem">{describeFileProblem(r.fileProblem.code, r.fileProblem.detail, lang)}</div>}
                    </td>
                    <td>{new Date(r.loadedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Panel>
      <Panel id="rejects" title={`${l.rejects} (${rejects.length})`} className="table-panel">
        {rejects.length === 0 ? (
          <div className="empty ok">{l.none}</div>
        ) : (
          <div className="table-scroll">
            <table className="report-table">
              <thead>
                <tr><th>{l.file}</th><th className="align-right">{l.line}</th><th>{l.reason}</th></tr>
              </thead>
              <tbody>
                {rejects.slice(0, 2000).map((p, i) => (
                  <tr key={i}>
                    <td>{p.file}</td>
                    <td className="align-right">{p.line}</td>
                    <td>{p.column ? `[${p.column}] ` : ''}{describeProblem(p, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}

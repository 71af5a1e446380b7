/**
 * 数据 screen: the load report of every file, its rejected rows, a coverage heat map, and drag and
 * drop: a dropped CSV goes through the same intake as data/ (previewed first), and one click
 * loads it into the running session so every screen shows its numbers at once.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { MAX_FILE_BYTES, tooLargeReport } from '../data/intakeFile.ts';
import type { Preview } from '../data/preview.ts';
import { Panel } from '../components/Panel.tsx';
import { useLang } from '../i18n/I18n.tsx';
import { translate } from '../i18n/strings.ts';
import { Coverage } from './data/Coverage.tsx';
import { PreviewCard } from './data/DropPreview.tsx';
import { FilesTable } from './data/FilesTable.tsx';
import { PlanChecks } from './data/PlanChecks.tsx';
import { RejectsTable } from './data/Rejects.tsx';

interface Pending {
  name: string;
  /** null when the file was refused before reading (too large) */
  bytes: Uint8Array | null;
  preview: Preview;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function Data() {
  const { reports, session, reload } = useApp();
  const lang = useLang();
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const take = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setNotice(null);
      const out: Pending[] = [];
      for (const f of files) {
        // a file above the limit is refused from its size, before a byte is read
        if (f.size > MAX_FILE_BYTES) {
          out.push({ name: f.name, bytes: null, preview: { report: tooLargeReport(session.sessionPath(f.name), f.size), records: [], columns: [], table: null } });
          continue;
        }
        const bytes = new Uint8Array(await f.arrayBuffer());
        out.push({ name: f.name, bytes, preview: await session.preview(f.name, bytes) });
      }
      setPending(out);
    },
    [session],
  );

  // the whole screen is a drop target
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void take(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [take]);

  const loadable = pending.filter((p) => p.bytes && p.preview.report.role && p.preview.report.rowsLoaded > 0);
  const change = async (job: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    try {
      await job();
      setNotice({ kind: 'ok', text: ok });
      setPending([]);
    } catch (e) {
      setNotice({ kind: 'error', text: translate(lang, 'loadFailedMsg', { msg: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  const loadPending = () =>
    change(
      () => reload((s) => s.addFiles(loadable.map((p) => ({ name: p.name, bytes: p.bytes! })))),
      translate(lang, 'loadedSession', { file: loadable.map((p) => session.sessionPath(p.name)).join(lang === 'zh' ? '、' : ', ') }),
    );
  const remove = (path: string) => change(() => reload((s) => s.removeFile(path)), `${translate(lang, 'remove')}: ${path}`);

  return (
    <div className="screen data">
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>{translate(lang, 'dropHere')}</div>
        </div>
      )}
      <Panel id="drop" title={pending.length ? translate(lang, 'preview', { file: pending.map((p) => p.name).join(', ') }) : translate(lang, 'dropTitle')} loading={busy} className="drop-panel">
        <div className="drop-zone">
          <span>{translate(lang, 'dropHint')}</span>
          <label className="file-button">
            {translate(lang, 'choose')}
            <input type="file" accept=".csv,.tsv,.txt,text/csv" multiple data-control="file-input" onChange={(e) => void take(Array.from(e.target.files ?? [])).then(() => (e.target.value = ''))} />
          </label>
        </div>
        {notice && (
          <div className={`notice notice-${notice.kind}`} role="status" data-notice={notice.kind}>
            {notice.text}
          </div>
        )}
        {pending.length > 0 && (
          <div className="preview" data-panel-part="preview">
            {pending.map((p) => (
              <PreviewCard key={p.name} preview={p.preview} />
            ))}
            <div className="preview-actions">
              <button type="button" className="primary" onClick={() => void loadPending()} disabled={busy || loadable.length === 0} data-action="load-session">
                {busy ? translate(lang, 'loading') : translate(lang, 'loadIntoSession')}
              </button>
              <button type="button" onClick={() => setPending([])} disabled={busy} data-action="discard">
                {translate(lang, 'discard')}
              </button>
              {loadable.length === 0 && <span className="muted">{translate(lang, 'nothingToLoad')}</span>}
            </div>
          </div>
        )}
      </Panel>
      <Panel id="files" title={`${translate(lang, 'files')} (${reports.length})`} className="table-panel">
        <FilesTable reports={reports} onRemove={(p) => void remove(p)} busy={busy} />
      </Panel>
      <Coverage />
      <PlanChecks />
      <Panel id="rejects" title={`${translate(lang, 'rejects')} (${reports.reduce((n, r) => n + r.rejects.length, 0)})`} className="table-panel rejects-panel">
        <RejectsTable reports={reports} />
      </Panel>
    </div>
  );
}

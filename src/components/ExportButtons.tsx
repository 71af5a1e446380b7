/**
 * The buttons that hand the month on: the bulletin as Word and Excel, the policy screen as Excel,
 * any table as Excel, and the work-group message copied. The document builders (and the docx and
 * write-excel-file libraries) are loaded only on click, into chunks of their own. Each button
 * waits, disabled with the reason, until the data it exports has answered.
 */
import { useEffect, useState } from 'react';
import { useApp } from '../app/AppContext.tsx';
import { downloadText } from '../data/csvExport.ts';
import { useQueryClient } from '../db/useQuery.ts';
import type { BulletinData, PolicyData } from '../documents/bulletinData.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import type { SheetColumn } from '../documents/tableSheet.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Gathered data for the view, or the error; undefined while the queries run. */
function useGathered<D>(key: string | null, gather: () => Promise<D>): { data?: D; error?: Error } {
  const { version } = useQueryClient();
  const full = key === null ? null : `${version}\u0000${key}`;
  const [state, setState] = useState<{ key: string | null; data?: D; error?: Error }>({ key: null });
  useEffect(() => {
    if (full === null) return;
    let current = true;
    gather().then(
      (data) => current && setState({ key: full, data }),
      (error: Error) => current && setState({ key: full, error }),
    );
    return () => {
      current = false;
    };
    // gather follows key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [full]);
  return state.key === full ? state : {};
}

function useBulletinData(): { data?: BulletinData; error?: Error } {
  const { meta, view } = useApp();
  const { client } = useQueryClient();
  const { regionId, year, month } = view;
  return useGathered(`${regionId}/${year}/${month}`, async () => (await import('../documents/bulletinData.ts')).gatherBulletin(client.afterPanels(), meta, regionId, year, month));
}

/** A button that runs an export once its data is there, and says when it failed. */
function ExportButton({ ready, error, label, action, run }: { ready: boolean; error?: Error; label: string; action: string; run: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const reason = error ? t('doc.failed', { msg: error.message }) : !ready ? t('doc.waiting') : (failed ?? undefined);
  return (
    <button
      type="button"
      data-action={action}
      disabled={!ready || busy}
      title={reason}
      aria-busy={busy ? 'true' : 'false'}
      onClick={() => {
        setBusy(true);
        setFailed(null);
        run()
          .catch((e: Error) => setFailed(t('doc.failed', { msg: e.message })))
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </button>
  );
}

function fileStem(d: BulletinData): string {
  return `bulletin-${d.regionId}-${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** Puts text on the clipboard; where the Clipboard API is refused (plain http on an intranet), a selected textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    // set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not)
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** Copies the month's message for the work group; shows 已复制 when done. */
export function DigestButton({ screen }: { screen: 'overview' | 'bulletin' }) {
  const t = useT();
  const lang = useLang();
  const { data, error } = useBulletinData();
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    if (!said) return;
    const id = setTimeout(() => setSaid(null), 2500);
    return () => clearTimeout(id);
  }, [said]);
  return (
    <span className="digest-copy">
      <ExportButton
        ready={!!data}
        error={error}
        label={t('doc.copyDigest')}
        action="copy-digest"
        run={async () => {
          const { digestText, dashboardUrl } = await import('../documents/digest.ts');
          const base = `${location.origin}${location.pathname}`;
          const text = digestText(data!, lang, dashboardUrl(base, screen, data!.regionId, data!.year, data!.month, lang));
          setSaid((await copyText(text)) ? t('doc.copied') : t('doc.copyFailed'));
        }}
      />
      <span role="status" className="muted small" data-field="copy-status">
        {said ?? ''}
      </span>
    </span>
  );
}

/** Word and Excel downloads and the message, for the bulletin screen's toolbar. */
export function BulletinExports() {
  const t = useT();
  const lang = useLang();
  const { data, error } = useBulletinData();
  return (
    <>
      <ExportButton
        ready={!!data}
        error={error}
        label={t('doc.word')}
        action="export-docx"
        run={async () => {
          const { bulletinDocx } = await import('../documents/bulletinDocx.ts');
          downloadText(`${fileStem(data!)}.docx`, await bulletinDocx(data!, lang), DOCX_MIME);
        }}
      />
      <ExportButton
        ready={!!data}
        error={error}
        label={t('doc.excel')}
        action="export-bulletin-xlsx"
        run={async () => {
          const [{ bulletinSheets }, { workbookBytes }] = await Promise.all([import('../documents/bulletinWorkbook.ts'), import('../documents/workbook.ts')]);
          downloadText(`${fileStem(data!)}.xlsx`, await workbookBytes(bulletinSheets(data!, lang), lang), XLSX_MIME);
        }}
      />
      <DigestButton screen="bulletin" />
    </>
  );
}

/** The policy screen's sections as one workbook. */
export function PolicyWorkbookButton({ family, date }: { family: string; date: string }) {
  const t = useT();
  const lang = useLang();
  const { meta } = useApp();
  const { client } = useQueryClient();
  const { data, error } = useGathered<PolicyData>(`${family}/${date}`, async () => (await import('../documents/bulletinData.ts')).gatherPolicy(client.afterPanels(), meta, family, date));
  return (
    <ExportButton
      ready={!!data}
      error={error}
      label={t('doc.policyWorkbook')}
      action="export-policy-xlsx"
      run={async () => {
        const [{ policySheets }, { workbookBytes }] = await Promise.all([import('../documents/bulletinWorkbook.ts'), import('../documents/workbook.ts')]);
        downloadText(`policy-${family}-${date}.xlsx`, await workbookBytes(policySheets(data!, lang), lang), XLSX_MIME);
      }}
    />
  );
}

/** The .xlsx beside a table's CSV export: the same rows and columns, numbers as numbers. */
export function XlsxButton<R extends object>({ columns, rows, exportName }: { columns: SheetColumn<R>[]; rows: R[]; exportName: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <ExportButton
      ready
      label={t('doc.exportXlsx')}
      action="export-xlsx"
      run={async () => {
        const [{ workbookBytes }, { tableSheets }] = await Promise.all([import('../documents/workbook.ts'), import('../documents/tableSheet.ts')]);
        downloadText(`${exportName}.xlsx`, await workbookBytes(tableSheets(exportName, columns, rows, lang), lang), XLSX_MIME);
      }}
    />
  );
}

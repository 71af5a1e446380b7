import { useT } from '../i18n/I18n.tsx';

/** Where a target comes from: the document number, and on demand the quoted sentence and its line. */
export function Provenance({ docNumber, docTitle, quote, line }: { docNumber: string | null | undefined; docTitle?: string | null; quote?: string | null; line?: string | number | null }) {
  const t = useT();
  if (!docNumber && !quote) return null;
  return (
    <details className="provenance">
      <summary>
        <span className="prov-label">{t('source')}</span> {docNumber ?? '—'}
      </summary>
      <div className="prov-body">
        {docTitle && <div className="prov-title">{docTitle}</div>}
        {quote && <blockquote>“{quote}”</blockquote>}
        {line != null && line !== '' && <div className="prov-line">{t('line', { n: String(line) })}</div>}
      </div>
    </details>
  );
}

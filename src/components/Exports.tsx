/**
 * The export buttons as the screens place them. Their code (ExportButtons.tsx) loads after the
 * first screen, in a chunk of its own, so the app's first download does not grow; until it has
 * loaded, a disabled button with the same label stands in its place.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { SheetColumn } from '../documents/tableSheet.ts';
import { useT } from '../i18n/I18n.tsx';
import type { StringKey } from '../i18n/strings.ts';

const load = () => import('./ExportButtons.tsx');

/** `hold`: what the buttons would export has not all answered yet, so they stay disabled. */
type Holdable<P> = P & { hold?: boolean };

function deferred<P extends object>(pick: (m: Awaited<ReturnType<typeof load>>) => ComponentType<P>, labels: StringKey[]): ComponentType<Holdable<P>> {
  const Lazy = lazy(async () => ({ default: pick(await load()) }));
  return function Deferred({ hold, ...rest }: Holdable<P>) {
    const props = rest as P;
    const t = useT();
    const waiting = labels.map((k) => (
      <button key={k} type="button" disabled title={t('doc.waiting')}>
        {t(k)}
      </button>
    ));
    if (hold) return <>{waiting}</>;
    return (
      <Suspense fallback={<>{waiting}</>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const BulletinExports = deferred((m) => m.BulletinExports, ['doc.word', 'doc.excel', 'doc.copyDigest']);
export const DigestButton = deferred((m) => m.DigestButton, ['doc.copyDigest']);
export const PolicyWorkbookButton = deferred((m) => m.PolicyWorkbookButton, ['doc.policyWorkbook']);
interface XlsxProps<R> {
  columns: SheetColumn<R>[];
  rows: R[];
  exportName: string;
}
const LazyXlsx = deferred((m) => m.XlsxButton as ComponentType<XlsxProps<object>>, ['doc.exportXlsx']);

/** The .xlsx beside a table's CSV export. */
export function XlsxButton<R extends object>(props: XlsxProps<R>) {
  return <LazyXlsx {...(props as unknown as XlsxProps<object>)} />;
}

import type { ReactNode } from 'react';
import { useT } from '../i18n/I18n.tsx';

/**
 * A wide table scrolls sideways inside this box, never the page (phones). The box takes keyboard
 * focus, so the arrow keys scroll it, and is named for screen readers.
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className={`table-scroll ${className ?? ''}`} tabIndex={0} role="region" aria-label={t('tableRegion', { title: label })}>
      {children}
    </div>
  );
}

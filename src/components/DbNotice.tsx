import { useEffect, useState } from 'react';
import type { DbUnavailable } from '../db/dbUnavailable.ts';
import { useT } from '../i18n/I18n.tsx';

/** One line saying DuckDB could not start here: the figures shown are the build's, other views need it. */
export function DbNotice({ dbDown }: { dbDown: Promise<DbUnavailable | null> }) {
  const t = useT();
  const [down, setDown] = useState<DbUnavailable | null>(null);
  useEffect(() => {
    let live = true;
    void dbDown.then((d) => live && setDown(d));
    return () => {
      live = false;
    };
  }, [dbDown]);
  if (!down) return null;
  return (
    <div className="db-notice" role="status" data-db-notice={down.why}>
      <span aria-hidden="true">⚠ </span>
      {t('noDuckDb', { why: t(`why.${down.why}`) })}
    </div>
  );
}

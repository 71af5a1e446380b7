/** "部分汇总": a parent's figure that sums only the children present in the data (山东省 with 5 of its 16 cities). */
import { useT } from '../i18n/I18n.tsx';

export function PartialTag({ show }: { show: boolean | null | undefined }) {
  const t = useT();
  if (!show) return null;
  return (
    <span className="partial-tag" data-partial title={t('target.partial')}>
      {t('target.partial')}
    </span>
  );
}

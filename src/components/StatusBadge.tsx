import { asStatus, STATUS_COLOR, STATUS_ICON } from '../charts/status.ts';
import { useT } from '../i18n/I18n.tsx';

/** Colour plus shape plus word: readable for colour-blind viewers and in print. */
export function StatusBadge({ status, compact }: { status: unknown; compact?: boolean }) {
  const t = useT();
  const s = asStatus(status);
  return (
    <span className={`status-badge status-${s}`} style={{ color: STATUS_COLOR[s] }} data-status={s}>
      <span aria-hidden="true">{STATUS_ICON[s]}</span>
      {!compact && <span className="status-word">{t(`status.${s}`)}</span>}
    </span>
  );
}

import { asTargetStatus, targetStatusIcon } from '../charts/status.ts';
import { useT } from '../i18n/I18n.tsx';
import { useTheme } from './Theme.tsx';

/**
 * Colour plus shape plus word: readable for colour-blind viewers and in print. A threshold due in a
 * later month says so (◇ 未到期): its value is there, it is just not judged yet. In the theme's colours.
 */
export function StatusBadge({ status, compact }: { status: unknown; compact?: boolean }) {
  const t = useT();
  const s = asTargetStatus(status);
  const { status: colors } = useTheme();
  return (
    <span className={`status-badge status-${s}`} style={{ color: colors[s] }} data-status={s}>
      <span aria-hidden="true">{targetStatusIcon(s)}</span>
      {!compact && <span className="status-word">{t(`status.${s}`)}</span>}
    </span>
  );
}

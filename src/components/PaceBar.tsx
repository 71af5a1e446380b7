import { asStatus } from '../charts/status.ts';
import { formatRatio } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';
import { useTheme } from './Theme.tsx';

/** Completion as a bar against a marker at where pace says it should be (序时进度). */
export function PaceBar({ completion, expected, status }: { completion: number | null; expected: number | null; status: unknown }) {
  const t = useT();
  const lang = useLang();
  const style = useTheme();
  const c = Math.max(0, Math.min(1.2, completion ?? 0));
  const e = expected == null ? null : Math.max(0, Math.min(1.2, expected));
  const scale = (v: number) => `${(v / 1.2) * 100}%`;
  return (
    <div className="pace-bar" role="meter" aria-valuenow={completion ?? undefined} aria-label={t('completion')}>
      <div className="pace-fill" style={{ width: scale(c), background: style.status[asStatus(status)] }} />
      <div className="pace-full" style={{ left: scale(1) }} />
      {e !== null && (
        <div className="pace-marker" style={{ left: scale(e), background: style.series.pace }} title={`${t('timeProgress')} ${formatRatio(e, lang)}`}>
          <span className="pace-marker-label">{formatRatio(e, lang, 0)}</span>
        </div>
      )}
    </div>
  );
}

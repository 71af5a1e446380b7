import { useLang } from '../i18n/I18n.tsx';
import { targetText, type TargetWording } from './targetText.ts';

/** The target as the plan words it: `目标 74,000 万美元`, `增长 61% → 74,000 万美元`, `到2025年 3% · 今年路径 1.85%`. */
export function TargetText(props: TargetWording) {
  const lang = useLang();
  return <span className="target-text">{targetText(props, lang)}</span>;
}

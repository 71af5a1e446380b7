import { formatNumber, formatValue } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/I18n.tsx';

/** The target as the plan words it: `目标 74,000 万美元`, `增长 61% → 74,000 万美元`, `到2025年 3% · 今年路径 1.85%`. */
export function TargetText({ kind, targetInput, targetValue, targetYear, isPath, unit, decimals, refName }: {
  kind: string;
  targetInput: number | null;
  targetValue: number | null;
  targetYear: number | null;
  isPath: boolean;
  unit: string;
  decimals: number | null;
  refName?: string;
}) {
  const t = useT();
  const lang = useLang();
  const v = (x: number | null) => formatValue(x, unit, lang, decimals);
  let text: string;
  switch (kind) {
    case 'growth':
      text = `${t('kind.growth')} ${targetInput != null && targetInput >= 0 ? '+' : ''}${formatNumber(targetInput, lang, 1)}% → ${v(targetValue)}`;
      break;
    case 'pp_change':
      text = `${t('kind.pp_change')} ${formatNumber(targetInput, lang, 2)}${lang === 'zh' ? '个百分点' : ' pp'} → ${v(targetValue)}`;
      break;
    case 'max':
      text = `${lang === 'zh' ? '不超过' : 'at most'} ${v(targetValue)}`;
      break;
    case 'min':
      text = `${lang === 'zh' ? '不低于' : 'at least'} ${v(targetValue)}`;
      break;
    case 'benchmark':
      text = t('benchmarkOf', { region: refName ?? '' });
      break;
    default:
      text = `${t('target')} ${v(targetValue)}`;
  }
  if (isPath && targetYear != null) {
    text = `${t('targetOf', { year: targetYear })} ${v(targetInput)} · ${lang === 'zh' ? '今年路径' : 'this year on path'} ${v(targetValue)}`;
  }
  return <span className="target-text">{text}</span>;
}

/** The target as the plan words it, as plain text: shared by the card (TargetText) and the first paint (src/app/prepaint.ts). */
import { formatNumber, formatValue } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/strings.ts';

export interface TargetWording {
  kind: string;
  targetInput: number | null;
  targetValue: number | null;
  targetYear: number | null;
  isPath: boolean;
  unit: string;
  decimals: number | null;
  refName?: string;
}

/** `目标 74,000 万美元`, `增长 61% → 74,000 万美元`, `到2025年 3% · 今年路径 1.85%`. */
export function targetText({ kind, targetInput, targetValue, targetYear, isPath, unit, decimals, refName }: TargetWording, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const v = (x: number | null) => formatValue(x, unit, lang, decimals);
  if (isPath && targetYear != null) return `${t('targetOf', { year: targetYear })} ${v(targetInput)} · ${lang === 'zh' ? '今年路径' : 'this year on path'} ${v(targetValue)}`;
  switch (kind) {
    case 'growth':
      return `${t('kind.growth')} ${targetInput != null && targetInput >= 0 ? '+' : ''}${formatNumber(targetInput, lang, 1)}% → ${v(targetValue)}`;
    case 'pp_change':
      return `${t('kind.pp_change')} ${formatNumber(targetInput, lang, 2)}${lang === 'zh' ? '个百分点' : ' pp'} → ${v(targetValue)}`;
    case 'max':
      return `${lang === 'zh' ? '不超过' : 'at most'} ${v(targetValue)}`;
    case 'min':
      return `${lang === 'zh' ? '不低于' : 'at least'} ${v(targetValue)}`;
    case 'benchmark':
      return t('benchmarkOf', { region: refName ?? '' });
    default:
      return `${t('target')} ${v(targetValue)}`;
  }
}

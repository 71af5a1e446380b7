/** The words and formatters of the cumulative chart (src/charts/cumulativeOption.ts), shared by the indicator screen and the wall. */
import type { CumulativeLabels } from '../charts/cumulativeOption.ts';
import { formatMonth } from '../i18n/format.ts';
import type { Lang, StringKey } from '../i18n/strings.ts';

export function cumulativeLabels(t: (k: StringKey) => string, lang: Lang, formatValue: (v: number | null) => string, formatRatio: (v: number | null) => string): CumulativeLabels {
  return {
    actual: t('actual'),
    lastYear: t('lastYear'),
    targetPath: t('targetPath'),
    annualTarget: t('annualTarget'),
    completion: t('completion'),
    timeProgress: t('timeProgress'),
    monthName: (m) => formatMonth(m, lang),
    formatValue,
    formatRatio,
  };
}

/** A headline family's name as the data writes it (families.csv), never its key. */
import type { Lang } from '../../i18n/strings.ts';

export interface FamilyNamed {
  family_name_zh?: unknown;
  family_name_en?: unknown;
}

/** The family's name in the language, else in Chinese, else `fallback` (the indicator's name). */
export function familyName(row: FamilyNamed, lang: Lang, fallback: string): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return (lang === 'en' ? text(row.family_name_en) : null) ?? text(row.family_name_zh) ?? fallback;
}

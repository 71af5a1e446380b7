import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { translate, type Lang, type StringKey } from './strings.ts';

export type T = (key: StringKey, params?: Record<string, string | number>) => string;

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): T {
  const lang = useLang();
  return useMemo<T>(() => (key, params) => translate(lang, key, params), [lang]);
}

import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { translate, translateOr, type Lang, type Params, type StringKey } from './strings.ts';

/** `t(key)` for a key the code names; `t.or(key, fallback)` for a key built from data. */
export type T = ((key: StringKey, params?: Params) => string) & { or: (key: string, fallback: string, params?: Params) => string };

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): T {
  const lang = useLang();
  return useMemo<T>(() => Object.assign((key: StringKey, params?: Params) => translate(lang, key, params), { or: (key: string, fallback: string, params?: Params) => translateOr(lang, key, fallback, params) }), [lang]);
}

/** Language and time zone for the whole app, from `view.getContext()`; `useT()` translates from locales/. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { langOf, translate, type Lang } from '../../src/i18n/translate';
import { formatDateTime, formatRelative } from './format';

export interface LocaleInfo {
  lang: Lang;
  locale: string;
  timezone: string;
}

const LocaleContext = createContext<LocaleInfo>({ lang: 'en', locale: 'en-US', timezone: 'UTC' });

export function LocaleProvider({
  locale,
  timezone,
  children,
}: {
  locale: string;
  timezone: string;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ lang: langOf(locale), locale, timezone }), [locale, timezone]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleInfo {
  return useContext(LocaleContext);
}

export type T = (key: string, params?: Record<string, string | number>) => string;

export function useT(): T {
  const { lang } = useLocale();
  return useMemo(() => (key, params) => translate(lang, key, params), [lang]);
}

/** Date helpers bound to the user's language and time zone. */
export function useDates(): { dateTime: (iso: string) => string; relative: (iso: string) => string } {
  const { lang, timezone } = useLocale();
  return useMemo(
    () => ({
      dateTime: (iso: string) => formatDateTime(iso, lang, timezone),
      relative: (iso: string) => formatRelative(iso, lang),
    }),
    [lang, timezone],
  );
}

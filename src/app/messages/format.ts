import { safeText } from '../../domain/text/visible-text';
import type { Lang } from '../../i18n/translate';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** "24 novembre 2026 à 10:05 UTC+1" / "November 24, 2026 at 10:05 AM GMT+1", in the calendar's zone. */
export function formatDateTime(iso: string, lang: Lang, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st, 2nd, 3rd, 11th" / "1re, 2e" (une relance: feminine). */
export function ordinal(lang: Lang, n: number): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  return `${n}${EN_SUFFIX[new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

/** Drops control characters (but tabs and line breaks), bidi overrides and lone surrogates (domain/text). */
export const cleanText = safeText;

/** At most `max` characters (code points, never half a surrogate pair), with an ellipsis when cut. */
export function excerpt(text: string, max = 500): string {
  const chars = Array.from(cleanText(text).trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

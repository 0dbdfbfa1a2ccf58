import { formatDateTimeInZone } from '../../i18n/dates';
import { safeText } from '../../domain/text/visible-text';
import type { Lang } from '../../i18n/translate';

/**
 * "1er déc. à 10:05 (heure de Paris)": the pane's date style, with the zone named for a reader elsewhere.
 * An email or comment is written when its event happens, so the year is left out unless `now` says otherwise.
 */
export function formatDateTime(iso: string, lang: Lang, timeZone: string, now?: Date): string {
  return formatDateTimeInZone(iso, lang, timeZone, now ?? new Date(iso));
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

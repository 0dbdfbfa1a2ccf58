import { formatDateTimeInZone } from '../../i18n/dates';
import type { Lang } from '../../i18n/translate';

/**
 * "1er déc. à 10:05 (heure de Paris)": the pane's date style, with the zone named for a reader elsewhere.
 * An email or comment is written when its event happens, so the year is left out unless `now` says otherwise.
 */
export function formatDateTime(iso: string, lang: Lang, timeZone: string, now?: Date): string {
  return formatDateTimeInZone(iso, lang, timeZone, now ?? new Date(iso));
}

/** Drops control characters (but tabs and line breaks) that have no place in an email or comment. */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** At most `max` characters (code points, never half a surrogate pair), with an ellipsis when cut. */
export function excerpt(text: string, max = 500): string {
  const chars = Array.from(cleanText(text).trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Dates for people: in the user's time zone and language, with Intl only (no date library in the bundle). */
import type { Lang } from '../../src/i18n/translate';

export { formatDateTime, formatHours, formatRelative, zoneName } from '../../src/i18n/dates';

/** A duration in minutes as "2 h 05" / "3 j" style short text, for queue ages. */
export function formatAgeMinutes(minutes: number, lang: Lang): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 60) return lang === 'fr' ? `${m} min` : `${m} min`;
  const hours = Math.floor(m / 60);
  if (hours < 48) return lang === 'fr' ? `${hours} h` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return lang === 'fr' ? `${days} j` : `${days} d`;
}

/** `tel:` href from a human phone number: digits only, a leading + kept ("03 88 64 50 50" → "tel:0388645050"). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  // "+33 (0)3 …": the trunk 0 in brackets is not dialled from abroad.
  const digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

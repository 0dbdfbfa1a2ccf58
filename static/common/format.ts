/** Dates for people: in the user's time zone and language, with Intl only (no date library in the bundle). */
import type { Lang } from '../../src/i18n/translate';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * "3 déc. à 14:30" (fr) or "3 Dec at 14:30" (en); the year is added when it is not the current one.
 * Built from parts because ICU versions disagree on the joiner (", " vs " à ").
 */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = safeZone(timeZone);
  const yearOf = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  const withYear = yearOf(date) !== yearOf(now);
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(date);
  // French writes the first of the month as an ordinal: « 1er janv. ».
  const dayNumber = part(parts, 'day') === '1' && lang === 'fr' ? '1er' : part(parts, 'day');
  const day = `${dayNumber} ${part(parts, 'month')}${withYear ? ` ${part(parts, 'year')}` : ''}`;
  const time = `${part(parts, 'hour')}:${part(parts, 'minute')}`;
  return lang === 'fr' ? `${day} à ${time}` : `${day} at ${time}`;
}

/** "il y a 3 heures" / "3 hours ago"; future dates read "dans 2 jours" / "in 2 days". */
export function formatRelative(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

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

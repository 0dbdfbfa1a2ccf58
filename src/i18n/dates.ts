/**
 * Dates, durations and time zones as people read them, with Intl only (no date library in the UI bundles).
 * One style everywhere a customer reads a date: the pane, the emails and the comments ("1er déc. à 14:30").
 */
import { translate, type Lang } from './translate';

const DATE_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** The zone if Intl knows it, else undefined (the runtime's zone). */
export function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * "3 déc. à 14:30" (fr) or "3 Dec at 14:30" (en); "1er" for the first of the month in French; the year is added
 * when it is not the current one. Built from parts because ICU versions disagree on the joiner (", " vs " à ").
 */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = safeZone(timeZone);
  const yearOf = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  const withYear = yearOf(date) !== yearOf(now);
  const parts = new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(date);
  const dayNumber = part(parts, 'day') === '1' && lang === 'fr' ? '1er' : part(parts, 'day');
  const day = `${dayNumber} ${part(parts, 'month')}${withYear ? ` ${part(parts, 'year')}` : ''}`;
  const time = `${part(parts, 'hour')}:${part(parts, 'minute')}`;
  return translate(lang, 'time.dateAt', { day, time });
}

/**
 * The time zone in words, from its IANA name: "heure de Paris" / "Paris time", "heure d’Amsterdam";
 * UTC reads "UTC". Not "UTC+1", which changes twice a year and says nothing to a customer.
 */
export function zoneName(timeZone: string | undefined, lang: Lang): string {
  const zone = safeZone(timeZone) ?? 'UTC';
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/i.test(zone)) return translate(lang, 'time.zoneUtc');
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  return translate(lang, 'time.zone', { city });
}

/** "1er déc. à 14:30 (heure de Paris)": a date for someone who may live in another zone (emails, comments). */
export function formatDateTimeInZone(iso: string, lang: Lang, timeZone: string, now: Date = new Date()): string {
  const date = formatDateTime(iso, lang, timeZone, now);
  if (date === iso) return iso;
  return translate(lang, 'time.withZone', { date, zone: zoneName(timeZone, lang) });
}

/** "1,5 h" / "1.5 h": hours with the language's decimal mark (Intl.NumberFormat), at most two decimals. */
export function formatHours(hours: number, lang: Lang): string {
  const n = new Intl.NumberFormat(DATE_LOCALE[lang], { maximumFractionDigits: 2 }).format(hours);
  return translate(lang, 'time.hours', { n });
}

/** "il y a 3 heures" / "3 hours ago"; future dates read "dans 2 jours" / "in 2 days". */
export function formatRelative(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(DATE_LOCALE[lang], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

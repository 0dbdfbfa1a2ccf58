import { DateTime } from 'luxon';
import type { Calendar } from '../../src/domain/config/schema';
import { DEFAULT_CONFIG } from '../../src/domain/config/defaults';

/** Calendars shared by the calendar tests. */
export const PARIS: Calendar = DEFAULT_CONFIG.calendar;

export const PARIS_SPLIT: Calendar = {
  ...PARIS,
  hours: [
    { start: '08:30', end: '12:00' },
    { start: '14:00', end: '18:00' },
  ],
};

/** Every day, all day: business minutes are real minutes, so DST days have 23 or 25 hours. */
export const PARIS_ALWAYS: Calendar = {
  ...PARIS,
  workingDays: [1, 2, 3, 4, 5, 6, 7],
  hours: [{ start: '00:00', end: '24:00' }],
  holidaysCountry: null,
};

/** Night shift across midnight, written as two spans; one ends at 24:00. */
export const NIGHT_SHIFT: Calendar = {
  ...PARIS,
  hours: [
    { start: '00:00', end: '02:00' },
    { start: '20:00', end: '24:00' },
  ],
};

/** Wall time in Paris (a test-side conversion through luxon, independent of the code under test). */
export const paris = (local: string): Date => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

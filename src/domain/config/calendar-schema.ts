/** The business calendar of the configuration (`calendar`): time zone, working days and hours, holidays, closed dates. */
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { isSupportedHolidaysCode } from '../calendar/holidays';
import { err, refuse } from './config-error';

const time = z.string(err('text')).regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, err('time'));
/** A real calendar date: 2026-02-30 is refused rather than rolled over. */
const isoDate = z
  .string(err('text'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, err('date'))
  .refine((d) => DateTime.fromISO(d).isValid, err('date'));

const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

export const calendarSchema = z
  .strictObject(
    {
      timezone: z.string(err('text')).refine((tz) => IANAZone.isValidZone(tz), err('timezone')),
      /** ISO weekdays: 1 = Monday … 7 = Sunday. */
      workingDays: z
        .array(z.number(err('number')).int(err('integer')).min(1, err('weekday')).max(7, err('weekday')), err('list'))
        .min(1, err('noWorkingDays'))
        .refine((d) => new Set(d).size === d.length, err('duplicate')),
      hours: z
        .array(z.strictObject({ start: time, end: time }, err('object')), err('list'))
        .min(1, err('noHours'))
        .max(6, err('tooMany')),
      /** ISO 3166 country for public holidays (date-holidays), optionally with a subdivision ('FR-67'), or null for none. */
      holidaysCountry: z
        .string(err('text'))
        .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, err('country'))
        .refine(isSupportedHolidaysCode, err('country'))
        .nullable(),
      closedDates: z.array(isoDate, err('list')).max(366, err('tooMany')),
    },
    err('object'),
  )
  .superRefine((cal, ctx) => {
    const spans = cal.hours.map((h, i) => ({ i, s: toMinutes(h.start), e: toMinutes(h.end) }));
    for (const span of spans) {
      if (span.e <= span.s) refuse(ctx, ['hours', span.i, 'end'], 'emptyHours');
    }
    const sorted = [...spans].filter((x) => x.e > x.s).sort((a, b) => a.s - b.s);
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k].s < sorted[k - 1].e) {
        refuse(ctx, ['hours', sorted[k].i, 'start'], 'overlap');
      }
    }
  });

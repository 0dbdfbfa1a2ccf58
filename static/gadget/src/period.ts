/** The gadget's periods, as local dates (`YYYY-MM-DD`) in the viewer's time zone, ending today. */
import type { GadgetConfiguration } from '../../../src/contract';

export type Period = GadgetConfiguration['period'];
export const PERIODS: Period[] = ['4w', '12w', '12m', 'custom'];

/** Today's date in a time zone, `YYYY-MM-DD`. */
export function today(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The days a period covers: the last 4 weeks, 12 weeks or 12 months up to today, or the custom range. */
export function rangeOf(config: GadgetConfiguration, todayDate: string): { from: string; to: string } {
  switch (config.period) {
    case '4w':
      return { from: addDays(todayDate, -27), to: todayDate };
    case '12w':
      return { from: addDays(todayDate, -83), to: todayDate };
    case '12m': {
      const d = new Date(`${todayDate}T00:00:00Z`);
      d.setUTCFullYear(d.getUTCFullYear() - 1);
      return { from: addDays(d.toISOString().slice(0, 10), 1), to: todayDate };
    }
    case 'custom':
      return { from: config.from ?? addDays(todayDate, -27), to: config.to ?? todayDate };
  }
}

/** A saved configuration read defensively: anything unknown falls back to the last 4 weeks. */
export function readConfiguration(raw: unknown): GadgetConfiguration {
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const period = PERIODS.includes(c.period as Period) ? (c.period as Period) : '4w';
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  return {
    period,
    ...(typeof c.from === 'string' ? { from: c.from } : {}),
    ...(typeof c.to === 'string' ? { to: c.to } : {}),
    ...(strings(c.projectKeys)?.length ? { projectKeys: strings(c.projectKeys) } : {}),
    ...(typeof c.policyId === 'string' ? { policyId: c.policyId } : {}),
  };
}

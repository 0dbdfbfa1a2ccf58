/** Every delay counted on the business calendar must elapse within a year of it (docs/rules.md, issue 14). */
import { DEFAULT_CONFIG } from './defaults';
import { IMPACT_LEVELS, URGENCY_LEVELS } from './levels';
import { unreachableDelays, type DelaySettings } from './reachability';

/** One minute a week: no business minute to count on in a year (capacity.ts keeps an hour spare). */
const ONE_MINUTE_A_WEEK = {
  ...DEFAULT_CONFIG.calendar,
  workingDays: [1],
  hours: [{ start: '08:00', end: '08:01' }],
  holidaysCountry: null,
};
const allCells = (hours: number) =>
  Object.fromEntries(IMPACT_LEVELS.map((i) => [i, Object.fromEntries(URGENCY_LEVELS.map((u) => [u, hours]))]));

function settings(hours: number, more: Partial<DelaySettings> = {}): DelaySettings {
  return {
    timer: { mode: 'business', slaName: null },
    calendar: ONE_MINUTE_A_WEEK,
    matrix: allCells(hours) as DelaySettings['matrix'],
    defaultDelayHours: hours,
    nextLevelDelayHours: hours,
    acknowledgeWithinHours: hours,
    ...more,
  };
}

describe('unreachableDelays on a calendar with no business minute in a year', () => {
  it.each([
    { given: 'every delay zero (escalation at once)', s: settings(0), out: 0 },
    { given: 'every delay one hour', s: settings(1), out: 3 + IMPACT_LEVELS.length * URGENCY_LEVELS.length },
    {
      given: 'one hour on 24x7 time (no calendar)',
      s: settings(1, { timer: { mode: '24x7', slaName: null } }),
      out: 0,
    },
  ])('given $given, then $out delays out of reach', ({ s, out }) => {
    expect(unreachableDelays(s)).toHaveLength(out);
  });
});

/** One working hour a week, no public holiday: 52 hours a year, less the spring-forward hour = 51 h of reach. */
const ONE_HOUR_A_WEEK = { ...ONE_MINUTE_A_WEEK, hours: [{ start: '09:00', end: '10:00' }] };

describe('unreachableDelays names the delay out of reach', () => {
  const within = (more: Partial<DelaySettings>) => settings(0, { calendar: ONE_HOUR_A_WEEK, ...more });
  it.each([
    { given: 'a next-level delay of 51 h (the reach)', s: within({ nextLevelDelayHours: 51 }), then: 'none' },
    {
      given: 'a next-level delay of 51.01 h (just out)',
      s: within({ nextLevelDelayHours: 51.01 }),
      then: 'nextLevelDelayHours',
    },
    {
      given: 'an acknowledgement deadline of 52 h',
      s: within({ acknowledgeWithinHours: 52 }),
      then: 'acknowledgeWithinHours',
    },
    { given: 'no acknowledgement deadline (null)', s: within({ acknowledgeWithinHours: null }), then: 'none' },
    { given: 'a default delay of 52 h', s: within({ defaultDelayHours: 52 }), then: 'defaultDelayHours' },
    {
      given: 'a default delay of 52 h on SLA time (the SLA counts it, not the calendar)',
      s: within({ defaultDelayHours: 52, timer: { mode: 'sla', slaName: 'TTR' } }),
      then: 'none',
    },
    {
      given: 'a matrix cell of 52 h',
      s: within({ matrix: { ...allCells(0), minor: { ...allCells(0).minor, lowest: 52 } } as DelaySettings['matrix'] }),
      then: 'matrix.minor.lowest',
    },
  ])('given $given, then $then out of reach', ({ s, then }) => {
    expect(unreachableDelays(s)).toStrictEqual(then === 'none' ? [] : [then.split('.')]);
  });
});

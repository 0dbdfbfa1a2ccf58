/**
 * When the first escalation becomes possible, and when the next level does: every branch of the
 * SLA rule, and "now" on both sides of the instant it becomes possible.
 */
import { a24x7Config, aConfig, aRequest, anSla } from '../../../test/builders';
import { addMs, CREATED_AT, hours } from '../../../test/times';
import { firstLevelTiming, nextLevelTime } from './timing';

const SLA = aConfig({ timer: { mode: 'sla', slaName: 'Time to resolution' } });
const BREACH = Date.parse('2025-03-12T10:00:00Z');
const ms = (t: number) => new Date(t);

describe('firstLevelTiming: SLA timer (the JSM SLA says when)', () => {
  it.each([
    { given: 'no SLA cycle (null)', sla: null, now: BREACH, then: { reached: false } },
    { given: 'no SLA cycle (undefined)', sla: undefined, now: BREACH, then: { reached: false } },
    {
      given: 'a breached cycle with its breach time',
      sla: anSla({ breached: true, breachTime: BREACH }),
      now: BREACH + hours(1),
      then: { eligibleAt: ms(BREACH), reached: true },
    },
    {
      given: 'a breached cycle whose breach time is unknown',
      sla: anSla({ breached: true, breachTime: null }),
      now: BREACH,
      then: { eligibleAt: undefined, reached: true },
    },
    {
      given: 'a breached cycle reported before its breach time (the flag wins)',
      sla: anSla({ breached: true, breachTime: BREACH }),
      now: BREACH - hours(1),
      then: { eligibleAt: ms(BREACH), reached: true },
    },
    {
      given: 'a breached cycle, paused since',
      sla: anSla({ breached: true, paused: true, breachTime: BREACH }),
      now: BREACH + hours(1),
      then: { eligibleAt: ms(BREACH), reached: true },
    },
    {
      given: 'a running cycle, now 1 ms before the breach time',
      sla: anSla({ breachTime: BREACH }),
      now: BREACH - 1,
      then: { eligibleAt: ms(BREACH), reached: false },
    },
    {
      given: 'a running cycle, now exactly at the breach time',
      sla: anSla({ breachTime: BREACH }),
      now: BREACH,
      then: { eligibleAt: ms(BREACH), reached: true },
    },
    {
      given: 'a paused cycle past its breach time (not breached: no date, not reached)',
      sla: anSla({ paused: true, breachTime: BREACH }),
      now: BREACH + hours(1),
      then: { reached: false },
    },
    {
      given: 'a running cycle with no breach time',
      sla: anSla({ breachTime: null }),
      now: BREACH + hours(1),
      then: { reached: false },
    },
  ])('given $given, then $then', ({ sla, now, then }) => {
    expect(firstLevelTiming(aRequest(), 0, SLA, ms(now), sla)).toStrictEqual(then);
  });
});

describe('firstLevelTiming: 24/7 and business timers (created + the delay)', () => {
  const created = Date.parse(CREATED_AT);
  it.each([
    { given: '24/7, 16 h, now 1 ms before', config: a24x7Config(), now: created + hours(16) - 1, reached: false },
    { given: '24/7, 16 h, now exactly at the delay', config: a24x7Config(), now: created + hours(16), reached: true },
  ])('given $given, then reached is $reached', ({ config, now, reached }) => {
    expect(firstLevelTiming(aRequest(), 16 * 60, config, ms(now), null)).toStrictEqual({
      eligibleAt: addMs(CREATED_AT, hours(16)),
      reached,
    });
  });

  it('given the business timer, Monday 09:00 + 2 h, then 11:00 the same day (an SLA cycle passed by mistake is ignored)', () => {
    const at = new Date('2025-03-10T11:00:00+01:00');
    expect(firstLevelTiming(aRequest(), 120, aConfig(), at, anSla({ breached: true }))).toStrictEqual({
      eligibleAt: at,
      reached: true,
    });
  });
});

describe('nextLevelTime: nextLevelDelayHours of the timer, business hours in SLA mode', () => {
  const friday16 = new Date('2025-03-14T16:00:00+01:00');
  it.each([
    { given: '24/7, 8 h', config: a24x7Config(), then: '2025-03-15T00:00:00+01:00' },
    {
      given: 'business, 8 h (2 h on Friday, 6 h on Monday from 08:30)',
      config: aConfig(),
      then: '2025-03-17T14:30:00+01:00',
    },
    { given: 'SLA mode, 8 h of business time', config: SLA, then: '2025-03-17T14:30:00+01:00' },
    {
      given: '24/7, 0.5 h (minutes rounded)',
      config: a24x7Config({ escalation: { nextLevelDelayHours: 0.5 } }),
      then: '2025-03-14T16:30:00+01:00',
    },
  ])('given $given, then $then', ({ config, then }) => {
    expect(nextLevelTime(friday16, config)).toEqual(new Date(then));
  });

  it('given SLA mode, then the config it was given is left unchanged', () => {
    const config = structuredClone(SLA);
    nextLevelTime(friday16, config);
    expect(config).toEqual(SLA);
  });
});

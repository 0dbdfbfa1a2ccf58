/** The acknowledgement deadline (docs/rules.md §7b): when it falls, who is still waiting, and "in time". */
import { a24x7Config, aConfig, anEscalation } from '../../../test/builders';
import type { Config } from '../config/schema';
import { acknowledgeDueAt, acknowledgedInTime, isOpenUntaken, isOverdue } from './acknowledge-deadline';

/** Monday 2 March 2026, 17:00 in Paris (UTC+1): one business hour left that day (the default calendar ends at 18:00). */
const MONDAY_17H = '2026-03-02T16:00:00.000Z';

const withHours = (base: Config, acknowledgeWithinHours: number | null): Config => ({
  ...base,
  escalation: { ...base.escalation, acknowledgeWithinHours },
});

describe('acknowledgeDueAt: the timer hours after the escalation', () => {
  it.each([
    ['24x7, 4 h', '24x7', 4, '2026-03-02T20:00:00.000Z'],
    ['24x7, 1.5 h = 90 minutes', '24x7', 1.5, '2026-03-02T17:30:00.000Z'],
    ['24x7, 0.01 h = 0.6 minute, rounded to 1 minute', '24x7', 0.01, '2026-03-02T16:01:00.000Z'],
    ['24x7, 0 h: the escalation instant itself', '24x7', 0, MONDAY_17H],
    ['business, 4 h: 1 h on Monday, 3 h from Tuesday 08:30 (11:30 Paris)', 'business', 4, '2026-03-03T10:30:00.000Z'],
    ['SLA mode counts business hours too (an SLA says nothing of this delay)', 'sla', 4, '2026-03-03T10:30:00.000Z'],
  ] as const)('%s', (_name, mode, hours, due) => {
    const base = aConfig({ timer: { mode, slaName: mode === 'sla' ? 'Time to first response' : null } });
    expect(acknowledgeDueAt({ at: MONDAY_17H }, withHours(base, hours))?.toISOString()).toBe(due);
  });

  it('the deadline off (null hours): no deadline, whatever the timer', () => {
    expect(acknowledgeDueAt({ at: MONDAY_17H }, withHours(a24x7Config(), null))).toBeNull();
    expect(acknowledgeDueAt({ at: MONDAY_17H }, withHours(aConfig(), null))).toBeNull();
  });

  it('SLA mode does not change the configuration given', () => {
    const config = aConfig({ timer: { mode: 'sla', slaName: 'Time to first response' } });
    acknowledgeDueAt({ at: MONDAY_17H }, config);
    expect(config.timer.mode).toBe('sla');
  });
});

describe('who is still waiting', () => {
  const REMINDER = { at: '2025-03-12T14:00:00.000Z' };
  it.each([
    ['open, no reminder: untaken, not overdue', {}, true, false],
    ['open, reminded: untaken and overdue', { reminder: REMINDER }, true, true],
    [
      'acknowledged after a reminder: neither',
      { reminder: REMINDER, acknowledgedAt: '2025-03-12T15:00:00.000Z' },
      false,
      false,
    ],
    ['closed after a reminder: neither', { reminder: REMINDER, closedAt: '2025-03-12T15:00:00.000Z' }, false, false],
    ['acknowledged, no reminder: neither', { acknowledgedAt: '2025-03-12T11:00:00.000Z' }, false, false],
    ['closed (or withdrawn), no reminder: neither', { closedAt: '2025-03-12T11:00:00.000Z' }, false, false],
  ])('%s', (_name, overrides, untaken, overdue) => {
    const entry = anEscalation(overrides);
    expect(isOpenUntaken(entry)).toBe(untaken);
    expect(isOverdue(entry)).toBe(overdue);
  });
});

describe('acknowledgedInTime: before the deadline and before any reminder', () => {
  const config = withHours(a24x7Config(), 4);
  const at = '2025-03-12T10:00:00.000Z';
  it.each([
    ['not acknowledged: no answer (null)', {}, null],
    ['1 ms before the deadline: in time', { acknowledgedAt: '2025-03-12T13:59:59.999Z' }, true],
    ['exactly at the deadline: in time', { acknowledgedAt: '2025-03-12T14:00:00.000Z' }, true],
    ['1 ms after the deadline: late', { acknowledgedAt: '2025-03-12T14:00:00.001Z' }, false],
    [
      'before the deadline but after a reminder went out: late',
      { acknowledgedAt: '2025-03-12T11:00:00.000Z', reminder: { at } },
      false,
    ],
  ])('%s', (_name, overrides, inTime) => {
    expect(acknowledgedInTime(anEscalation({ at, ...overrides }), config)).toBe(inTime);
  });

  it('the deadline off: no answer, even when acknowledged', () => {
    const entry = anEscalation({ at, acknowledgedAt: '2025-03-12T11:00:00.000Z' });
    expect(acknowledgedInTime(entry, withHours(config, null))).toBeNull();
  });
});

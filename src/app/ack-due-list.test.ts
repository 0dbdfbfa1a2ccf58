/** The list of acknowledgement deadlines (docs/rules.md §7b): its markers, and how long each stays. */
import { a24x7Config, anEscalation } from '../../test/builders';
import { fakePorts } from '../../test/support/fake-ports';
import type { Config } from '../domain/config';
import { ackDueMarker, ACK_DUE_PREFIX, parseAckDue, scheduleAckReminder } from './ack-due-list';

const DAY_S = 24 * 60 * 60;
const MARGIN_S = 30 * DAY_S;

describe('the markers', () => {
  it('a marker sorts by its deadline: ack-due:{ISO}:{key}:{level}', () => {
    expect(ACK_DUE_PREFIX).toBe('ack-due:');
    expect(ackDueMarker(new Date('2025-12-01T13:00:00.000Z'), 'SUP-3', 1)).toBe(
      'ack-due:2025-12-01T13:00:00.000Z:SUP-3:1',
    );
  });

  it.each([
    ['a plain key', 'ack-due:2025-12-01T13:00:00.000Z:SUP-3:1', 'SUP-3', 1],
    ['level 12', 'ack-due:2025-12-01T13:00:00.000Z:SUP-3:12', 'SUP-3', 12],
    ['a key with a colon (kept whole)', 'ack-due:2025-12-01T13:00:00.000Z:A:B-1:2', 'A:B-1', 2],
  ])('%s: parsed', (_name, marker, issueKey, level) => {
    expect(parseAckDue(marker)).toEqual({ marker, dueAt: new Date('2025-12-01T13:00:00.000Z'), issueKey, level });
  });

  it.each([
    ['another prefix', 'ack-duo:2025-12-01T13:00:00.000Z:SUP-3:1'],
    ['text before the prefix', 'x-ack-due:2025-12-01T13:00:00.000Z:SUP-3:1'],
    ['no milliseconds', 'ack-due:2025-12-01T13:00:00Z:SUP-3:1'],
    ['not UTC', 'ack-due:2025-12-01T13:00:00.000+01:00:SUP-3:1'],
    ['no key', 'ack-due:2025-12-01T13:00:00.000Z::1'],
    ['no level', 'ack-due:2025-12-01T13:00:00.000Z:SUP-3:'],
    ['a level that is not a number', 'ack-due:2025-12-01T13:00:00.000Z:SUP-3:one'],
    ['something after the level', 'ack-due:2025-12-01T13:00:00.000Z:SUP-3:1x'],
  ])('%s: not a marker (null)', (_name, marker) => {
    expect(parseAckDue(marker)).toBeNull();
  });
});

describe('scheduleAckReminder: a claim that lasts until the deadline plus a month, a year at most', () => {
  const at = '2025-03-12T10:00:00.000Z';
  const withHours = (acknowledgeWithinHours: number | null): Config => {
    const base = a24x7Config();
    return { ...base, escalation: { ...base.escalation, acknowledgeWithinHours } };
  };

  it.each([
    ['escalated now, 4 h deadline: 4 h + 30 days', at, 4, '2025-03-12T14:00:00.000Z', 4 * 3600 + MARGIN_S],
    [
      'the deadline 0.5 s away: rounded up to 1 s',
      '2025-03-12T13:59:59.500Z',
      4,
      '2025-03-12T14:00:00.000Z',
      1 + MARGIN_S,
    ],
    ['the deadline passed: the month only', '2025-03-12T15:00:00.000Z', 4, '2025-03-12T14:00:00.000Z', MARGIN_S],
    ['335 days away: exactly a year', at, 335 * 24, '2026-02-10T10:00:00.000Z', 365 * DAY_S],
    ['336 days away: capped at a year', at, 336 * 24, '2026-02-11T10:00:00.000Z', 365 * DAY_S],
    ['334 days away: under a year', at, 334 * 24, '2026-02-09T10:00:00.000Z', 364 * DAY_S],
  ])('%s', async (_name, nowIso, hours, dueIso, ttl) => {
    const ports = fakePorts(withHours(hours), nowIso);
    ports.store.claim = jest.fn(async () => true);
    await scheduleAckReminder(ports, ports.store.stored.config, 'SUP-1', anEscalation({ level: 2, at }));
    expect(ports.store.claim).toHaveBeenCalledWith(ackDueMarker(new Date(dueIso), 'SUP-1', 2), ttl);
  });

  it('the deadline off: nothing scheduled', async () => {
    const ports = fakePorts(withHours(null), at);
    ports.store.claim = jest.fn(async () => true);
    await scheduleAckReminder(ports, ports.store.stored.config, 'SUP-1', anEscalation({ at }));
    expect(ports.store.claim).not.toHaveBeenCalled();
  });
});

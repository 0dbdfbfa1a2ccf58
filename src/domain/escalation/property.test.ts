import { AGENT, aFollowUp, aRecord, anEscalation, CUSTOMER } from '../../../test/builders';
import type { RequestRecord } from '../record';
import { indexedDate, propertyFor } from './property';
import type { EscaladeProperty } from './types';

const AT = '2025-03-12T10:00:00.123Z';
const ACK = '2025-03-12T11:00:00.987Z';
/** What Jira's indexer accepts for `type: date` (manifest-reference/modules/jira-entity-property). */
const INDEXED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

type WithoutPolicy = Omit<EscaladeProperty, 'policy'>;

/** The property of one escalation at AT, acknowledged at ACK, with no follow-up. */
const ACKNOWLEDGED_AT_ACK: WithoutPolicy = {
  state: 'acknowledged',
  level: 1,
  escalatedAt: '2025-03-12T10:00:00Z',
  acknowledgedAt: '2025-03-12T11:00:00Z',
  overdue: false,
  followUps: 0,
};

describe('propertyFor', () => {
  describe.each<{ given: string; record: RequestRecord; then: WithoutPolicy }>([
    {
      given: 'no escalation',
      record: aRecord(),
      then: { state: 'none', level: 0, escalatedAt: null, acknowledgedAt: null, overdue: false, followUps: 0 },
    },
    {
      given: 'an open escalation and two follow-ups',
      record: aRecord({
        followUps: [aFollowUp({ commentId: '1' }), aFollowUp({ commentId: '2' })],
        escalations: [anEscalation({ at: AT })],
      }),
      then: {
        state: 'escalated',
        level: 1,
        escalatedAt: '2025-03-12T10:00:00Z',
        acknowledgedAt: null,
        overdue: false,
        followUps: 2,
      },
    },
    {
      given: 'an acknowledged escalation',
      record: aRecord({
        escalations: [anEscalation({ at: AT, acknowledgedAt: ACK, acknowledgedBy: AGENT, acknowledgeNote: 'mine' })],
      }),
      then: ACKNOWLEDGED_AT_ACK,
    },
    {
      given: 'a closed escalation',
      record: aRecord({
        escalations: [
          anEscalation({ at: AT, acknowledgedAt: ACK, closedAt: '2025-03-12T12:00:00.000Z', closeNote: 'done' }),
        ],
      }),
      then: {
        state: 'closed',
        level: 1,
        escalatedAt: '2025-03-12T10:00:00Z',
        acknowledgedAt: '2025-03-12T11:00:00Z',
        overdue: false,
        followUps: 0,
      },
    },
    {
      given: 'a closed level 1 and an open level 2 (stored out of order)',
      record: aRecord({
        escalations: [
          anEscalation({ level: 2, at: '2025-03-13T10:00:00.000Z' }),
          anEscalation({ at: AT, closedAt: ACK, closeNote: 'x' }),
        ],
      }),
      then: {
        state: 'escalated',
        level: 2,
        escalatedAt: '2025-03-13T10:00:00Z',
        acknowledgedAt: null,
        overdue: false,
        followUps: 0,
      },
    },
    {
      given: 'an escalation nobody acknowledged in time (the reminder went out)',
      record: aRecord({ escalations: [anEscalation({ at: AT, reminder: { at: ACK, notify: 'sent' } })] }),
      then: {
        state: 'escalated',
        level: 1,
        escalatedAt: '2025-03-12T10:00:00Z',
        acknowledgedAt: null,
        overdue: true,
        followUps: 0,
      },
    },
    {
      given: 'an overdue escalation taken in hand after its reminder: no longer overdue',
      record: aRecord({ escalations: [anEscalation({ at: AT, acknowledgedAt: ACK, reminder: { at: ACK } })] }),
      then: ACKNOWLEDGED_AT_ACK,
    },
    {
      given: 'a trimmed follow-up list',
      record: aRecord({ followUps: [aFollowUp()], followUpCount: 321 }),
      then: { state: 'none', level: 0, escalatedAt: null, acknowledgedAt: null, overdue: false, followUps: 321 },
    },
  ])('given $given', ({ record, then }) => {
    it('then the property says so, with no personal data', () => {
      const property = propertyFor(record);
      expect(property).toEqual({ ...then, policy: 'default' });
      for (const date of [property.escalatedAt, property.acknowledgedAt])
        if (date !== null) expect(date).toMatch(INDEXED_DATE_TIME);
      const json = JSON.stringify(property);
      for (const secret of [CUSTOMER, AGENT, 'no-answer', 'mine', 'done']) expect(json).not.toContain(secret);
    });
  });
});

describe('propertyFor: the support policy', () => {
  it('given the id of the policy that applies, then the property carries it (escaladePolicy), escalated or not', () => {
    expect(propertyFor(aRecord(), 'platinum').policy).toBe('platinum');
    expect(propertyFor(aRecord({ escalations: [anEscalation()] }), 'platinum')).toMatchObject({
      state: 'escalated',
      policy: 'platinum',
    });
  });
});

describe('indexedDate', () => {
  it.each([
    ['2025-03-12T10:00:00.000Z', '2025-03-12T10:00:00Z'],
    ['2025-03-12T10:00:59.999Z', '2025-03-12T10:00:59Z'],
    ['2025-03-12T11:00:00+01:00', '2025-03-12T10:00:00Z'],
    ['2025-03-12T10:00:00Z', '2025-03-12T10:00:00Z'],
    ['not a date', null],
  ])('%s → %s (seconds, UTC, no milliseconds)', (given, then) => {
    expect(indexedDate(given)).toBe(then);
    if (then) expect(then).toMatch(INDEXED_DATE_TIME);
  });
});

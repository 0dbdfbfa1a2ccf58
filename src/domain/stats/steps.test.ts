import { aRecord, anEscalation } from '../../../test/builders';
import { DEFAULT_CONFIG } from '../config/defaults';
import { followUpStep, projectOfKey, stepsOfEntry } from './steps';

// Monday 1 December 2025, 10:00 in Paris: the default deadline (4 business hours) is 14:00.
const AT = '2025-12-01T09:00:00.000Z';
const ackStep = (acknowledgedAt: string, config = DEFAULT_CONFIG, reminder?: { at: string }) =>
  stepsOfEntry('SUP-1', anEscalation({ at: AT, acknowledgedAt, reminder }), config).find(
    (s) => s.kind === 'acknowledged',
  );

describe('stepsOfEntry: acknowledged in time (escalation.acknowledgeWithinHours)', () => {
  it.each([
    ['before the deadline', '2025-12-01T12:59:00.000Z', true],
    ['at the deadline', '2025-12-01T13:00:00.000Z', true],
    ['after the deadline', '2025-12-01T13:01:00.000Z', false],
  ])('acknowledged %s', (_when, acknowledgedAt, inTime) => {
    expect(ackStep(acknowledgedAt)?.inTime).toBe(inTime);
  });
  it('is not in time once the reminder went out', () => {
    expect(ackStep('2025-12-01T12:00:00.000Z', DEFAULT_CONFIG, { at: AT })?.inTime).toBe(false);
  });
  it('says nothing (null) when no deadline applies', () => {
    const off = { ...DEFAULT_CONFIG, escalation: { ...DEFAULT_CONFIG.escalation, acknowledgeWithinHours: null } };
    expect(ackStep('2025-12-01T12:00:00.000Z', off)?.inTime).toBeNull();
  });
  it('counts a withdrawal as withdrawn, and a closing with its reason', () => {
    const withdrawn = stepsOfEntry(
      'SUP-1',
      anEscalation({ at: AT, closedAt: '2025-12-01T10:00:00.000Z', withdrawn: true }),
      DEFAULT_CONFIG,
    );
    expect(withdrawn.map((s) => s.kind)).toEqual(['escalated', 'withdrawn']);
    const closed = stepsOfEntry(
      'SUP-1',
      anEscalation({ at: AT, closedAt: '2025-12-01T10:00:00.000Z', closeReasonId: 'workaround' }),
      DEFAULT_CONFIG,
    );
    expect(closed[1]).toMatchObject({ kind: 'closed', closeReason: 'workaround' });
  });
  it('marks an escalation the app made by itself as automatic', () => {
    const steps = stepsOfEntry('SUP-1', anEscalation({ at: AT, automatic: 'ackTimeout' }), DEFAULT_CONFIG);
    expect(steps[0]).toMatchObject({ kind: 'escalated', automatic: true });
  });
});

describe('projectOfKey: the part before the last dash', () => {
  it.each([
    ['SUP-12', 'SUP'],
    ['IT2-7', 'IT2'],
    ['SUP', 'SUP'], // no dash: the key itself
    ['-1', '-1'], // a dash first: no project before it, the key itself
  ])('%s → %s', (key, project) => {
    expect(projectOfKey(key)).toBe(project);
  });
});

describe('followUpStep: in the policy of the latest escalation at or before it', () => {
  const facets = (policyId: string) => ({ requestType: null, organizations: [], policyId, followUpsBefore: 0 });
  const gold = anEscalation({ at: AT, facets: facets('gold') });
  it.each([
    { given: 'no escalation', escalations: [], at: AT, then: 'default' },
    { given: '1 ms before the escalation', escalations: [gold], at: '2025-12-01T08:59:59.999Z', then: 'default' },
    { given: 'at the very instant of the escalation', escalations: [gold], at: AT, then: 'gold' },
    // Jira gives a comment's time with the offset of its zone; the app writes escalations in UTC.
    {
      given: '08:30 UTC written +01:00 (09:30), before',
      escalations: [gold],
      at: '2025-12-01T09:30:00.000+01:00',
      then: 'default',
    },
    {
      given: '09:00 UTC written +01:00 (10:00), the same instant',
      escalations: [gold],
      at: '2025-12-01T10:00:00.000+01:00',
      then: 'gold',
    },
    {
      given: 'after a later level recorded without facets (an older entry)',
      escalations: [gold, anEscalation({ level: 2, at: '2025-12-01T10:00:00.000Z' })],
      at: '2025-12-01T11:00:00.000Z',
      then: 'gold',
    },
  ])('given $given, then the policy $then', ({ escalations, at, then }) => {
    const followUp = { commentId: '7', authorId: 'alice', at, notify: 'sent' as const };
    expect(followUpStep(aRecord({ escalations }), followUp).policyId).toBe(then);
  });
});

import { a24x7Config, aComment, aFollowUp, aRecord, aRequest } from '../../../test/builders';
import type { CommentFacts } from '../facts';
import type { NotifyOutcome, RequestRecord } from '../record';
import { applyFollowUp, MAX_FOLLOW_UP_ENTRIES } from './apply-follow-up';
import { decideFollowUp } from './decide-follow-up';
import type { FollowUpDecision } from './types';

const NOW = new Date('2025-03-11T10:00:00.000Z');
const LAST_EMAIL = '2025-03-11T09:50:00.000Z';
const recipients = { assignee: 'agent', groups: [], accountIds: [] };

describe('applyFollowUp', () => {
  const base = aRecord({
    followUps: [aFollowUp({ commentId: '1' })],
    followUpCount: 4,
    lastEmailAt: LAST_EMAIL,
    suppressedSinceEmail: 2,
  });
  const comment = aComment({ id: '77', createdAt: '2025-03-11T10:59:00.000+01:00' });

  describe.each<{
    given: string;
    decision: FollowUpDecision;
    outcome: NotifyOutcome | null;
    then: Partial<RequestRecord>;
    entry: object;
  }>([
    {
      given: 'a follow-up in cooldown',
      decision: { kind: 'record', reason: 'cooldown', count: 5 },
      outcome: null,
      then: { followUpCount: 5, lastEmailAt: LAST_EMAIL, suppressedSinceEmail: 3 },
      entry: { commentId: '77', at: comment.createdAt, notify: 'none', reason: 'cooldown' },
    },
    {
      given: 'a follow-up without recipient',
      decision: { kind: 'record', reason: 'unassignedNoRecipient', count: 5 },
      outcome: null,
      then: { followUpCount: 5, lastEmailAt: LAST_EMAIL, suppressedSinceEmail: 3 },
      entry: { notify: 'none', reason: 'unassignedNoRecipient' },
    },
    {
      given: 'an email sent after two suppressed',
      decision: { kind: 'notify', count: 5, suppressed: 2, recipients },
      outcome: 'sent',
      then: { followUpCount: 5, lastEmailAt: NOW.toISOString(), suppressedSinceEmail: 0 },
      entry: { notify: 'sent', suppressedBefore: 2 },
    },
    {
      given: 'an email of unknown outcome (notify got no answer: it may be out, so the cooldown starts)',
      decision: { kind: 'notify', count: 5, suppressed: 2, recipients },
      outcome: 'unknown',
      then: { followUpCount: 5, lastEmailAt: NOW.toISOString(), suppressedSinceEmail: 0 },
      entry: { notify: 'unknown', suppressedBefore: 2 },
    },
    {
      given: 'an email that failed',
      decision: { kind: 'notify', count: 5, suppressed: 2, recipients },
      outcome: 'failed',
      then: { followUpCount: 5, lastEmailAt: LAST_EMAIL, suppressedSinceEmail: 3 },
      entry: { notify: 'failed' },
    },
    {
      given: 'outgoing mail disabled',
      decision: { kind: 'notify', count: 5, suppressed: 2, recipients },
      outcome: 'mailDisabled',
      then: { followUpCount: 5, lastEmailAt: LAST_EMAIL, suppressedSinceEmail: 3 },
      entry: { notify: 'mailDisabled' },
    },
    {
      given: 'an email decided but no outcome given (not attempted): none, counted as suppressed',
      decision: { kind: 'notify', count: 5, suppressed: 2, recipients },
      outcome: null,
      then: { followUpCount: 5, lastEmailAt: LAST_EMAIL, suppressedSinceEmail: 3 },
      entry: { notify: 'none' },
    },
  ])('given $given', ({ decision, outcome, then, entry }) => {
    it('then the record counts it and keeps the email bookkeeping right', () => {
      const next = applyFollowUp(base, comment, decision, outcome, NOW);
      expect(next).toMatchObject(then);
      expect(next.followUps).toHaveLength(2);
      expect(next.followUps[1]).toMatchObject({ authorId: comment.authorId, ...entry });
      expect(base.followUps).toHaveLength(1); // the input is not mutated
    });
  });

  it('given an ignored comment, then the record is returned unchanged', () => {
    expect(applyFollowUp(base, comment, { kind: 'ignore', reason: 'internal' }, null, NOW)).toBe(base);
  });

  it('given an email with nothing suppressed, then the entry has no suppressedBefore', () => {
    const next = applyFollowUp(
      aRecord(),
      comment,
      { kind: 'notify', count: 1, suppressed: 0, recipients },
      'sent',
      NOW,
    );
    expect(next.followUps[0]).not.toHaveProperty('suppressedBefore');
  });

  it(`given ${MAX_FOLLOW_UP_ENTRIES} kept entries and 250 counted, then the oldest is dropped and the count stays exact`, () => {
    const followUps = Array.from({ length: MAX_FOLLOW_UP_ENTRIES }, (_, i) => aFollowUp({ commentId: `c${i}` }));
    const full = aRecord({ followUps, followUpCount: 250 });
    const next = applyFollowUp(full, comment, { kind: 'record', reason: 'cooldown', count: 251 }, null, NOW);
    expect(next.followUps).toHaveLength(MAX_FOLLOW_UP_ENTRIES);
    expect(next.followUps[0].commentId).toBe('c1');
    expect(next.followUps[MAX_FOLLOW_UP_ENTRIES - 1].commentId).toBe('77');
    expect(next.followUpCount).toBe(251);
  });
});

describe('follow-ups over time: email, two in cooldown, then an email that says two came in between', () => {
  const config = a24x7Config({ followUp: { cooldownMinutes: 30 } });
  const request = aRequest();
  const steps: { id: string; minute: number; expected: FollowUpDecision }[] = [
    {
      id: 'a',
      minute: 0,
      expected: {
        kind: 'notify',
        count: 1,
        suppressed: 0,
        recipients: { assignee: request.assigneeId, groups: [], accountIds: [] },
      },
    },
    { id: 'b', minute: 5, expected: { kind: 'record', reason: 'cooldown', count: 2 } },
    { id: 'b', minute: 6, expected: { kind: 'ignore', reason: 'alreadySeen' } },
    { id: 'c', minute: 20, expected: { kind: 'record', reason: 'cooldown', count: 3 } },
    {
      id: 'd',
      minute: 31,
      expected: {
        kind: 'notify',
        count: 4,
        suppressed: 2,
        recipients: { assignee: request.assigneeId, groups: [], accountIds: [] },
      },
    },
    { id: 'e', minute: 32, expected: { kind: 'record', reason: 'cooldown', count: 5 } },
  ];

  it('then each step decides as expected and the record ends consistent', () => {
    let record = aRecord();
    for (const step of steps) {
      const now = new Date(Date.UTC(2025, 2, 11, 9, step.minute));
      const comment: CommentFacts = aComment({ id: step.id, createdAt: now.toISOString() });
      const decision = decideFollowUp(comment, request, record, config, now);
      expect({ step: step.id, minute: step.minute, decision }).toEqual({
        step: step.id,
        minute: step.minute,
        decision: step.expected,
      });
      record = applyFollowUp(record, comment, decision, decision.kind === 'notify' ? 'sent' : null, now);
    }
    expect(record.followUpCount).toBe(5);
    expect(record.suppressedSinceEmail).toBe(1);
    expect(record.lastEmailAt).toBe(new Date(Date.UTC(2025, 2, 11, 9, 31)).toISOString());
    expect(record.followUps.map((f) => f.commentId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

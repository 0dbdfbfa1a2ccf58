/** The gadget's figures from the steps of a week: totals per kind, rankings, and shares with nothing to divide. */
import { applySteps, emptyBucket, type StatsStep } from './bucket';
import { summarize } from './summarize';

const WEEK = '2026-11-30';
let n = 0;
const step = (kind: StatsStep['kind'], more: Partial<StatsStep> = {}): StatsStep => ({
  id: `SUP-${++n}#${kind}`,
  kind,
  projectKey: 'SUP',
  at: '2026-11-30T09:00:00Z',
  policyId: 'default',
  ...more,
});
const figures = (steps: StatsStep[]) => summarize([applySteps(emptyBucket('SUP', WEEK), steps)], [WEEK]);

describe('summarize: totals, rankings and shares', () => {
  it('counts each kind of step in its own total (withdrawals, follow-ups and automatic escalations apart)', () => {
    const f = figures([
      step('escalated', { level: 1, automatic: true }),
      step('escalated', { level: 1 }),
      step('withdrawn'),
      step('followUp'),
      step('followUp'),
    ]);
    expect(f.totals).toStrictEqual({
      escalations: 2,
      acknowledged: 0,
      closed: 0,
      withdrawn: 1,
      followUps: 2,
      automatic: 1,
      repeat: 0,
      escalatedRequests: 2,
    });
  });

  it.each([
    {
      rule: 'most frequent first',
      reasons: ['a', 'b', 'b'],
      then: [
        { reasonId: 'b', count: 2 },
        { reasonId: 'a', count: 1 },
      ],
    },
    {
      rule: 'a tie by id, in order',
      reasons: ['c', 'a', 'b'],
      then: [
        { reasonId: 'a', count: 1 },
        { reasonId: 'b', count: 1 },
        { reasonId: 'c', count: 1 },
      ],
    },
  ])('ranks the reasons: $rule', ({ reasons, then }) => {
    expect(figures(reasons.map((reasonId) => step('escalated', { level: 1, reasonId }))).byReason).toStrictEqual(then);
  });

  it('ranks the closing reasons the same way, with their counts', () => {
    const f = figures(['fixed', 'dup', 'fixed'].map((closeReason) => step('closed', { closeReason })));
    expect(f.closeReasons).toStrictEqual([
      { id: 'fixed', count: 2 },
      { id: 'dup', count: 1 },
    ]);
  });

  it.each([
    { given: 'no step at all', steps: [], share: null, perRequest: null },
    {
      given: 'an acknowledgement with no deadline, and an escalation after 3 follow-ups',
      steps: [step('acknowledged', { inTime: null }), step('escalated', { level: 1, followUpsBefore: 3 })],
      share: null,
      perRequest: 3,
    },
    {
      given: 'one acknowledgement in time and one late',
      steps: [step('acknowledged', { inTime: true }), step('acknowledged', { inTime: false })],
      share: 0.5,
      perRequest: null,
    },
  ])(
    'given $given, the share in time is $share and follow-ups per request $perRequest',
    ({ steps, share, perRequest }) => {
      const f = figures(steps);
      expect(f.acknowledgedInTime.share).toBe(share);
      expect(f.followUpsPerEscalatedRequest).toBe(perRequest);
    },
  );
});

import { a24x7Config, aConfig, aFollowUp, aRecord, aRequest, anEscalation, anSla } from '../../../test/builders';
import { at, CREATED_AT, ELIGIBLE_AT, hours, iso, T } from '../../../test/times';
import type { Config } from '../config';
import type { SlaCycle } from '../facts';
import type { RequestRecord } from '../record';
import { portalState } from './portal-state';
import type { PortalDecision } from './types';

describe('portalState: levels (24/7, next level 8 h after the later of escalation and acknowledgement)', () => {
  const three = a24x7Config({
    escalation: { levels: [0, 1, 2].map(() => ({ notifyAssignee: true, recipients: { groups: [], accountIds: [] } })) },
  });
  describe.each<{
    given: string;
    escalations: RequestRecord['escalations'];
    now: Date;
    config?: Config;
    then: Partial<PortalDecision>;
  }>([
    {
      given: 'level 1 open, 7 h later',
      escalations: [anEscalation({ at: T })],
      now: at(7),
      then: { kind: 'escalated', level: 1, nextLevel: 2, nextLevelAt: at(8), canEscalate: false },
    },
    {
      given: 'level 1 open, 8 h later',
      escalations: [anEscalation({ at: T })],
      now: at(8),
      then: { kind: 'escalated', level: 1, nextLevel: 2, nextLevelAt: at(8), canEscalate: true },
    },
    {
      given: 'level 1 acknowledged after 4 h, 10 h later',
      escalations: [anEscalation({ at: T, acknowledgedAt: iso(4), acknowledgedBy: 'agent' })],
      now: at(10),
      then: { kind: 'escalated', level: 1, nextLevel: 2, nextLevelAt: at(12), canEscalate: false },
    },
    {
      given: 'level 1 acknowledged after 4 h, 12 h later (re-escalation after acknowledgement)',
      escalations: [anEscalation({ at: T, acknowledgedAt: iso(4), acknowledgedBy: 'agent' })],
      now: at(12),
      then: { kind: 'escalated', level: 1, nextLevel: 2, nextLevelAt: at(12), canEscalate: true },
    },
    {
      given: 'level 2 open (the last level)',
      escalations: [anEscalation({ at: iso(-20) }), anEscalation({ level: 2, at: T })],
      now: at(100),
      then: { kind: 'escalated', level: 2, nextLevel: null, nextLevelAt: undefined, canEscalate: false },
    },
    {
      given: 'level 1 closed after 10 h, 17 h later',
      escalations: [anEscalation({ at: T, acknowledgedAt: iso(2), closedAt: iso(10), closeNote: 'fixed' })],
      now: at(17),
      then: { kind: 'waiting', level: 1, nextLevel: 2, eligibleAt: at(18), nextLevelAt: at(18), canEscalate: false },
    },
    {
      given: 'level 1 closed after 10 h, 18 h later',
      escalations: [anEscalation({ at: T, closedAt: iso(10), closeNote: 'fixed' })],
      now: at(18),
      then: { kind: 'eligible', level: 1, nextLevel: 2, eligibleAt: at(18), canEscalate: true },
    },
    {
      given: 'level 2 closed (every level used)',
      escalations: [
        anEscalation({ at: iso(-20) }),
        anEscalation({ level: 2, at: T, closedAt: iso(1), closeNote: 'done' }),
      ],
      now: at(1000),
      then: {
        kind: 'waiting',
        level: 2,
        nextLevel: null,
        eligibleAt: undefined,
        nextLevelAt: undefined,
        canEscalate: false,
      },
    },
    {
      given: 'three levels configured, level 2 open 8 h later',
      escalations: [anEscalation({ at: iso(-20) }), anEscalation({ level: 2, at: T })],
      now: at(8),
      config: three,
      then: { kind: 'escalated', level: 2, nextLevel: 3, nextLevelAt: at(8), canEscalate: true },
    },
    {
      given: 'a stored level above the configured levels (config shrank)',
      escalations: [anEscalation({ level: 3, at: T })],
      now: at(100),
      then: { kind: 'escalated', level: 3, nextLevel: null, canEscalate: false },
    },
  ])('given $given', ({ escalations, now, config, then }) => {
    it('then the state follows the level rules', () => {
      const decision = portalState(aRequest(), aRecord({ escalations }), config ?? a24x7Config(), now);
      expect(decision).toMatchObject(Object.fromEntries(Object.entries(then).filter(([, v]) => v !== undefined)));
      for (const [k, v] of Object.entries(then)) if (v === undefined) expect(decision).not.toHaveProperty(k);
    });
  });

  it('given an escalated request that became critical, then it is critical and cannot escalate', () => {
    const request = aRequest({ impact: { value: 'Extensive' }, urgency: { value: 'Critical' } });
    const decision = portalState(request, aRecord({ escalations: [anEscalation({ at: T })] }), a24x7Config(), at(100));
    expect(decision).toMatchObject({ kind: 'critical', canEscalate: false, level: 1 });
  });
});

describe('portalState: SLA timer', () => {
  const config = a24x7Config({ timer: { mode: 'sla', slaName: 'Time to resolution' } });
  const NOW = new Date('2025-03-12T10:00:00Z');
  const past = NOW.getTime() - hours(2);
  const future = NOW.getTime() + hours(3);
  const ALLOWED_KEYS = [
    'kind',
    'eligibleAt',
    'nextLevelAt',
    'canEscalate',
    'level',
    'nextLevel',
    'maxLevel',
    'followUps',
    'followUpRequired',
    'classification',
  ];

  describe.each<{
    given: string;
    sla: SlaCycle | null | undefined;
    kind: string;
    canEscalate: boolean;
    eligibleAt?: Date;
  }>([
    { given: 'no SLA cycle (undefined)', sla: undefined, kind: 'waiting', canEscalate: false },
    { given: 'no SLA cycle (null)', sla: null, kind: 'waiting', canEscalate: false },
    { given: 'a paused cycle', sla: anSla({ paused: true, breachTime: future }), kind: 'waiting', canEscalate: false },
    {
      given: 'a running cycle, not breached',
      sla: anSla({ breachTime: future }),
      kind: 'waiting',
      canEscalate: false,
      eligibleAt: new Date(future),
    },
    {
      given: 'a running cycle without breach time',
      sla: anSla({ breachTime: null }),
      kind: 'waiting',
      canEscalate: false,
    },
    {
      given: 'a running cycle whose breach time just passed (not flagged yet)',
      sla: anSla({ breachTime: past }),
      kind: 'eligible',
      canEscalate: true,
      eligibleAt: new Date(past),
    },
    {
      given: 'a breached cycle',
      sla: anSla({ breached: true, breachTime: past }),
      kind: 'eligible',
      canEscalate: true,
      eligibleAt: new Date(past),
    },
    {
      given: 'a breached cycle without breach time',
      sla: anSla({ breached: true }),
      kind: 'eligible',
      canEscalate: true,
    },
    {
      given: 'a breached cycle, paused since (the breach already happened)',
      sla: anSla({ breached: true, paused: true, breachTime: past }),
      kind: 'eligible',
      canEscalate: true,
      eligibleAt: new Date(past),
    },
  ])('given $given', ({ sla, kind, canEscalate, eligibleAt }) => {
    const decide = () => portalState(aRequest(), aRecord(), config, NOW, sla);
    it(`then ${kind}, canEscalate ${canEscalate}`, () => {
      const decision = decide();
      expect(decision.kind).toBe(kind);
      expect(decision.canEscalate).toBe(canEscalate);
      expect(decision.eligibleAt).toEqual(eligibleAt);
    });
    it('then no SLA data leaks into the decision', () => {
      const decision = decide();
      expect(Object.keys(decision).every((k) => ALLOWED_KEYS.includes(k))).toBe(true);
      const json = JSON.stringify(decision);
      for (const word of ['breach', 'paused', 'remaining', 'elapsed', 'sla', 'Time to resolution']) {
        expect(json.toLowerCase()).not.toContain(word.toLowerCase());
      }
    });
  });

  it('given SLA mode and an open level 1, then the next level counts business hours (Friday 16:00 + 8 h = Monday 14:30)', () => {
    const slaBusiness = aConfig({ timer: { mode: 'sla', slaName: 'Time to resolution' } });
    const record = aRecord({ escalations: [anEscalation({ at: '2025-03-14T16:00:00+01:00' })] });
    const decision = portalState(
      aRequest(),
      record,
      slaBusiness,
      new Date('2025-03-15T10:00:00Z'),
      anSla({ breached: true }),
    );
    expect(decision.nextLevelAt).toEqual(new Date('2025-03-17T14:30:00+01:00'));
    expect(decision.kind).toBe('escalated');
  });

  it('given a 24/7 timer, then an SLA cycle passed by mistake is ignored', () => {
    const decision = portalState(aRequest(), aRecord(), a24x7Config(), new Date(CREATED_AT), anSla({ breached: true }));
    expect(decision.kind).toBe('waiting');
    expect(decision.eligibleAt).toEqual(ELIGIBLE_AT);
  });
});

describe('portalState: follow-up summary', () => {
  it('given follow-ups, then it gives the exact count and the newest date', () => {
    const record = aRecord({
      followUps: [
        aFollowUp({ commentId: '1', at: '2025-03-11T10:00:00Z' }),
        aFollowUp({ commentId: '2', at: '2025-03-12T09:00:00Z' }),
        aFollowUp({ commentId: '3', at: '2025-03-10T09:00:00Z' }),
      ],
      followUpCount: 250,
    });
    expect(portalState(aRequest(), record, a24x7Config(), at(0)).followUps).toEqual({
      count: 250,
      lastAt: '2025-03-12T09:00:00Z',
    });
  });
  it('given none, then count 0 and no date', () => {
    expect(portalState(aRequest(), aRecord(), a24x7Config(), at(0)).followUps).toEqual({ count: 0 });
  });
});

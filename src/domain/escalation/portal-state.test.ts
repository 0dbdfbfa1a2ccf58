import { a24x7Config, aConfig, aFollowUp, aRecord, aRequest, anEscalation } from '../../../test/builders';
import { addMs, at, CREATED_AT, ELIGIBLE_AT, hours, iso } from '../../../test/times';
import type { Config } from '../config';
import type { RequestRecord } from '../record';
import { portalState } from './portal-state';
import type { PortalDecision } from './types';

describe('portalState: the kind before any escalation (24/7 timer)', () => {
  describe.each<{
    given: string;
    request?: Parameters<typeof aRequest>[0];
    config?: Parameters<typeof a24x7Config>[0];
    now: Date;
    kind: PortalDecision['kind'];
    canEscalate: boolean;
    eligibleAt?: Date;
  }>([
    {
      given: 'a resolved request',
      request: { statusCategory: 'done' },
      now: at(100),
      kind: 'resolved',
      canEscalate: false,
    },
    {
      given: 'a resolved critical request (resolved wins)',
      request: { statusCategory: 'done', impact: { value: 'Extensive / Widespread' }, urgency: { value: 'Critical' } },
      now: at(100),
      kind: 'resolved',
      canEscalate: false,
    },
    {
      given: 'a project the app is not active in',
      config: { projects: ['OTHER'] },
      now: at(100),
      kind: 'inactive',
      canEscalate: false,
    },
    {
      given: 'a listed project',
      config: { projects: ['OTHER', 'SUP'] },
      now: ELIGIBLE_AT,
      kind: 'eligible',
      canEscalate: true,
      eligibleAt: ELIGIBLE_AT,
    },
    {
      given: 'a critical request by the matrix',
      request: { impact: { value: 'Extensive / Widespread' }, urgency: { value: 'Critical' } },
      now: at(100),
      kind: 'critical',
      canEscalate: false,
    },
    {
      given: 'an always-critical request type',
      request: { requestTypeId: '77' },
      config: { critical: { requestTypeIds: ['77'] } },
      now: at(100),
      kind: 'critical',
      canEscalate: false,
    },
    {
      given: 'an always-critical priority',
      request: { priority: { id: '1', name: 'Highest' } },
      config: { critical: { priorities: ['Highest'] } },
      now: at(100),
      kind: 'critical',
      canEscalate: false,
    },
    {
      given: 'one minute before the delay',
      now: addMs(ELIGIBLE_AT, -60_000),
      kind: 'waiting',
      canEscalate: false,
      eligibleAt: ELIGIBLE_AT,
    },
    { given: 'exactly at the delay', now: ELIGIBLE_AT, kind: 'eligible', canEscalate: true, eligibleAt: ELIGIBLE_AT },
    {
      given: 'no impact nor urgency (default 24 h)',
      request: { impact: null, urgency: null },
      now: addMs(CREATED_AT, hours(23)),
      kind: 'waiting',
      canEscalate: false,
      eligibleAt: addMs(CREATED_AT, hours(24)),
    },
  ])('given $given', ({ request, config, now, kind, canEscalate, eligibleAt }) => {
    it(`then it is ${kind}, canEscalate ${canEscalate}`, () => {
      const decision = portalState(aRequest(request), aRecord(), a24x7Config(config), now);
      expect(decision.kind).toBe(kind);
      expect(decision.canEscalate).toBe(canEscalate);
      expect(decision.eligibleAt).toEqual(eligibleAt);
      expect(decision.level).toBe(0);
      expect(decision.maxLevel).toBe(2);
      expect(decision.nextLevel).toBe(kind === 'waiting' || kind === 'eligible' ? 1 : null);
      if (kind !== 'resolved' && kind !== 'inactive')
        expect(decision.classification.critical).toBe(kind === 'critical');
    });
  });
});

describe('portalState: business hours (default calendar, Europe/Paris)', () => {
  it('given a Monday 09:00 request with a 16 h delay, then eligible on Tuesday at 15:30 Paris time', () => {
    const decision = portalState(aRequest(), aRecord(), aConfig(), new Date('2025-03-11T14:29:00Z'));
    expect(decision.eligibleAt).toEqual(new Date('2025-03-11T15:30:00+01:00'));
    expect(decision.kind).toBe('waiting');
    expect(portalState(aRequest(), aRecord(), aConfig(), new Date('2025-03-11T14:30:00Z')).kind).toBe('eligible');
  });
  it('given a Friday 17:00 request with a 2 h delay, then eligible on Monday at 09:30 (weekend skipped)', () => {
    const request = aRequest({
      createdAt: '2025-03-14T17:00:00+01:00',
      impact: { value: 'Extensive / Widespread' },
      urgency: { value: 'High' },
    });
    const decision = portalState(request, aRecord(), aConfig(), new Date('2025-03-15T12:00:00Z'));
    expect(decision.eligibleAt).toEqual(new Date('2025-03-17T09:30:00+01:00'));
    expect(decision.kind).toBe('waiting');
  });
});

describe('portalState: "a follow-up is required first"', () => {
  const config = a24x7Config({ followUp: { requiredBeforeEscalation: true } });
  describe.each<{
    given: string;
    record: RequestRecord;
    cfg: Config;
    kind: string;
    canEscalate: boolean;
    followUpRequired: boolean;
  }>([
    {
      given: 'the option on and no follow-up',
      record: aRecord(),
      cfg: config,
      kind: 'waiting',
      canEscalate: false,
      followUpRequired: true,
    },
    {
      given: 'the option on and one follow-up',
      record: aRecord({ followUps: [aFollowUp()] }),
      cfg: config,
      kind: 'eligible',
      canEscalate: true,
      followUpRequired: false,
    },
    {
      given: 'the option off and no follow-up',
      record: aRecord(),
      cfg: a24x7Config(),
      kind: 'eligible',
      canEscalate: true,
      followUpRequired: false,
    },
    {
      given: 'the option on, no follow-up, level 1 closed long ago (only the first level needs one)',
      record: aRecord({ escalations: [anEscalation({ at: iso(-100), closedAt: iso(-90), closeNote: 'done' })] }),
      cfg: config,
      kind: 'eligible',
      canEscalate: true,
      followUpRequired: false,
    },
  ])('given $given, after the delay', ({ record, cfg, kind, canEscalate, followUpRequired }) => {
    it(`then ${kind}, followUpRequired ${followUpRequired}`, () => {
      const decision = portalState(aRequest(), record, cfg, at(0));
      expect(decision.kind).toBe(kind);
      expect(decision.canEscalate).toBe(canEscalate);
      expect(decision.followUpRequired).toBe(followUpRequired);
    });
  });

  it('given the option on and a critical request, then followUpRequired is false (no link at all)', () => {
    const request = aRequest({ impact: { value: 'Extensive' }, urgency: { value: 'Critical' } });
    expect(portalState(request, aRecord(), config, at(0)).followUpRequired).toBe(false);
  });
});

describe('portalState: the first escalation needs at least one configured level', () => {
  const level = { notifyAssignee: true, recipients: { groups: [], accountIds: [] } };
  it.each([
    { given: 'no level (a configuration the schema refuses)', levels: [], kind: 'waiting', canEscalate: false },
    { given: 'exactly one level', levels: [level], kind: 'eligible', canEscalate: true },
    { given: 'two levels', levels: [level, level], kind: 'eligible', canEscalate: true },
  ])('given $given, after the delay, then $kind', ({ levels, kind, canEscalate }) => {
    const decision = portalState(aRequest(), aRecord(), a24x7Config({ escalation: { levels } }), ELIGIBLE_AT);
    expect(decision).toMatchObject({ kind, canEscalate, maxLevel: levels.length, nextLevel: 1 });
  });
});

/** Which support policy applies (table-driven), and the settings it gives, down to a portal date across a DST change. */
import { a24x7Config, aConfig, aPolicy, aRecord, aRequest } from '../../../test/builders';
import type { Config, Policy } from '../config';
import { portalState } from '../escalation/portal-state';
import { effectiveSettings } from './effective-settings';
import { DEFAULT_POLICY, policyFactsOf, selectPolicy, type MatchedOn, type PolicyFacts } from './select-policy';

const facts = (f: Partial<PolicyFacts> = {}): PolicyFacts => ({
  projectKey: 'SUP',
  requestTypeId: '12',
  organizationIds: [],
  ...f,
});

const platinum = aPolicy('platinum', { organizationIds: ['2'] });
const outage = aPolicy('outage', { requestTypeIds: ['15'] });
const montreal = aPolicy('montreal', { projects: ['MTL'] });
const mtlOutage = aPolicy('mtl-outage', { projects: ['MTL'], requestTypeIds: ['15', '16'] });
const catchAll = aPolicy('everyone');

describe('selectPolicy: the first policy that matches applies', () => {
  it.each<{
    given: string;
    policies: Policy[];
    request: Partial<PolicyFacts>;
    id: string;
    matchedOn: MatchedOn | null;
  }>([
    { given: 'no policies', policies: [], request: {}, id: 'default', matchedOn: null },
    { given: 'no policy matching', policies: [platinum, montreal], request: {}, id: 'default', matchedOn: null },
    {
      given: 'an organization match',
      policies: [platinum],
      request: { organizationIds: ['2'] },
      id: 'platinum',
      matchedOn: { organizationId: '2' },
    },
    {
      given: 'several organizations, one of them listed',
      policies: [platinum],
      request: { organizationIds: ['1', '2', '3'] },
      id: 'platinum',
      matchedOn: { organizationId: '2' },
    },
    {
      given: 'several organizations, none listed',
      policies: [platinum],
      request: { organizationIds: ['1', '3'] },
      id: 'default',
      matchedOn: null,
    },
    {
      given: 'no organization, a policy listing organizations',
      policies: [platinum],
      request: { organizationIds: [] },
      id: 'default',
      matchedOn: null,
    },
    {
      given: 'no organization, a policy whose organization list is empty',
      policies: [outage],
      request: { requestTypeId: '15' },
      id: 'outage',
      matchedOn: { requestTypeId: '15' },
    },
    {
      given: 'no request type, a policy listing request types',
      policies: [outage],
      request: { requestTypeId: null },
      id: 'default',
      matchedOn: null,
    },
    {
      given: 'two lists, both hold a value (AND)',
      policies: [mtlOutage],
      request: { projectKey: 'MTL', requestTypeId: '16' },
      id: 'mtl-outage',
      matchedOn: { project: 'MTL', requestTypeId: '16' },
    },
    {
      given: 'two lists, only one holds a value',
      policies: [mtlOutage],
      request: { projectKey: 'MTL', requestTypeId: '12' },
      id: 'default',
      matchedOn: null,
    },
    {
      given: 'two matching policies: the first in order wins',
      policies: [outage, platinum],
      request: { requestTypeId: '15', organizationIds: ['2'] },
      id: 'outage',
      matchedOn: { requestTypeId: '15' },
    },
    {
      given: 'the same two in the other order',
      policies: [platinum, outage],
      request: { requestTypeId: '15', organizationIds: ['2'] },
      id: 'platinum',
      matchedOn: { organizationId: '2' },
    },
    {
      given: 'a first policy not matching, a later one matching',
      policies: [montreal, platinum],
      request: { organizationIds: ['2'] },
      id: 'platinum',
      matchedOn: { organizationId: '2' },
    },
    {
      given: 'a catch-all last, nothing else matching',
      policies: [platinum, catchAll],
      request: {},
      id: 'everyone',
      matchedOn: {},
    },
    {
      given: 'a preview naming no project, a policy listing projects',
      policies: [montreal],
      request: { projectKey: null },
      id: 'default',
      matchedOn: null,
    },
    {
      given: 'three lists, all holding a value',
      policies: [aPolicy('all', { projects: ['SUP'], requestTypeIds: ['12'], organizationIds: ['1'] })],
      request: { organizationIds: ['3', '1'] },
      id: 'all',
      matchedOn: { project: 'SUP', requestTypeId: '12', organizationId: '1' },
    },
    {
      given: 'project keys are matched exactly',
      policies: [montreal],
      request: { projectKey: 'mtl' },
      id: 'default',
      matchedOn: null,
    },
  ])('given $given, then $id applies', ({ policies, request, id, matchedOn }) => {
    const applied = selectPolicy(aConfig({ policies }), facts(request));
    expect(applied.id).toBe(id);
    expect(applied.matchedOn).toEqual(matchedOn);
  });
});

describe('effectiveSettings: overrides replace, absent ones inherit', () => {
  const levels: Config['escalation']['levels'] = [
    { notifyAssignee: true, recipients: { groups: ['support-l1'], accountIds: [] } },
    { notifyAssignee: false, recipients: { groups: ['platinum-managers'], accountIds: [] } },
    { notifyAssignee: false, recipients: { groups: ['cto'], accountIds: [] } },
  ];
  const tiered = aPolicy('platinum', { organizationIds: ['2'] }, { defaultDelayHours: 2, levels });

  it('given no matching policy, then the stored configuration is returned as is', () => {
    const config = aConfig({ policies: [tiered] });
    const eff = effectiveSettings(config, facts());
    expect(eff.config).toBe(config);
    expect(eff.policy).toEqual(DEFAULT_POLICY);
  });
  it('given a matching policy, then its overrides apply and everything else is inherited', () => {
    const config = aConfig({ policies: [tiered], escalation: { nextLevelDelayHours: 5 } });
    const eff = effectiveSettings(config, facts({ organizationIds: ['2'] }));
    expect(eff.policy).toMatchObject({
      id: 'platinum',
      index: 0,
      name: { fr: 'Politique platinum', en: 'Policy platinum' },
    });
    expect(eff.config.defaultDelayHours).toBe(2);
    expect(eff.config.escalation.levels).toEqual(levels);
    expect(eff.config.escalation.nextLevelDelayHours).toBe(5);
    expect(eff.config.matrix).toEqual(config.matrix);
    expect(eff.config.calendar).toEqual(config.calendar);
    expect(eff.config.timer).toEqual(config.timer);
    expect(eff.config.critical).toEqual(config.critical);
    expect(eff.config.escalation.reasons).toEqual(config.escalation.reasons);
    expect(eff.config.escalation.effects).toEqual(config.escalation.effects);
  });
  it('given each override alone, then only that setting changes', () => {
    const base = aConfig();
    const overrides: Partial<Policy>[] = [
      { matrix: { ...base.matrix, minor: { ...base.matrix.minor, lowest: 1 } } },
      { timer: { mode: '24x7', slaName: null } },
      { calendar: { ...base.calendar, timezone: 'America/Toronto' } },
      { critical: { ...base.critical, phone: '+1 514 555 0100' } },
      { nextLevelDelayHours: 1 },
      { acknowledgeWithinHours: null },
      { acknowledgeWithinHours: 1 },
    ];
    for (const o of overrides) {
      const config = aConfig({ policies: [aPolicy('p', {}, o)] });
      const eff = effectiveSettings(config, facts()).config;
      const [key] = Object.keys(o) as (keyof Policy)[];
      const onEscalation = key === 'nextLevelDelayHours' || key === 'acknowledgeWithinHours';
      const got = onEscalation ? eff.escalation[key] : eff[key as keyof Config];
      expect(got).toEqual(o[key]);
      expect({ ...eff, [key]: undefined, escalation: { ...eff.escalation, [key]: undefined } }).toEqual({
        ...base,
        policies: config.policies,
        [key]: undefined,
        escalation: { ...base.escalation, [key]: undefined },
      });
    }
  });
  it('given a request, then its matching facts come from its own fields (organization ids)', () => {
    const request = aRequest({
      projectKey: 'MTL',
      requestTypeId: '15',
      organizations: [
        { id: '2', name: 'Durand Conseil' },
        { id: '7', name: null },
      ],
    });
    expect(policyFactsOf(request)).toEqual({ projectKey: 'MTL', requestTypeId: '15', organizationIds: ['2', '7'] });
    expect(policyFactsOf(aRequest({ organizations: undefined })).organizationIds).toEqual([]);
  });
  it('given a matching policy, then the classification follows its matrix (critical cell)', () => {
    const base = a24x7Config();
    const matrix = { ...base.matrix, moderate: { ...base.matrix.moderate, medium: 'critical' as const } };
    const config = a24x7Config({ policies: [aPolicy('outage', { requestTypeIds: ['15'] }, { matrix })] });
    const request = aRequest({ requestTypeId: '15' });
    const eff = effectiveSettings(config, policyFactsOf(request)).config;
    expect(portalState(request, aRecord(), eff, new Date(request.createdAt)).kind).toBe('critical');
    expect(portalState(aRequest(), aRecord(), config, new Date(request.createdAt)).kind).toBe('waiting');
  });
});

describe('a matching policy with a calendar in another time zone, across a DST change', () => {
  // Montréal (America/Toronto), 09:00–17:00, Monday to Friday, no public holidays. Clocks go forward on
  // Sunday 8 March 2026 (EST UTC−5 → EDT UTC−4). Paris stays on UTC+1 until 29 March.
  const montrealCalendar: Config['calendar'] = {
    timezone: 'America/Toronto',
    workingDays: [1, 2, 3, 4, 5],
    hours: [{ start: '09:00', end: '17:00' }],
    holidaysCountry: null,
    closedDates: [],
  };
  const config = aConfig({
    policies: [aPolicy('montreal', { projects: ['MTL'] }, { calendar: montrealCalendar, defaultDelayHours: 4 })],
  });
  // Friday 6 March 2026, 16:00 in Montréal (21:00Z): one business hour left that day.
  const createdAt = '2026-03-06T16:00:00.000-05:00';
  const noLevels = { impact: null, urgency: null };

  it.each<{ given: string; request: { projectKey: string }; eligibleAt: string }>([
    {
      given: 'the Montréal project',
      request: { projectKey: 'MTL' },
      // 1 h on Friday, then 3 h from Monday 09:00 EDT (13:00Z): 12:00 EDT = 16:00Z.
      eligibleAt: '2026-03-09T16:00:00.000Z',
    },
    {
      given: 'another project (the default policy, Paris 08:30–18:00, 24 h)',
      request: { projectKey: 'SUP' },
      // 21:00Z Friday is 22:00 in Paris (closed); 24 h = 2 days and 5 h from Monday 08:30 → Wednesday 13:30 Paris.
      eligibleAt: '2026-03-11T12:30:00.000Z',
    },
  ])('given $given, then the link appears at $eligibleAt', ({ request, eligibleAt }) => {
    const r = aRequest({ createdAt, ...noLevels, ...request });
    const eff = effectiveSettings(config, policyFactsOf(r));
    const d = portalState(r, aRecord(), eff.config, new Date('2026-03-07T00:00:00Z'));
    expect(d.eligibleAt?.toISOString()).toBe(eligibleAt);
  });
});

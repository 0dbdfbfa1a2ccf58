import { DEFAULT_CONFIG } from './defaults';
import { parseConfig, type ConfigFieldError } from './parse';
import type { Policy } from './policy-schema';
import { policyWarnings } from './policy-warnings';
import type { Config } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const policy = (id: string, match: Partial<Policy['match']> = {}, more: Loose = {}): Loose => ({
  id,
  name: { fr: `Politique ${id}`, en: `Policy ${id}` },
  match: { projects: [], requestTypeIds: [], organizationIds: [], ...match },
  ...more,
});

const withPolicies = (...policies: Loose[]): Loose => ({ ...structuredClone(DEFAULT_CONFIG), policies });

function errorsOf(input: unknown): Pick<ConfigFieldError, 'path' | 'key'>[] {
  const r = parseConfig(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors.map(({ path, key }) => ({ path, key }));
}

const platinum = policy('platinum', { organizationIds: ['2'] });

describe('parseConfig: policies', () => {
  it('given the defaults, then there are no policies', () => {
    expect(DEFAULT_CONFIG.policies).toEqual([]);
  });
  it('given policies with every override, then they parse unchanged', () => {
    const full = policy(
      'montreal',
      { projects: ['MTL'], requestTypeIds: ['15'], organizationIds: ['1', '2'] },
      {
        matrix: DEFAULT_CONFIG.matrix,
        defaultDelayHours: 4,
        timer: { mode: '24x7', slaName: null },
        calendar: { ...DEFAULT_CONFIG.calendar, timezone: 'America/Toronto', holidaysCountry: 'CA-QC' },
        critical: { ...DEFAULT_CONFIG.critical, phone: '+1 514 555 0100' },
        levels: [{ notifyAssignee: false, recipients: { groups: ['mtl-managers'], accountIds: [] } }],
        nextLevelDelayHours: 2,
        acknowledgeWithinHours: null,
      },
    );
    const input = withPolicies(platinum, full);
    const r = parseConfig(input);
    expect(r).toEqual({ ok: true, value: input });
  });

  it.each<{ given: string; policies: Loose[]; errors: Pick<ConfigFieldError, 'path' | 'key'>[] }>([
    {
      given: 'two policies with the same id',
      policies: [platinum, policy('platinum', { projects: ['SUP'] })],
      errors: [{ path: 'policies.1.id', key: 'config.error.duplicatePolicy' }],
    },
    {
      given: 'an id that is not a slug',
      policies: [policy('Platinum Tier', { projects: ['SUP'] })],
      errors: [{ path: 'policies.0.id', key: 'config.error.policyId' }],
    },
    {
      given: 'the reserved id "default"',
      policies: [policy('default', { projects: ['SUP'] })],
      errors: [{ path: 'policies.0.id', key: 'config.error.reservedPolicyId' }],
    },
    {
      given: 'a catch-all policy before another',
      policies: [policy('everyone'), platinum],
      errors: [{ path: 'policies.0.match', key: 'config.error.catchAllNotLast' }],
    },
    {
      given: 'a calendar override with no working hours',
      policies: [policy('night', { projects: ['SUP'] }, { calendar: { ...DEFAULT_CONFIG.calendar, hours: [] } })],
      // As at the top level: no hours, and so no delay can elapse on it.
      errors: [
        { path: 'policies.0.calendar.hours', key: 'config.error.noHours' },
        { path: 'policies.0.calendar', key: 'config.error.unreachable' },
      ],
    },
    {
      given: 'a calendar override with no working day',
      policies: [policy('night', { projects: ['SUP'] }, { calendar: { ...DEFAULT_CONFIG.calendar, workingDays: [] } })],
      errors: [
        { path: 'policies.0.calendar.workingDays', key: 'config.error.noWorkingDays' },
        { path: 'policies.0.calendar', key: 'config.error.unreachable' },
      ],
    },
    {
      given: 'an SLA timer override without an SLA name',
      policies: [policy('sla', { projects: ['SUP'] }, { timer: { mode: 'sla', slaName: null } })],
      errors: [{ path: 'policies.0.timer.slaName', key: 'config.error.slaName' }],
    },
    {
      given: 'a levels override with a level emailing nobody',
      policies: [
        policy(
          'p',
          { projects: ['SUP'] },
          { levels: [{ notifyAssignee: false, recipients: { groups: [], accountIds: [] } }] },
        ),
      ],
      errors: [{ path: 'policies.0.levels.0.recipients', key: 'config.error.noRecipients' }],
    },
    {
      given: 'an empty levels override',
      policies: [policy('p', { projects: ['SUP'] }, { levels: [] })],
      errors: [{ path: 'policies.0.levels', key: 'config.error.noLevels' }],
    },
    {
      given: 'a malformed organization id',
      policies: [policy('p', { organizationIds: ['acme'] })],
      errors: [{ path: 'policies.0.match.organizationIds.0', key: 'config.error.organizationId' }],
    },
    {
      given: 'a malformed project key',
      policies: [policy('p', { projects: ['sup'] })],
      errors: [{ path: 'policies.0.match.projects.0', key: 'config.error.projectKey' }],
    },
    {
      given: 'an unknown override',
      policies: [policy('p', { projects: ['SUP'] }, { language: 'en' })],
      errors: [{ path: 'policies.0.language', key: 'config.error.unknownKey' }],
    },
    {
      given: 'a policy without a match',
      policies: [{ id: 'p', name: { fr: 'P', en: 'P' } }],
      errors: [{ path: 'policies.0.match', key: 'config.error.object' }],
    },
  ])('given $given, then it is refused with that field', ({ policies, errors }) => {
    expect(errorsOf(withPolicies(...policies))).toEqual(errors);
  });

  it('given more than 50 policies, then the list is refused', () => {
    const many = Array.from({ length: 51 }, (_, i) => policy(`p${i}`, { projects: ['SUP'] }));
    expect(errorsOf(withPolicies(...many))).toEqual([{ path: 'policies', key: 'config.error.tooMany' }]);
  });
  it('given notify off, then a policy level emailing nobody is accepted', () => {
    const input = withPolicies(
      policy(
        'p',
        { projects: ['SUP'] },
        { levels: [{ notifyAssignee: false, recipients: { groups: [], accountIds: [] } }] },
      ),
    );
    input.escalation.effects.notify = false;
    expect(parseConfig(input).ok).toBe(true);
  });
  it('given a catch-all policy last, then it is accepted', () => {
    expect(parseConfig(withPolicies(platinum, policy('everyone'))).ok).toBe(true);
  });
  it.each<{ given: string; match: Partial<Policy['match']>; then: string }>([
    { given: 'a project only', match: { projects: ['SUP'] }, then: 'accepted' },
    { given: 'a request type only', match: { requestTypeIds: ['15'] }, then: 'accepted' },
    { given: 'an organization only', match: { organizationIds: ['2'] }, then: 'accepted' },
    { given: 'nothing (every request)', match: {}, then: 'config.error.catchAllNotLast' },
  ])('given a policy matching $given before another, then $then', ({ match, then }) => {
    const r = parseConfig(withPolicies(policy('first', match), platinum));
    expect(r.ok ? 'accepted' : r.errors).toStrictEqual(
      then === 'accepted' ? then : [{ path: 'policies.0.match', key: then }],
    );
  });
});

describe('policyWarnings', () => {
  const config = (...ps: Loose[]) => withPolicies(...ps) as Config;
  it('given a catch-all last, then the admin is warned (the default no longer applies), named in their language', () => {
    const w = policyWarnings(config(platinum, policy('everyone')), 'fr');
    expect(w).toEqual([
      { path: 'policies.1.match', key: 'config.warning.catchAll', params: { name: 'Politique everyone' } },
    ]);
  });
  it('given ids the site does not show, then each is a warning naming it', () => {
    const p = policy('p', { projects: ['SUP', 'GONE'], requestTypeIds: ['15', '99'], organizationIds: ['2', '77'] });
    const w = policyWarnings(config(p), 'en', { projects: ['SUP'], requestTypeIds: ['15'], organizationIds: ['2'] });
    expect(w).toEqual([
      { path: 'policies.0.match.projects.1', key: 'config.warning.unknownProject', params: { value: 'GONE' } },
      { path: 'policies.0.match.requestTypeIds.1', key: 'config.warning.unknownRequestType', params: { value: '99' } },
      {
        path: 'policies.0.match.organizationIds.1',
        key: 'config.warning.unknownOrganization',
        params: { value: '77' },
      },
    ]);
  });
  it('given lists that were not read, then nothing is said about the ids', () => {
    expect(policyWarnings(config(platinum), 'en', {})).toEqual([]);
  });
  it('given no policies, then no warning', () => {
    expect(policyWarnings(DEFAULT_CONFIG, 'en', { projects: [] })).toEqual([]);
  });
});

/** A policy's delays must elapse within a year on its own calendar, as the top level's must (reachability.ts). */
describe('parseConfig: policy delays on the policy calendar', () => {
  // One working day a week, one hour long: 52 hours a year at most (fewer with holidays).
  const tight = { ...DEFAULT_CONFIG.calendar, workingDays: [3], hours: [{ start: '09:00', end: '10:00' }] };
  const quiet = { ...DEFAULT_CONFIG.matrix, minor: { ...DEFAULT_CONFIG.matrix.minor, lowest: 40 } };
  it('given a tight policy calendar under which inherited delays cannot elapse, then refused on its calendar', () => {
    const errors = errorsOf(withPolicies(policy('p', { projects: ['SUP'] }, { calendar: tight })));
    expect(errors).toEqual([{ path: 'policies.0.calendar', key: 'config.error.unreachable' }]);
  });
  it('given a policy delay of its own out of reach, then refused on that delay', () => {
    const errors = errorsOf(
      withPolicies(policy('p', { projects: ['SUP'] }, { calendar: tight, nextLevelDelayHours: 100, matrix: quiet })),
    );
    expect(errors).toContainEqual({ path: 'policies.0.nextLevelDelayHours', key: 'config.error.unreachable' });
    expect(errors).toContainEqual({ path: 'policies.0.matrix.minor.lowest', key: 'config.error.unreachable' });
  });
  it('given a tight calendar with delays that fit, then accepted', () => {
    const small = policy(
      'p',
      { projects: ['SUP'] },
      { calendar: tight, timer: { mode: 'sla', slaName: 'TTR' }, nextLevelDelayHours: 1, acknowledgeWithinHours: null },
    );
    expect(parseConfig(withPolicies(small)).ok).toBe(true);
  });
  it('given a policy on 24x7 time, then its long delays are not measured on a calendar', () => {
    const p = policy('p', { projects: ['SUP'] }, { calendar: tight, timer: { mode: '24x7', slaName: null } });
    expect(parseConfig(withPolicies(p)).ok).toBe(true);
  });
  it('given a policy that changes neither calendar nor timer, then only its own delays are measured', () => {
    expect(parseConfig(withPolicies(policy('p', { projects: ['SUP'] }, { defaultDelayHours: 2 }))).ok).toBe(true);
  });
  it.each([
    {
      given: 'a top level on 24x7 time, a policy that moves it to business time on the tight calendar',
      top: { timer: { mode: '24x7', slaName: null } },
      more: { timer: { mode: 'business', slaName: null } },
      policyErrors: [{ path: 'policies.0.timer', key: 'config.error.unreachable' }],
      topErrors: [],
    },
    {
      given: 'a top level out of reach, a policy that changes neither calendar nor timer',
      top: { timer: { mode: 'business', slaName: null } },
      more: { defaultDelayHours: 2 },
      policyErrors: [],
      topErrors: expect.arrayContaining([{ path: 'escalation.nextLevelDelayHours', key: 'config.error.unreachable' }]),
    },
  ])('given $given, then refused once, where the reach was lost', ({ top, more, policyErrors, topErrors }) => {
    const config = withPolicies(policy('p', { projects: ['SUP'] }, more));
    Object.assign(config, top, { calendar: tight });
    config.escalation = { ...config.escalation, nextLevelDelayHours: 100, acknowledgeWithinHours: null };
    const errors = errorsOf(config);
    expect(errors.filter((e) => e.path.startsWith('policies.'))).toEqual(policyErrors);
    expect(errors.filter((e) => !e.path.startsWith('policies.'))).toEqual(topErrors);
  });
  it('given a policy acknowledgement deadline out of reach, then refused on it', () => {
    const p = policy(
      'p',
      { projects: ['SUP'] },
      { calendar: tight, acknowledgeWithinHours: 60, timer: { mode: 'sla', slaName: 'TTR' }, nextLevelDelayHours: 1 },
    );
    expect(errorsOf(withPolicies(p))).toEqual([
      { path: 'policies.0.acknowledgeWithinHours', key: 'config.error.unreachable' },
    ]);
  });
});

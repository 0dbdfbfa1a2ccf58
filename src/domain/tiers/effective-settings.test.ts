/** The settings of an escalation's recorded policy: what its analytics are measured with, live and in a rebuild. */
import { aConfig, aPolicy, aRequest, anEscalation } from '../../../test/builders';
import { stepsOfEntry } from '../stats/steps';
import { settingsForRequest, settingsOfPolicyId } from './effective-settings';

const allDay = aPolicy('all-day', { projects: ['SUP'] }, { timer: { mode: '24x7', slaName: null } });
const config = aConfig({ policies: [allDay] });

describe('settingsOfPolicyId', () => {
  it.each([
    { given: 'a configured policy', id: 'all-day', mode: '24x7' },
    { given: 'the default', id: 'default', mode: 'business' },
    { given: 'a policy removed since', id: 'gone', mode: 'business' },
    { given: 'no recorded policy (an older record)', id: undefined, mode: 'business' },
  ])('given $given, then the timer is $mode', ({ id, mode }) => {
    expect(settingsOfPolicyId(config, id).timer.mode).toBe(mode);
  });

  it('given the settings already applied, then applying them again changes nothing', () => {
    const once = settingsOfPolicyId(config, 'all-day');
    expect(settingsOfPolicyId(once, 'all-day')).toEqual(once);
  });
});

describe('settingsForRequest: the settings of the policy the request matches', () => {
  it.each([
    { given: 'a request of a project the policy lists', projectKey: 'SUP', policy: 'all-day', mode: '24x7' },
    { given: 'a request of another project', projectKey: 'HR', policy: 'default', mode: 'business' },
  ])('given $given, then the policy $policy and its timer $mode', ({ projectKey, policy, mode }) => {
    const settings = settingsForRequest(config, aRequest({ projectKey }));
    expect([settings.policy.id, settings.config.timer.mode]).toStrictEqual([policy, mode]);
    expect(settingsForRequest(settings.config, aRequest({ projectKey }))).toStrictEqual(settings);
  });
});

describe('stepsOfEntry measures an escalation with its policy’s timer', () => {
  // Saturday 10:00 → Saturday 12:00 Paris: two wall hours, no business minute.
  const entry = (policyId: string) =>
    anEscalation({
      at: '2025-03-15T09:00:00.000Z',
      acknowledgedAt: '2025-03-15T11:00:00.000Z',
      facets: { requestType: null, organizations: [], policyId, followUpsBefore: 0 },
    });
  it.each([
    { policyId: 'all-day', timerMinutes: 120 },
    { policyId: 'default', timerMinutes: 0 },
  ])(
    'given an escalation under $policyId, then $timerMinutes timer minutes to acknowledge',
    ({ policyId, timerMinutes }) => {
      const ack = stepsOfEntry('SUP-1', entry(policyId), config).find((s) => s.kind === 'acknowledged');
      expect(ack).toMatchObject({ policyId, timerMinutes });
    },
  );
});

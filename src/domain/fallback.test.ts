/** Who stands in for a missing assignee (PRODUCT.md §2b, "someone is always told"), and who is a party (§1). */
import { aConfig, aRequest, CUSTOMER, PARTICIPANT, STRANGER } from '../../test/builders';
import { fallbackFor, needsProjectLead } from './fallback';
import { isParty } from './party';

const config = (groups: string[], accountIds: string[], fallbackToProjectLead: boolean) =>
  aConfig({ followUp: { fallbackRecipients: { groups, accountIds }, fallbackToProjectLead } });

describe('fallbackFor: the configured recipients, else the project lead when the option is on, else nobody', () => {
  it.each([
    ['groups only', config(['leads'], [], true), 'lead-1', { groups: ['leads'], accountIds: [] }],
    ['account ids only', config([], ['acc-1'], true), 'lead-1', { groups: [], accountIds: ['acc-1'] }],
    ['both', config(['leads'], ['acc-1'], false), null, { groups: ['leads'], accountIds: ['acc-1'] }],
    ['none configured, option on, a lead', config([], [], true), 'lead-1', { groups: [], accountIds: ['lead-1'] }],
    ['none configured, option on, the project has no lead', config([], [], true), null, null],
    ['none configured, option on, the lead not read', config([], [], true), undefined, null],
    ['none configured, option off, a lead', config([], [], false), 'lead-1', null],
  ])('%s', (_name, cfg, projectLeadId, expected) => {
    expect(fallbackFor(aRequest({ assigneeId: null, projectLeadId }), cfg)).toEqual(expected);
  });

  it('returns copies: changing them leaves the configuration alone', () => {
    const cfg = config(['leads'], ['acc-1'], false);
    const recipients = fallbackFor(aRequest(), cfg);
    recipients?.groups.push('x');
    recipients?.accountIds.push('y');
    expect(cfg.followUp.fallbackRecipients).toEqual({ groups: ['leads'], accountIds: ['acc-1'] });
  });
});

describe('needsProjectLead: read the lead only when unassigned, nothing configured, the option on and not read yet', () => {
  it.each([
    ['unassigned, nothing configured, option on, not read: needed', null, config([], [], true), undefined, true],
    ['assigned', 'agent-1', config([], [], true), undefined, false],
    ['a group configured', null, config(['leads'], [], true), undefined, false],
    ['an account id configured', null, config([], ['acc-1'], true), undefined, false],
    ['option off', null, config([], [], false), undefined, false],
    ['already read: a lead', null, config([], [], true), 'lead-1', false],
    ['already read: no lead (null)', null, config([], [], true), null, false],
  ])('%s', (_name, assigneeId, cfg, projectLeadId, needed) => {
    expect(needsProjectLead(aRequest({ assigneeId, projectLeadId }), cfg)).toBe(needed);
  });
});

describe('isParty: the reporter or a participant', () => {
  it.each([
    ['the reporter: a party', CUSTOMER, true],
    ['a participant: a party', PARTICIPANT, true],
    ['anyone else: not a party', STRANGER, false],
  ])('%s', (_name, accountId, party) => {
    expect(isParty(aRequest({ participantIds: [PARTICIPANT] }), accountId)).toBe(party);
  });

  it('a participant who is not the reporter, with several participants', () => {
    expect(isParty({ reporterId: CUSTOMER, participantIds: ['p-1', 'p-2'] }, 'p-2')).toBe(true);
  });
});

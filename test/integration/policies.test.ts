/**
 * Support policies (tiers) through the real handlers (docs/rules.md §12): the request's organizations pick the first
 * matching policy, whose delays, levels and recipients apply. Seed: Alice is in "Transports Martin" (id 1), Bob in
 * "Durand Conseil" (id 2), whose Platinum contract's managers are the `platinum-managers` group (Gina).
 */
import type { Sandbox } from '../../sandbox';
import { addTimerMinutes, DEFAULT_CONFIG, type Config, type Policy } from '../../src/domain';
import {
  admin,
  agent,
  ALICE,
  BOB,
  coldContainer,
  DAVE,
  emailsFor,
  escalation,
  FRANK,
  issueProperty,
  ok,
  portal,
  productCalls,
  saveConfig,
  useSandbox,
} from '../support/sandbox-harness';

let sb: Sandbox;
useSandbox((s) => (sb = s));

/** Durand Conseil's contract: minor × medium (SUP-7) in 2 business hours, level 2 one hour later to its managers. */
const PLATINUM: Policy = {
  id: 'platinum',
  name: { fr: 'Contrat Platine', en: 'Platinum contract' },
  match: { projects: [], requestTypeIds: [], organizationIds: ['2'] },
  matrix: { ...DEFAULT_CONFIG.matrix, minor: { ...DEFAULT_CONFIG.matrix.minor, medium: 2 } },
  levels: [
    { notifyAssignee: true, recipients: { groups: [], accountIds: [] } },
    { notifyAssignee: false, recipients: { groups: ['platinum-managers'], accountIds: [] } },
  ],
  nextLevelDelayHours: 1,
  acknowledgeWithinHours: null,
};

const withPlatinum = (c: Config): Config => ({ ...c, policies: [PLATINUM] });

/** Policies that match nothing on the seed, to load the configuration as a big site would. */
const filler = (n: number): Policy[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `tier-${i}`,
    name: { fr: `Niveau ${i}`, en: `Tier ${i}` },
    match: { projects: ['ZZZ'], requestTypeIds: [], organizationIds: [String(9000 + i)] },
    defaultDelayHours: 1,
  }));

async function createdAt(key: string): Promise<Date> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${key}?fields=created`);
  const created = (res.body as { fields: { created: string } }).fields.created;
  return new Date(created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** `hours` business hours (Paris, the default calendar) after the request's creation. */
const afterCreation = async (key: string, hours: number) =>
  addTimerMinutes(await createdAt(key), hours * 60, DEFAULT_CONFIG).toISOString();

/** Moves the sandbox clock to when the portal says the next escalation is possible. */
async function untilEligible(key: string, who: string): Promise<void> {
  const state = ok(await portal(sb, who, key, 'getPortalState'));
  const at = state.eligibleAt ?? state.escalation?.nextLevelAt;
  if (!at) throw new Error(`no date in ${JSON.stringify(state)}`);
  if (Date.parse(at) > sb.clock.nowMs()) sb.clock.set(new Date(at));
}

describe('the Platinum organization', () => {
  it('makes Bob’s request (Durand Conseil) eligible after 2 business hours instead of 24; Alice’s is unchanged', async () => {
    expect(ok(await portal(sb, BOB, 'SUP-7', 'getPortalState')).eligibleAt).toBe(await afterCreation('SUP-7', 24));
    const alice = ok(await portal(sb, ALICE, 'SUP-2', 'getPortalState')).eligibleAt;
    await saveConfig(sb, withPlatinum);
    expect(ok(await portal(sb, BOB, 'SUP-7', 'getPortalState'))).toMatchObject({
      kind: 'waiting',
      eligibleAt: await afterCreation('SUP-7', 2),
    });
    expect(ok(await portal(sb, ALICE, 'SUP-2', 'getPortalState')).eligibleAt).toBe(alice);
  });

  it('escalates under the policy: the email and property name it, and level 2 goes to the Platinum managers', async () => {
    await saveConfig(sb, withPlatinum);
    await untilEligible('SUP-7', BOB);
    expect(ok(await portal(sb, BOB, 'SUP-7', 'escalate', escalation))).toMatchObject({
      kind: 'escalated',
      maxLevel: 2,
    });
    const [first] = emailsFor(sb, 'SUP-7');
    expect(first.to.map((t) => t.accountId)).toEqual(['agent-dave']);
    expect(first.textBody.split('\n')).toContain('Politique de support\u202f: Contrat Platine');
    expect(await issueProperty(sb, 'SUP-7')).toMatchObject({ state: 'escalated', level: 1, policy: 'platinum' });
    const notes = await sb.rest(DAVE, 'GET', '/rest/api/3/issue/SUP-7/comment');
    expect(JSON.stringify(notes.body)).toContain('Politique de support\u202f: Contrat Platine');

    // The policy's one business hour to level 2, which emails its managers' group only (Gina).
    await untilEligible('SUP-7', BOB);
    expect(ok(await portal(sb, BOB, 'SUP-7', 'escalate', escalation))).toMatchObject({ escalation: { level: 2 } });
    const second = emailsFor(sb, 'SUP-7').at(-1)!;
    expect(second.subject).toContain('niveau 2');
    expect(second.to.map((t) => t.accountId)).toEqual(['agent-gina']);
  });

  it('finds the tier in JQL through the property’s search alias escaladePolicy', async () => {
    await saveConfig(sb, withPlatinum);
    await untilEligible('SUP-7', BOB);
    ok(await portal(sb, BOB, 'SUP-7', 'escalate', escalation));
    const jql = 'escaladePolicy = "platinum" AND escaladeState = "escalated"';
    const res = await sb.rest(DAVE, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] });
    expect((res.body as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['SUP-7']);
    // SUP-4, escalated by the seed under the default policy, is found by the default's id.
    const others = await sb.rest(DAVE, 'POST', '/rest/api/3/search/jql', { jql: 'escaladePolicy = "default"' });
    expect((others.body as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['SUP-4']);
  });

  it('shows agents which policy applied and why; another request follows the default', async () => {
    await saveConfig(sb, withPlatinum);
    expect(ok(await agent(sb, DAVE, 'SUP-7', 'getAgentState', { locale: 'en-US' })).policy).toEqual({
      id: 'platinum',
      name: 'Platinum contract',
      matchedOn: { organization: { id: '2', name: 'Durand Conseil' } },
    });
    expect(ok(await agent(sb, DAVE, 'SUP-2', 'getAgentState')).policy).toEqual({
      id: 'default',
      name: null,
      matchedOn: null,
    });
  });

  it('previews the date and names the policy for an organization', async () => {
    await saveConfig(sb, withPlatinum);
    const createdAt = '2025-12-01T10:00:00+01:00';
    const input = { impact: 'minor', urgency: 'medium', createdAt };
    expect(ok(await admin(sb, FRANK, 'previewDelay', { ...input, organizationId: '2' }))).toEqual({
      policyId: 'platinum',
      critical: false,
      delayHours: 2,
      eligibleAt: '2025-12-01T11:00:00.000Z',
    });
    expect(ok(await admin(sb, FRANK, 'previewDelay', { ...input, organizationId: '1' }))).toMatchObject({
      policyId: 'default',
      delayHours: 24,
    });
  });

  it('keeps getPortalState at 1 product call warm and at most 2 cold with 20 policies', async () => {
    await saveConfig(sb, (c) => ({ ...c, policies: [...filler(19), PLATINUM] }));
    coldContainer(sb);
    expect(ok(await portal(sb, BOB, 'SUP-7', 'getPortalState')).eligibleAt).toBe(await afterCreation('SUP-7', 2));
    expect(productCalls(sb).length).toBeLessThanOrEqual(2);
    sb.clearCalls();
    expect(ok(await portal(sb, BOB, 'SUP-7', 'getPortalState')).kind).toBe('waiting');
    expect(productCalls(sb)).toHaveLength(1);
  });
});

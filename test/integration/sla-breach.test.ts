/**
 * Issue 11 §3, docs/rules.md §7c: with `escalation.autoOnSlaBreach` on, the scheduled trigger `escalade-sweep`
 * escalates at level 1, by the app and with the reason "SLA dépassé", every request whose named SLA breached and
 * that was never escalated; exactly once. Driven through the real handler in the sandbox, its clock and its fake
 * JQL (`"Time to resolution" = breached()`, sandbox/jira/jql-sla.ts).
 * The seed at the reset: SUP-3 (High, 14 days), SUP-4 (escalated by the reset) and SUP-5 (Low, 10 days, unassigned)
 * have breached their "Time to resolution"; SUP-1 (Highest, 1 h old, 4 h goal), SUP-2 and SUP-7 have not; SUP-6 is
 * resolved.
 */
import type { Sandbox } from '../../sandbox';
import type { Config } from '../../src/domain';
import { ALICE, DAVE } from '../support/personas';
import { emailsFor, useSandbox } from '../support/sandbox-setup';
import { agent, ok, portal, saveConfig } from '../support/invoke';
import { comments, customerComments, issueProperty } from '../support/site-actions';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const SLA = 'Time to resolution';
const turnOn =
  (slaName: string | null = SLA, projects?: string[]) =>
  (c: Config): Config => ({
    ...c,
    ...(projects ? { projects } : {}),
    escalation: { ...c.escalation, autoOnSlaBreach: { enabled: true, slaName } },
  });

/** Moves the sandbox clock (the trigger fires every 5 minutes) and waits for its run. */
async function sweep(minutes = 5): Promise<void> {
  sb.advanceClock(minutes);
  await sb.waitForEvents();
}

const escalations = async (key: string) =>
  ok(await agent(sb, DAVE, key, 'getAgentState')).timeline.filter((e) => e.type === 'escalation');
const appNotes = async (key: string) => (await comments(sb, key)).filter((c) => c.author === 'app-escalade');
const escalationMails = (key: string) => emailsFor(sb, key).filter((m) => /SLA dépassé/.test(m.textBody));
const searches = () => sb.calls().filter((c) => c.kind === 'product' && c.path.startsWith('/rest/api/3/search/jql'));

describe('automatic escalation on SLA breach (escalation.autoOnSlaBreach)', () => {
  it('escalates each breached request never escalated, once, at level 1 with the reason "SLA dépassé"', async () => {
    // A follow-up writes the property with state "none": SUP-3 is still a candidate.
    await customerComments(sb, ALICE, 'SUP-3', 'Toujours rien ?');
    await sb.waitForEvents();
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'none' });
    await saveConfig(sb, turnOn());

    await sweep();
    for (const key of ['SUP-3', 'SUP-5']) {
      expect(await issueProperty(sb, key)).toMatchObject({ state: 'escalated', level: 1 });
      const [entry] = await escalations(key);
      expect(entry).toMatchObject({
        level: 1,
        reasonLabel: 'SLA dépassé',
        by: { displayName: 'Escalade (automatique)' },
      });
      expect(escalationMails(key)).toHaveLength(1);
      // One internal note for the agents (the public comment is off by default).
      expect((await appNotes(key)).map((n) => n.jsdPublic)).toEqual([false]);
    }
    // SUP-5 is unassigned: the email goes to the project lead (followUp.fallbackToProjectLead).
    expect(escalationMails('SUP-5')[0].to.map((r) => r.accountId)).toEqual(['admin-frank']);
    // The customer sees it in the pane's history, with the reason.
    const state = ok(await portal(sb, ALICE, 'SUP-3', 'getPortalState'));
    expect(JSON.stringify(state)).toContain('SLA dépassé');

    // Untouched: already escalated (SUP-4, by the customer at the reset), resolved (SUP-6), not breached.
    expect(await escalations('SUP-4')).toHaveLength(1);
    expect(escalationMails('SUP-4')).toHaveLength(0);
    for (const key of ['SUP-1', 'SUP-2', 'SUP-6', 'SUP-7']) {
      expect(await escalations(key)).toHaveLength(0);
      expect(emailsFor(sb, key)).toHaveLength(0);
    }

    // A second run escalates nothing twice.
    const notes = (await appNotes('SUP-3')).length;
    await sweep();
    expect(escalationMails('SUP-3')).toHaveLength(1);
    expect(escalationMails('SUP-5')).toHaveLength(1);
    expect(await escalations('SUP-3')).toHaveLength(1);
    expect(await appNotes('SUP-3')).toHaveLength(notes);
  });

  it('escalates a request on the first run after its SLA breaches, not before', async () => {
    await saveConfig(sb, turnOn());
    await sweep();
    expect(await escalations('SUP-1')).toHaveLength(0);
    await sweep(2 * 60 + 50); // SUP-1 is 3 h 55 min old: 5 minutes left
    expect(await escalations('SUP-1')).toHaveLength(0);
    await sweep(10);
    expect(await escalations('SUP-1')).toEqual([expect.objectContaining({ level: 1, reasonLabel: 'SLA dépassé' })]);
    expect(escalationMails('SUP-1')).toHaveLength(1);
  });

  it('leaves a breached request alone once it is resolved', async () => {
    const resolved = await sb.rest(DAVE, 'POST', '/rest/api/3/issue/SUP-5/transitions', { transition: { id: '31' } });
    expect(resolved.status).toBe(204);
    await saveConfig(sb, turnOn());
    await sweep();
    expect(await escalations('SUP-5')).toHaveLength(0);
    expect(emailsFor(sb, 'SUP-5')).toHaveLength(0);
    expect(await escalations('SUP-3')).toHaveLength(1);
  });

  it('does nothing with the option off (the default): no search, no escalation', async () => {
    await sweep();
    await sweep();
    expect(searches()).toHaveLength(0);
    for (const key of ['SUP-3', 'SUP-5']) expect(await escalations(key)).toHaveLength(0);
    // Turned on then off again: still nothing.
    await saveConfig(sb, turnOn());
    await saveConfig(sb, (c) => ({
      ...c,
      escalation: { ...c.escalation, autoOnSlaBreach: { enabled: false, slaName: SLA } },
    }));
    await sweep();
    expect(searches()).toHaveLength(0);
    expect(await escalations('SUP-3')).toHaveLength(0);
  });

  it('searches only the app’s projects when they are listed', async () => {
    await saveConfig(sb, turnOn(SLA, ['OPS']));
    await sweep();
    expect(searches()).toHaveLength(1);
    expect(await escalations('SUP-3')).toHaveLength(0);
  });
});

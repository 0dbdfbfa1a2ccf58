import type { Sandbox } from '../../sandbox';
import { ALICE, BOB, CAROL, DAVE, FRANK } from '../support/personas';
import { coldContainer, emailsFor, newMails, productCalls, useSandbox } from '../support/sandbox-setup';
import { admin, agent, errorCode, escalation, ok, portal } from '../support/invoke';
import { agentComments, customerComments, editComment, issueProperty } from '../support/site-actions';

let sb: Sandbox;
useSandbox((s) => (sb = s));

const followUps = async (key: string) =>
  ok(await agent(sb, DAVE, key, 'getAgentState')).timeline.filter((e) => e.type === 'followUp');

async function setFallback(groups: string[]): Promise<void> {
  const current = ok(await admin(sb, FRANK, 'getConfig'));
  const config = {
    ...current.config,
    followUp: { ...current.config.followUp, fallbackRecipients: { groups, accountIds: [] } },
  };
  expect(errorCode(await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: current.version }))).toBeUndefined();
}

async function setLeadFallback(on: boolean): Promise<void> {
  const current = ok(await admin(sb, FRANK, 'getConfig'));
  const config = { ...current.config, followUp: { ...current.config.followUp, fallbackToProjectLead: on } };
  expect(errorCode(await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: current.version }))).toBeUndefined();
}

describe('follow-up trigger', () => {
  it('leaves the issue property alone when the admin turned that effect off, and still counts and emails', async () => {
    const current = ok(await admin(sb, FRANK, 'getConfig'));
    const effects = { ...current.config.escalation.effects, issueProperty: false };
    const config = { ...current.config, escalation: { ...current.config.escalation, effects } };
    expect(
      errorCode(await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: current.version })),
    ).toBeUndefined();
    await customerComments(sb, ALICE, 'SUP-3', 'Une relance, sans propriété.');
    await sb.waitForEvents();
    expect(await issueProperty(sb, 'SUP-3')).toBeNull();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(ok(await portal(sb, ALICE, 'SUP-3', 'getPortalState')).followUps).toMatchObject({ count: 1 });
  });

  it('emails the assignee once for a reporter’s public comment, and counts it', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Avez-vous des nouvelles ? <b>urgent</b>');
    await sb.waitForEvents();
    const mails = emailsFor(sb, 'SUP-3');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['agent-dave']);
    expect(mails[0].htmlBody).not.toContain('<b>urgent</b>');
    // Who wrote it: the event carries account ids only, so the name comes from the re-read comment.
    expect(mails[0].textBody).toContain('Alice Martin');
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ followUps: 1 });
    const portalState = ok(await portal(sb, ALICE, 'SUP-3', 'getPortalState'));
    expect(portalState.followUps).toMatchObject({ count: 1 });
    const [entry] = await followUps('SUP-3');
    expect(entry).toMatchObject({ notify: { outcome: 'sent' }, by: { displayName: 'Alice Martin' } });
  });

  it('counts a participant’s comment too', async () => {
    await customerComments(sb, CAROL, 'SUP-7', 'Any news?');
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-7')).toHaveLength(1);
  });

  it('sends nothing new when the event is delivered twice', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents();
    sb.replayEvents(1);
    await sb.waitForEvents();
    expect(sb.events().length).toBe(2);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await followUps('SUP-3')).toHaveLength(1);
  });

  it('sends nothing new when the comment is edited', async () => {
    const id = await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents();
    await editComment(sb, DAVE, 'SUP-3', id, 'Relance (corrigée)');
    await sb.waitForEvents();
    expect(sb.events().length).toBe(2);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ followUps: 1 });
  });

  it('ignores agents’ comments, internal notes and the app’s own comments', async () => {
    await agentComments(sb, DAVE, 'SUP-3', 'We are on it.');
    await agentComments(sb, DAVE, 'SUP-3', 'Internal: check logs', true);
    // The escalation writes an internal comment as the app: ignoreSelf drops its event.
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3').filter((m) => /relance|follow-up/i.test(m.subject))).toHaveLength(0);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1); // the escalation email only
    expect(await followUps('SUP-3')).toHaveLength(0);
  });

  it('ignores comments on a resolved request', async () => {
    await customerComments(sb, BOB, 'SUP-6', 'Merci');
    await sb.waitForEvents();
    expect(newMails(sb)).toHaveLength(0);
  });

  it('emails the project lead for a follow-up on an unassigned request without fallback recipients (default)', async () => {
    await customerComments(sb, BOB, 'SUP-5', 'Anyone there?');
    await sb.waitForEvents();
    const mails = emailsFor(sb, 'SUP-5');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['admin-frank']);
    const [first] = await followUps('SUP-5');
    expect(first).toMatchObject({ notify: { outcome: 'sent' } });
  });

  it('with fallbackToProjectLead off: records a follow-up without email (and says why), then the fallback group', async () => {
    await setLeadFallback(false);
    await customerComments(sb, BOB, 'SUP-5', 'Anyone there?');
    await sb.waitForEvents();
    expect(newMails(sb)).toHaveLength(0);
    const [first] = await followUps('SUP-5');
    expect(first).toMatchObject({ notify: { outcome: 'none' }, reason: 'unassignedNoRecipient' });

    await setFallback(['support-managers']);
    await customerComments(sb, BOB, 'SUP-5', 'Still waiting');
    await sb.waitForEvents();
    const mails = emailsFor(sb, 'SUP-5');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['agent-erin']);
  });

  it('holds emails back during the cooldown and still counts the follow-ups', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Un');
    await sb.waitForEvents();
    sb.clock.advanceMinutes(5);
    await customerComments(sb, ALICE, 'SUP-3', 'Deux');
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ followUps: 2 });
    sb.clock.advanceMinutes(30);
    await customerComments(sb, ALICE, 'SUP-3', 'Trois');
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(2);
  });

  it('records mail disabled (403) once and does not retry', async () => {
    sb.jira.setMailEnabled(false);
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents();
    expect(sb.events()[0]).toMatchObject({ status: 'done', attempts: 1 });
    const [entry] = await followUps('SUP-3');
    expect(entry.notify).toEqual({ outcome: 'mailDisabled' });
  });

  it('records a notify 400 as failed', async () => {
    sb.addFault({ pathPattern: '/notify', status: 400, count: 1 });
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents();
    const [entry] = await followUps('SUP-3');
    expect(entry.notify).toEqual({ outcome: 'failed' });
    expect(sb.events()[0]).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('rides out a 429 within the call (Retry-After honoured): one email', async () => {
    sb.addFault({ pathPattern: '/notify', status: 429, count: 1, retryAfterSeconds: 0 });
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
  });

  it('asks the platform to retry on a long 429, and the retry sends exactly one email', async () => {
    // Retry-After beyond the invocation's time: the trigger hands it to the platform (InvocationError).
    sb.addFault({ pathPattern: '/notify', status: 429, count: 1, retryAfterSeconds: 600 });
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents(20_000);
    expect(sb.events()[0]).toMatchObject({ status: 'done', attempts: 2 });
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await followUps('SUP-3')).toHaveLength(1);
  });

  it('finishes recording after the email on retry, without a second email', async () => {
    // The email goes out, then the property write stays busy: the retry only records.
    sb.addFault({ pathPattern: 'properties/escalade', status: 429, count: 1, retryAfterSeconds: 600 });
    await customerComments(sb, ALICE, 'SUP-3', 'Relance');
    await sb.waitForEvents(20_000);
    expect(sb.events()[0]).toMatchObject({ status: 'done', attempts: 2 });
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ followUps: 1 });
  });

  it('makes at most 4 product calls per follow-up event on a cold container', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Un');
    // The event is delivered by waitForEvents: the trigger runs after the caches are dropped.
    coldContainer(sb);
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ followUps: 1 });
    const calls = productCalls(sb);
    expect(calls.length).toBeLessThanOrEqual(4);
    // Comment, request (wide: it finds the field ids), notify, property; no GET /rest/api/3/field.
    expect(calls.some((c) => c.path.startsWith('/rest/api/3/field'))).toBe(false);
    expect(calls.filter((c) => c.path.includes('fields=*all'))).toHaveLength(1);
  });

  it('makes at most 4 product calls per follow-up event on a warm container', async () => {
    await customerComments(sb, ALICE, 'SUP-3', 'Un');
    await sb.waitForEvents();
    sb.clearCalls();
    // Another request (no cooldown), same warm container: comment, request, notify, property.
    await customerComments(sb, CAROL, 'SUP-7', 'Deux');
    await sb.waitForEvents();
    expect(emailsFor(sb, 'SUP-7')).toHaveLength(1);
    expect(productCalls(sb).length).toBeLessThanOrEqual(4);
  });
});

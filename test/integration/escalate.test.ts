import type { Sandbox } from '../../sandbox';
import { DEFAULT_CONFIG, type Config } from '../../src/domain';
import { ALICE, BOB, DAVE } from '../support/personas';
import { coldContainer, emailsFor, newMails, productCalls, useSandbox } from '../support/sandbox-setup';
import {
  agent,
  errorCode,
  escalation,
  ok,
  portal,
  saveConfig as saveSiteConfig,
  refusalOf,
  unchecked,
} from '../support/invoke';
import { comments, issueLabels, issueProperty } from '../support/site-actions';
import { DEFAULT_EFFECTS_DONE } from '../builders';

let sb: Sandbox;
useSandbox((s) => (sb = s));

const saveConfig = (change: (c: Config) => Config) => saveSiteConfig(sb, change);

/** Texts of the app's public comments on the issue, oldest first. */
async function publicCommentTexts(key: string): Promise<string[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${key}/comment`);
  const list = (res.body as { comments: { jsdPublic?: boolean; author?: { accountId?: string }; body: unknown }[] })
    .comments;
  return list
    .filter((c) => c.author?.accountId === 'app-escalade' && c.jsdPublic !== false)
    .map((c) => JSON.stringify(c.body));
}

const escalations = async (key: string) =>
  ok(await agent(sb, DAVE, key, 'getAgentState')).timeline.filter((e) => e.type === 'escalation');

describe('escalate', () => {
  it('escalates an eligible request once, with every default effect, within 6 product calls cold', async () => {
    coldContainer(sb);
    const state = ok(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation));
    expect(state).toMatchObject({ requestKey: 'SUP-3', kind: 'escalated', canEscalate: false });
    expect(state.escalation).toMatchObject({ level: 1, reasonId: 'no-answer', reasonLabel: 'Pas de réponse' });
    const calls = productCalls(sb);
    expect(calls.length).toBeLessThanOrEqual(6);
    // Request (wide, finding the field ids), property, label, internal note, email.
    expect(calls.some((c) => c.path.startsWith('/rest/api/3/field'))).toBe(false);
    expect(calls.filter((c) => c.path.endsWith('/notify'))).toHaveLength(1);
    // The email names who escalated (from the same request read: no extra call).
    expect(emailsFor(sb, 'SUP-3').at(-1)?.textBody).toContain('Alice Martin');

    expect(await issueProperty(sb, 'SUP-3')).toMatchObject({ state: 'escalated', level: 1, followUps: 0 });
    // No personal data in the property anyone can read.
    expect(JSON.stringify(await issueProperty(sb, 'SUP-3'))).not.toMatch(/alice|customer|réponse/i);
    expect(await issueLabels(sb, 'SUP-3')).toContain('escalade');
    const notes = (await comments(sb, 'SUP-3')).filter((c) => c.author === 'app-escalade');
    expect(notes).toHaveLength(1);
    expect(notes[0].jsdPublic).toBe(false);
    const mails = emailsFor(sb, 'SUP-3');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['agent-dave']);

    const [entry] = await escalations('SUP-3');
    expect(entry.notify).toEqual({ outcome: 'sent' });
    expect(entry.effects).toMatchObject({
      ...DEFAULT_EFFECTS_DONE,
      raisePriority: 'skipped',
    });
  });

  it('refuses a second click: ALREADY_ESCALATED, and nothing new happens', async () => {
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    const again = await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(errorCode(again)).toBe('ALREADY_ESCALATED');
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect(await escalations('SUP-3')).toHaveLength(1);
  });

  it('makes exactly one escalation and one email out of 20 concurrent calls', async () => {
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => portal(sb, ALICE, 'SUP-3', 'escalate', escalation)),
    );
    const wins = bodies.filter((b) => errorCode(b) === undefined);
    expect(wins).toHaveLength(1);
    expect(bodies.filter((b) => errorCode(b) === 'ALREADY_ESCALATED')).toHaveLength(19);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    expect((await comments(sb, 'SUP-3')).filter((c) => c.author === 'app-escalade')).toHaveLength(1);
    expect(await escalations('SUP-3')).toHaveLength(1);
  });

  it('refuses an early escalation (NOT_ELIGIBLE), a critical one and a resolved one, changing nothing', async () => {
    expect(errorCode(await portal(sb, ALICE, 'SUP-2', 'escalate', escalation))).toBe('NOT_ELIGIBLE');
    expect(errorCode(await portal(sb, ALICE, 'SUP-1', 'escalate', escalation))).toBe('CRITICAL');
    expect(errorCode(await portal(sb, BOB, 'SUP-6', 'escalate', escalation))).toBe('RESOLVED');
    expect(newMails(sb)).toHaveLength(0);
    expect(await issueProperty(sb, 'SUP-2')).toBeNull();
  });

  it('refuses a customer who is not on the request, whatever the payload says', async () => {
    const body = await portal(sb, BOB, 'SUP-3', 'escalate', { ...escalation });
    expect(errorCode(body)).toBe('FORBIDDEN');
    expect(newMails(sb)).toHaveLength(0);
  });

  it('never acts on a key given in the payload', async () => {
    // Bob escalates his own SUP-5 while naming Alice's SUP-3 in the payload.
    const body = await portal(sb, BOB, 'SUP-5', 'escalate', unchecked({ ...escalation, requestKey: 'SUP-3' }));
    expect(errorCode(body)).toBe('INVALID_INPUT');
    expect(await issueProperty(sb, 'SUP-3')).toBeNull();
    expect(await issueProperty(sb, 'SUP-5')).toBeNull();
    expect(newMails(sb)).toHaveLength(0);
  });

  it('rejects bad input with field errors in the caller’s language, and saves nothing', async () => {
    const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details: '' });
    expect(errorCode(body)).toBe('INVALID_INPUT');
    const fields = refusalOf(body)?.fields ?? [];
    expect(fields.map((f) => f.path)).toEqual(['details']);
    expect(fields[0].message).not.toMatch(/^rules\./);
    expect(
      errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'bogus', details: 'x'.repeat(20) })),
    ).toBe('INVALID_INPUT');
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', unchecked('escalate!')))).toBe('INVALID_INPUT');
    expect(await issueProperty(sb, 'SUP-3')).toBeNull();
    expect(newMails(sb)).toHaveLength(0);
  });

  it('goes to level 2 after the next-level delay, then refuses with MAX_LEVEL', async () => {
    // SUP-4 was escalated at level 1 by the sandbox's reset, through this app.
    expect(errorCode(await portal(sb, ALICE, 'SUP-4', 'escalate', escalation))).toBe('ALREADY_ESCALATED');
    sb.clock.advanceMinutes(7 * 24 * 60);
    const second = ok(await portal(sb, ALICE, 'SUP-4', 'escalate', escalation));
    expect(second.escalation).toMatchObject({ level: 2 });
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'escalated', level: 2 });
    sb.clock.advanceMinutes(7 * 24 * 60);
    expect(errorCode(await portal(sb, ALICE, 'SUP-4', 'escalate', escalation))).toBe('MAX_LEVEL');
  });

  it('emails the project lead for an unassigned request without fallback recipients (default), and says so', async () => {
    sb.clock.advanceMinutes(30 * 24 * 60);
    const state = ok(await portal(sb, BOB, 'SUP-5', 'escalate', escalation));
    expect(state.escalation).toMatchObject({ level: 1, notified: true });
    const mails = emailsFor(sb, 'SUP-5');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['admin-frank']);
    expect((await escalations('SUP-5'))[0].notify).toEqual({ outcome: 'sent' });
    expect(productCalls(sb).filter((c) => c.path === '/rest/api/3/project/SUP')).toHaveLength(1);
  });

  it('with fallbackToProjectLead off: emails nobody, tells the customer the truth, and the agent why', async () => {
    await saveConfig((c) => ({ ...c, followUp: { ...c.followUp, fallbackToProjectLead: false } }));
    sb.clock.advanceMinutes(30 * 24 * 60);
    const state = ok(await portal(sb, BOB, 'SUP-5', 'escalate', escalation));
    expect(state.escalation).toMatchObject({ level: 1, notified: false });
    expect(emailsFor(sb, 'SUP-5')).toHaveLength(0);
    expect((await escalations('SUP-5'))[0]).toMatchObject({ notify: { outcome: 'none' }, reason: 'noRecipient' });
    expect(productCalls(sb).some((c) => c.path.startsWith('/rest/api/3/project/'))).toBe(false);

    await saveConfig((c) => ({
      ...c,
      followUp: { ...c.followUp, fallbackRecipients: { groups: ['support-managers'], accountIds: [] } },
    }));
    sb.clock.advanceMinutes(7 * 24 * 60);
    await portal(sb, BOB, 'SUP-5', 'escalate', escalation);
    const mails = emailsFor(sb, 'SUP-5');
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((t) => t.accountId)).toEqual(['agent-erin']);
  });

  it('with escalation emails turned off: the customer is not told anyone was notified, the agent sees why', async () => {
    await saveConfig((c) => ({
      ...c,
      escalation: { ...c.escalation, effects: { ...c.escalation.effects, notify: false, publicComment: true } },
    }));
    const state = ok(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation));
    expect(state.escalation).toMatchObject({ notified: false });
    expect((await escalations('SUP-3'))[0]).toMatchObject({ notify: { outcome: 'none' }, reason: 'notifyOff' });
    const publicNotes = await publicCommentTexts('SUP-3');
    expect(publicNotes.at(-1)).toContain('file des escalades de l’équipe support');
    expect(publicNotes.join(' ')).not.toMatch(/prévenue/);
  });

  it('records mail disabled (403) and never retries the email', async () => {
    sb.jira.setMailEnabled(false);
    const state = ok(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation));
    expect(state.escalation).toMatchObject({ level: 1, notified: false });
    const [entry] = await escalations('SUP-3');
    expect(entry.notify).toEqual({ outcome: 'mailDisabled' });
    sb.jira.setMailEnabled(true);
    sb.clearCalls();
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBe('ALREADY_ESCALATED');
    expect(productCalls(sb).filter((c) => c.path.endsWith('/notify'))).toHaveLength(0);
    expect(newMails(sb)).toHaveLength(0);
  });

  it('records a notify 400 as failed, and does not loop', async () => {
    sb.addFault({ pathPattern: '/notify', status: 400, count: 1 });
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    const [entry] = await escalations('SUP-3');
    expect(entry.notify).toEqual({ outcome: 'failed' });
    expect(entry.effects?.label).toBe('done');
    sb.clearCalls();
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(productCalls(sb).filter((c) => c.path.endsWith('/notify'))).toHaveLength(0);
  });

  it('completes a partial escalation on retry without repeating what was done', async () => {
    // The internal comment keeps failing (Jira busy beyond the invocation's patience).
    sb.addFault({ pathPattern: 'issue/SUP-3/comment', method: 'POST', status: 503, count: 50 });
    const first = await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(errorCode(first)).toBe('UNAVAILABLE');
    sb.clearFaults();
    const [partial] = await escalations('SUP-3');
    expect(partial.effects).toMatchObject({
      issueProperty: 'done',
      label: 'done',
      internalComment: 'failed',
      notify: 'pending',
    });
    expect(newMails(sb)).toHaveLength(0);

    sb.clearCalls();
    const retry = await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    expect(retry).toMatchObject({ kind: 'escalated' });
    const [done] = await escalations('SUP-3');
    expect(done.effects).toMatchObject(DEFAULT_EFFECTS_DONE);
    expect(emailsFor(sb, 'SUP-3')).toHaveLength(1);
    // The label and property were not set a second time.
    expect(productCalls(sb).filter((c) => c.method === 'PUT')).toHaveLength(0);
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', escalation))).toBe('ALREADY_ESCALATED');
  });

  it('applies the optional effects when turned on: priority, public comment', async () => {
    await saveConfig((c) => ({
      ...c,
      escalation: { ...c.escalation, effects: { ...c.escalation.effects, raisePriority: true, publicComment: true } },
    }));
    await portal(sb, ALICE, 'SUP-3', 'escalate', escalation);
    const publicNotes = (await comments(sb, 'SUP-3')).filter((c) => c.author === 'app-escalade' && c.jsdPublic);
    expect(publicNotes).toHaveLength(1);
    const [entry] = await escalations('SUP-3');
    expect(entry.effects).toMatchObject({ raisePriority: 'done', publicComment: 'done' });
    expect(DEFAULT_CONFIG.escalation.effects.raisePriority).toBe(false);
  });
});

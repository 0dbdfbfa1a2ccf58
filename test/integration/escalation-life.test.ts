/**
 * Issue 11 §5, the whole life of an escalation for the customer: closing needs a reason (`escalation.closeReasons`),
 * the note is public only when the agent says so, the customer can withdraw (`withdrawEscalation`), and the pane
 * keeps the history after closing. Driven through the real handlers in the sandbox (SUP-4: escalated by Alice at
 * the reset, assigned to Erin).
 */
import type { Sandbox } from '../../sandbox';
import type { Config } from '../../src/domain';
import { ALICE, BOB, DAVE, FRANK } from '../support/personas';
import { emailsFor, useSandbox } from '../support/sandbox-setup';
import { admin, agent, ok, refusalOf, unchecked, errorCode, invokeWith, portal } from '../support/invoke';
import { comments, issueProperty } from '../support/site-actions';
import { MODULE_KEYS } from '../../src/contract';

jest.setTimeout(60_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

type Body = Record<string, unknown>;
type Step = { kind: string; at: string; reasonLabel?: string; note?: string };

const withdraw = (accountId: string, key: string, payload?: unknown) =>
  invokeWith(
    sb,
    MODULE_KEYS.portal,
    'withdrawEscalation',
    accountId,
    sb.extensionFor(MODULE_KEYS.portal, key),
    payload,
  );

async function saveConfig(change: (c: Config) => Config): Promise<void> {
  const current = (await admin(sb, FRANK, 'getConfig')) as unknown as { config: Config; version: number };
  const saved = await admin(sb, FRANK, 'saveConfig', {
    config: change(current.config),
    expectedVersion: current.version,
  });
  expect(errorCode(saved)).toBeUndefined();
}

const appComments = async (key: string) => (await comments(sb, key)).filter((c) => c.author === 'app-escalade');
const history = async (key: string) => (ok(await portal(sb, ALICE, key, 'getPortalState')).history ?? []) as Step[];

describe('closing needs a reason', () => {
  it('refuses a close without a valid reason (translated), changing nothing', async () => {
    for (const payload of [{ note: 'Réglé.' }, { reasonId: 'because', note: 'Réglé.' }, { reasonId: 'other' }]) {
      const body = await agent(sb, DAVE, 'SUP-4', 'closeEscalation', unchecked({ ...payload, locale: 'fr-FR' }));
      expect(errorCode(body)).toBe('INVALID_INPUT');
      expect(refusalOf(body)?.message).toMatch(/[a-zé]/);
    }
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'escalated' });
  });

  it('shows the customer the reason, and the note only when the agent made it public', async () => {
    await saveConfig((c) => ({ ...c, escalation: { ...c.escalation, notifyCustomerOnClose: true } }));
    const closed = await agent(sb, DAVE, 'SUP-4', 'closeEscalation', {
      reasonId: 'workaround',
      note: 'Redémarrez le service chaque matin en attendant le correctif.',
      notePublic: true,
    });
    expect((ok(closed).timeline as unknown as Body[]).find((e) => e.type === 'closed')).toMatchObject({
      reasonLabel: 'Contournement fourni',
      notePublic: true,
    });
    const steps = await history('SUP-4');
    expect(steps.map((s) => s.kind)).toEqual(['escalated', 'closed']);
    expect(steps[1]).toMatchObject({
      reasonLabel: 'Contournement fourni',
      note: 'Redémarrez le service chaque matin en attendant le correctif.',
    });
    // The history stays after closing, with when the next escalation becomes possible.
    const state = ok(await portal(sb, ALICE, 'SUP-4', 'getPortalState'));
    expect(state.kind).toBe('waiting');
    expect(state.eligibleAt).toEqual(expect.any(String));
    expect(JSON.stringify(state.history)).not.toMatch(/level|niveau/i);
  });

  it('keeps a private note private', async () => {
    await agent(sb, DAVE, 'SUP-4', 'acknowledge', {});
    await agent(sb, DAVE, 'SUP-4', 'closeEscalation', { reasonId: 'not-justified', note: 'Client insistant.' });
    const steps = await history('SUP-4');
    expect(steps.map((s) => s.kind)).toEqual(['escalated', 'acknowledged', 'closed']);
    expect(steps[2]).toEqual({ kind: 'closed', at: expect.any(String), reasonLabel: 'Escalade non justifiée' });
    expect(JSON.stringify(await portal(sb, ALICE, 'SUP-4', 'getPortalState'))).not.toContain('insistant');
  });
});

describe('withdrawEscalation', () => {
  it('withdraws the open escalation: property, internal note, an email to those told of it, and the history', async () => {
    const told = emailsFor(sb, 'SUP-4').length;
    const notesBefore = (await appComments('SUP-4')).length;
    const answer = await withdraw(ALICE, 'SUP-4', { note: 'Problème réglé de notre côté.', locale: 'fr-FR' });
    expect(errorCode(answer)).toBeUndefined();
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'withdrawn' });
    const notes = await appComments('SUP-4');
    expect(notes).toHaveLength(notesBefore + 1);
    expect(notes.at(-1)?.jsdPublic).toBe(false);
    const mails = emailsFor(sb, 'SUP-4').slice(told);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/^Escalade retirée/);
    expect(mails[0].to.map((r) => r.accountId)).toEqual(['agent-erin']);
    expect((answer.history as Step[]).map((s) => s.kind)).toEqual(['escalated', 'withdrawn']);
    const timeline = ok(await agent(sb, DAVE, 'SUP-4', 'getAgentState')).timeline as unknown as Body[];
    expect(timeline.find((e) => e.type === 'withdrawn')).toMatchObject({ note: 'Problème réglé de notre côté.' });
  });

  it('refuses with NOTHING_TO_WITHDRAW when nothing is open, and a second withdrawal the same way', async () => {
    const none = await withdraw(ALICE, 'SUP-3', { locale: 'en-US' });
    expect(errorCode(none)).toBe('NOTHING_TO_WITHDRAW');
    expect((none.error as { message: string }).message).toBe('There is no open escalation to withdraw.');
    expect(errorCode(await withdraw(ALICE, 'SUP-4'))).toBeUndefined();
    expect(errorCode(await withdraw(ALICE, 'SUP-4'))).toBe('NOTHING_TO_WITHDRAW');
  });

  it('refuses a note over 500 characters and unknown keys, changing nothing', async () => {
    const before = await issueProperty(sb, 'SUP-4');
    const notesBefore = (await appComments('SUP-4')).length;
    for (const payload of [{ note: 'x'.repeat(501) }, { note: 'ok', reasonId: 'x' }, { note: 42 }]) {
      const body = await withdraw(ALICE, 'SUP-4', { ...payload, locale: 'fr-FR' });
      expect(errorCode(body)).toBe('INVALID_INPUT');
    }
    expect(await issueProperty(sb, 'SUP-4')).toEqual(before);
    expect(await appComments('SUP-4')).toHaveLength(notesBefore);
    expect(errorCode(await withdraw(ALICE, 'SUP-4', { note: 'x'.repeat(500) }))).toBeUndefined();
  });

  it('is refused to anyone but a party of the request (FORBIDDEN)', async () => {
    expect(errorCode(await withdraw(BOB, 'SUP-4'))).toBe('FORBIDDEN');
    expect(errorCode(await withdraw(DAVE, 'SUP-4'))).toBe('FORBIDDEN');
    expect(await issueProperty(sb, 'SUP-4')).toMatchObject({ state: 'escalated' });
  });
});

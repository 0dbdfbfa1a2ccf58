/**
 * Forge gives functions no user locale: the UI sends `locale` (from `view.getContext()`) in every
 * payload, and the backend answers in it; without one (or with one we do not speak), in the
 * configured `language`. The sandbox's resolver context has exactly the documented fields.
 */
import type { Sandbox } from '../../sandbox';
import { ALICE, BOB, DAVE, FRANK } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { ok, admin, agent, errorCode, escalation, portal, queue, refusalOf, unchecked } from '../support/invoke';

let sb: Sandbox;
useSandbox((s) => (sb = s));

const messageOf = (body: unknown) => refusalOf(body)?.message;

async function setLanguage(language: 'fr' | 'en'): Promise<void> {
  const { config, version } = ok(await admin(sb, FRANK, 'getConfig'));
  const saved = await admin(sb, FRANK, 'saveConfig', { config: { ...config, language }, expectedVersion: version });
  expect(refusalOf(saved)).toBeUndefined();
}

describe('the user’s language comes from the payload', () => {
  it('refuses a French customer in French with fr-FR and in English with en-US', async () => {
    // SUP-2 is fresh: the link has not appeared yet. Alice's own locale is fr-FR.
    const fr = await portal(sb, ALICE, 'SUP-2', 'escalate', { ...escalation, locale: 'fr-FR' });
    expect(errorCode(fr)).toBe('NOT_ELIGIBLE');
    expect(messageOf(fr)).toBe('Cette demande ne peut pas encore être escaladée.');
    const en = await portal(sb, ALICE, 'SUP-2', 'escalate', { ...escalation, locale: 'en-US' });
    expect(errorCode(en)).toBe('NOT_ELIGIBLE');
    expect(messageOf(en)).toBe('This request cannot be escalated yet.');
  });

  it('translates the state’s texts (critical message, reasons) with the payload’s locale', async () => {
    const en = await portal(sb, ALICE, 'SUP-1', 'getPortalState', { locale: 'en-US' });
    expect(ok(en).critical?.message).not.toMatch(/appelez/);
    const fr = await portal(sb, BOB, 'SUP-5', 'getPortalState', { locale: 'fr_CA' });
    expect(refusalOf(fr)).toBeUndefined();
    expect(JSON.stringify(fr)).toMatch(/Pas de réponse|escalad/i);
  });

  it('falls back to the configured language when the locale is missing, unknown or malformed', async () => {
    await setLanguage('en');
    for (const payload of [undefined, {}, { locale: 'de-DE' }, { locale: 'not a tag!' }, { locale: 42 }]) {
      const body = await portal(sb, ALICE, 'SUP-2', 'escalate', unchecked({ ...escalation, ...payload }));
      expect(messageOf(body)).toBe('This request cannot be escalated yet.');
    }
    await setLanguage('fr');
    const bob = await portal(sb, BOB, 'SUP-2', 'escalate', escalation); // Bob's own locale is en-US
    expect(messageOf(bob)).toBe('Vous n’avez pas accès à ces informations.');
  });

  it('accepts `{ locale }` alone in strict and empty payloads, and the locale in every function', async () => {
    expect(refusalOf(await portal(sb, ALICE, 'SUP-3', 'getPortalState', { locale: 'fr-FR' }))).toBeUndefined();
    expect(refusalOf(await admin(sb, FRANK, 'listSlaMetrics', { locale: 'en-US' }))).toBeUndefined();
    expect(refusalOf(await admin(sb, FRANK, 'getConfig', { locale: 'en-US' }))).toBeUndefined();
    expect(refusalOf(await agent(sb, DAVE, 'SUP-4', 'getAgentState', { locale: 'en-US' }))).toBeUndefined();
    expect(refusalOf(await queue(sb, DAVE, { locale: 'en-US' }))).toBeUndefined();
    // The locale is not an escalation field: the strict escalate payload takes it and escalates.
    const done = await portal(sb, ALICE, 'SUP-3', 'escalate', { ...escalation, locale: 'en-US' });
    expect(refusalOf(done)).toBeUndefined();
    // Bad input is still refused, in the payload's language.
    const bad = await admin(sb, FRANK, 'listSlaMetrics', unchecked({ locale: 'en-US', extra: 1 }));
    expect(errorCode(bad)).toBe('INVALID_INPUT');
    expect(messageOf(bad)).toBe('Some values are not valid.');
  });
});

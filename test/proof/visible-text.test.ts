/**
 * Issue 14, item 5: details must say something, and nothing in them may spoof the text around.
 * The portal form (static/portal/src/validate-details.ts) and the server (escalate) apply one rule:
 * visible characters (grapheme clusters, without control and format characters) of the trimmed text.
 */
import type { Sandbox } from '../../sandbox';
import { validateEscalation } from '../../static/portal/src/validate-details';
import { ALICE } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { errorCode, portal } from '../support/invoke';
import { commentBodies, snapshot } from './support';

jest.setTimeout(30_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const EMPTY_DETAILS: [string, string][] = [
  ['NUL characters', '\u0000'.repeat(20)],
  ['zero-width spaces', '\u200B'.repeat(20)],
  ['lone surrogates', '\uD800'.repeat(20)],
  ['bidi controls', '\u202E\u2066\u2069'.repeat(10)],
  ['combining marks alone', '\u0301'.repeat(20)],
  ['nine letters padded with zero-width joiners', `abcdefghi${'\u200D'.repeat(20)}`],
];
const reasons = [{ id: 'other', label: 'Autre', detailsRequired: true }];
const formState = { reasons, details: { min: 10, max: 2000 } } as Parameters<typeof validateEscalation>[0];
const t = (key: string) => key;

describe.each(EMPTY_DETAILS)('details made of %s', (_name, details) => {
  it('are refused by the server with INVALID_INPUT, changing nothing', async () => {
    const before = await snapshot(sb, 'SUP-3');
    const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details });
    expect(errorCode(body)).toBe('INVALID_INPUT');
    expect(await snapshot(sb, 'SUP-3')).toEqual(before);
  });

  it('are refused by the portal form', () => {
    expect(validateEscalation(formState, 'other', details, t).details).toBeDefined();
  });
});

describe('visible characters', () => {
  const ok = ['Ça ne marche toujours pas', '👨‍👩‍👧‍👦🇫🇷🙂😡👍🏽🎉✅❌🔥💬', 'ééééééééée'];
  it.each(ok)('the form and the server accept %j', async (details) => {
    expect(validateEscalation(formState, 'other', details, t).details).toBeUndefined();
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details }))).toBeUndefined();
  });

  it('nine emoji are nine characters, refused by both', async () => {
    const details = '👨‍👩‍👧‍👦🇫🇷🙂😡👍🏽🎉✅❌🔥';
    expect(validateEscalation(formState, 'other', details, t).details).toBe('portal.modal.errors.tooShort');
    expect(errorCode(await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details }))).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('bidi overrides and control characters', () => {
  it('never reach the email or the internal comment; French and emoji stay intact', async () => {
    const details = 'Pièce jointe \u202Egnp.exe\u202C reçue\u0007, ça bloque 🙂 \u2067isolé\u2069';
    const body = await portal(sb, ALICE, 'SUP-3', 'escalate', { reasonId: 'other', details });
    expect(errorCode(body)).toBeUndefined();
    const mail = sb.outbox().find((m) => m.issueKey === 'SUP-3');
    const note = (await commentBodies(sb, 'SUP-3')).find((c) => c.author === 'app-escalade');
    const texts = [mail?.subject, mail?.textBody, mail?.htmlBody, JSON.stringify(note?.body)].map(String);
    // eslint-disable-next-line no-control-regex
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
    for (const text of [mail?.textBody, JSON.stringify(note?.body)])
      expect(text).toContain('Pièce jointe gnp.exe reçue, ça bloque 🙂 isolé');
  });
});

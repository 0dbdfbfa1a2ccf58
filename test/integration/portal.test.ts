import type { Sandbox } from '../../sandbox';
import { MODULE_KEYS } from '../../src/contract';
import { ALICE, BOB, CAROL } from '../support/personas';
import { coldContainer, productCalls, useSandbox } from '../support/sandbox-setup';
import { errorCode, invokeWith, ok, portal, refusalOf, unchecked } from '../support/invoke';

let sb: Sandbox;
useSandbox((s) => (sb = s));

describe('getPortalState', () => {
  it('shows a critical incident with the phone number and no escalation link', async () => {
    const state = ok(await portal(sb, ALICE, 'SUP-1', 'getPortalState'));
    expect(state).toMatchObject({ requestKey: 'SUP-1', kind: 'critical', canEscalate: false });
    expect(state.critical).toMatchObject({ phone: '03 88 64 50 50' });
    // Alice's locale is fr-FR: the message is the French one.
    expect(state.critical?.message).toMatch(/par téléphone/);
  });

  it('tells when the link appears on a fresh request, and never shows it early', async () => {
    const state = ok(await portal(sb, ALICE, 'SUP-2', 'getPortalState'));
    expect(state).toMatchObject({ kind: 'waiting', canEscalate: false });
    expect(new Date(state.eligibleAt ?? '').getTime()).toBeGreaterThan(sb.clock.nowMs());
  });

  it('offers the link once the delay is over, with the reasons in the caller’s language', async () => {
    const fr = ok(await portal(sb, ALICE, 'SUP-3', 'getPortalState'));
    expect(fr).toMatchObject({ kind: 'eligible', canEscalate: true });
    expect(fr.eligibleAt).toBeUndefined();
    expect(fr.reasons.map((r) => r.label)).toContain('Pas de réponse');
  });

  it('serves a participant (an unlicensed account) like the reporter', async () => {
    const state = await portal(sb, CAROL, 'SUP-7', 'getPortalState');
    expect(state).toMatchObject({ requestKey: 'SUP-7', kind: 'waiting' });
  });

  it('refuses a customer who is not on the request, exactly as for a request that does not exist', async () => {
    const notTheirs = await portal(sb, BOB, 'SUP-3', 'getPortalState', { locale: 'en-US' });
    const missing = await invokeWith(
      sb,
      MODULE_KEYS.portal,
      'getPortalState',
      BOB,
      { ...sb.extensionFor(MODULE_KEYS.portal, 'SUP-5'), request: { key: 'SUP-999', typeId: 10 } },
      { locale: 'en-US' },
    );
    expect(errorCode(notTheirs)).toBe('FORBIDDEN');
    expect(missing).toEqual(notTheirs);
    // Nothing else leaks: only the error.
    expect(Object.keys(notTheirs)).toEqual(['error']);
    expect(JSON.stringify(notTheirs)).not.toMatch(/SUP-3|summary|status/i);
    expect(refusalOf(notTheirs)?.message).toBe('You do not have access to this information.');
  });

  it('takes the request key from the module context, never from the payload', async () => {
    const state = ok(
      await portal(
        sb,
        BOB,
        'SUP-5',
        'getPortalState',
        unchecked({ requestKey: 'SUP-3', key: 'SUP-3', issueKey: 'SUP-3' }),
      ),
    );
    expect(state.requestKey).toBe('SUP-5');
  });

  it('refuses a context without a request key, and a payload that is not an object', async () => {
    const noKey = await invokeWith(sb, MODULE_KEYS.portal, 'getPortalState', ALICE, {
      type: 'jiraServiceManagement:portalRequestDetailPanel',
    });
    expect(errorCode(noKey)).toBe('FORBIDDEN');
    const bad = await portal(sb, ALICE, 'SUP-3', 'getPortalState', unchecked(['SUP-3']));
    expect(errorCode(bad)).toBe('INVALID_INPUT');
    expect(refusalOf(bad)?.message).toBe('Certaines valeurs ne sont pas valides.');
  });

  it('answers UNAVAILABLE, in the caller’s language, when Jira stays busy', async () => {
    sb.addFault({ pathPattern: '/rest/api/3/issue/SUP-3', status: 503, count: 20 });
    const body = await portal(sb, ALICE, 'SUP-3', 'getPortalState');
    expect(errorCode(body)).toBe('UNAVAILABLE');
    expect(refusalOf(body)?.message).toMatch(/Réessayez/);
  });

  it('makes at most 2 product calls cold (1: the read finds the field ids itself) and 1 warm', async () => {
    coldContainer(sb);
    expect(await portal(sb, ALICE, 'SUP-3', 'getPortalState')).toMatchObject({ requestKey: 'SUP-3', kind: 'eligible' });
    const cold = productCalls(sb);
    expect(cold.length).toBeLessThanOrEqual(2);
    // No GET /rest/api/3/field: one wide read of the issue with its field names and types.
    expect(cold.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /rest/api/3/issue/SUP-3?fields=*all&expand=names,schema',
    ]);
    sb.clearCalls();
    expect(await portal(sb, ALICE, 'SUP-3', 'getPortalState')).toMatchObject({ requestKey: 'SUP-3', kind: 'eligible' });
    const warm = productCalls(sb);
    expect(warm).toHaveLength(1);
    expect(warm[0].path).toMatch(/^\/rest\/api\/3\/issue\/SUP-3\?fields=summary%2C/);
  });
});

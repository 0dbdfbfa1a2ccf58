/**
 * Issue 14, item 8: every refusal is a typed `{ error: { code, message } }`, never a plain 500;
 * a wrong type says what was expected; an unknown account type is no caller; an export without
 * `schemaVersion` imports through the migrations, and `validateConfig` answers what will be saved.
 */
import type { Sandbox } from '../../sandbox';
import { readInvocation } from '../../src/forge/handlers/invocation';
import { ALICE, DAVE, FRANK } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { admin, agent, errorCode, getConfig, ok, portal, queue, refusalOf, unchecked } from '../support/invoke';

jest.setTimeout(30_000);

let sb: Sandbox;
useSandbox((s) => (sb = s));

const errorOf = (body: unknown) => {
  const error = refusalOf(body);
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(body)}`);
  return error;
};

describe('Jira refusals are typed errors', () => {
  it.each([
    [400, 'NOT_FOUND'],
    [403, 'FORBIDDEN'],
  ])('a %i on the request read gives %s in the portal and the agent panel', async (status, code) => {
    for (const call of [
      () => portal(sb, ALICE, 'SUP-3', 'getPortalState'),
      () => agent(sb, DAVE, 'SUP-3', 'getAgentState'),
    ]) {
      sb.addFault({ pathPattern: '/rest/api/3/issue/SUP-3', method: 'GET', status, count: 1 });
      const body = await call();
      sb.clearFaults();
      expect(errorOf(body).code).toBe(code);
      expect(typeof errorOf(body).message).toBe('string');
    }
  });

  it('a 400 on the queue search is a typed error', async () => {
    sb.addFault({ pathPattern: '/rest/api/3/search/jql', status: 400, count: 1 });
    const body = await queue(sb, DAVE);
    expect(errorOf(body).code).toBe('NOT_FOUND');
    expect(errorOf(body).message.length).toBeGreaterThan(0);
  });
});

describe('wrong types say what was expected (Frank reads French)', () => {
  it.each([
    ['queue startAt "0"', () => queue(sb, DAVE, unchecked({ startAt: '0' })), 'startAt', 'Saisissez un nombre.'],
    [
      'previewDelay impact 5',
      () => admin(sb, FRANK, 'previewDelay', unchecked({ impact: 5 })),
      'impact',
      'Saisissez du texte.',
    ],
    [
      'saveConfig expectedVersion "1"',
      async () =>
        admin(sb, FRANK, 'saveConfig', unchecked({ config: (await getConfig(sb)).config, expectedVersion: '1' })),
      'expectedVersion',
      'Saisissez un nombre.',
    ],
  ])('%s', async (_name, call, path, message) => {
    const error = errorOf(await call());
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toEqual([{ path, message }]);
  });

  it('a missing field is still "required"', async () => {
    const error = errorOf(await admin(sb, FRANK, 'saveConfig', unchecked({ config: (await getConfig(sb)).config })));
    expect(error.fields).toEqual([{ path: 'expectedVersion', message: 'Ce champ est obligatoire.' }]);
  });
});

describe('account types', () => {
  it.each([undefined, 'robot', 'LICENSED', '', 42])('accountType %j is no caller at all', (accountType) => {
    expect(readInvocation({ context: { accountId: 'agent-dave', accountType } }).caller).toBeNull();
  });

  it('known account types are kept', () => {
    for (const accountType of ['licensed', 'unlicensed', 'customer'])
      expect(readInvocation({ context: { accountId: 'x', accountType } }).caller).toEqual({
        accountId: 'x',
        accountType,
      });
  });
});

describe('import of an older export', () => {
  it('an export without schemaVersion is migrated by validateConfig, which answers the migrated config', async () => {
    const { config } = await getConfig(sb);
    const { schemaVersion, ...old } = config as unknown as Record<string, unknown>;
    const body = ok(await admin(sb, FRANK, 'validateConfig', { config: old }));
    expect(body.config.schemaVersion).toBe(schemaVersion);
    expect(body.config).toEqual(config);
  });

  it('what validateConfig answered for an old export saves as shown', async () => {
    const { config, version } = await getConfig(sb);
    const { schemaVersion: _dropped, ...old } = config as unknown as Record<string, unknown>;
    const shown = ok(await admin(sb, FRANK, 'validateConfig', { config: { ...old, defaultDelayHours: 12 } })).config;
    const saved = await admin(sb, FRANK, 'saveConfig', { config: shown, expectedVersion: version });
    expect(errorCode(saved)).toBeUndefined();
    expect((await getConfig(sb)).config).toEqual({ ...config, defaultDelayHours: 12 });
  });
});

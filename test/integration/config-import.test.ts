/** Old exports still import: validateConfig migrates an older schemaVersion and hands the result back. */
import type { Sandbox } from '../../sandbox';
import { CONFIG_SCHEMA_VERSION, DEFAULT_CONFIG } from '../../src/domain';
import { admin, errorCode, FRANK, freshSite, startSandbox } from '../support/sandbox-harness';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => freshSite(sb));

/** A version-1 export: what the admin page's "Export" wrote before followUp.fallbackToProjectLead existed. */
function versionOneExport(): Record<string, unknown> {
  const { fallbackToProjectLead: _dropped, ...followUp } = structuredClone(DEFAULT_CONFIG.followUp);
  return { ...structuredClone(DEFAULT_CONFIG), schemaVersion: 1, followUp: { ...followUp, cooldownMinutes: 12 } };
}

describe('importing an older export', () => {
  it('validateConfig migrates a version-1 export and returns the config the editor loads', async () => {
    const body = await admin(sb, FRANK, 'validateConfig', { config: versionOneExport() });
    expect(errorCode(body)).toBeUndefined();
    const config = body.config as typeof DEFAULT_CONFIG;
    expect(config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    expect(config.followUp).toMatchObject({ cooldownMinutes: 12, fallbackToProjectLead: true });
  });

  it('the migrated config saves; saving the raw version-1 export is refused and changes nothing', async () => {
    const before = (await admin(sb, FRANK, 'getConfig')) as { version: number };
    const raw = await admin(sb, FRANK, 'saveConfig', { config: versionOneExport(), expectedVersion: before.version });
    expect(errorCode(raw)).toBe('INVALID_INPUT');
    expect(((await admin(sb, FRANK, 'getConfig')) as { version: number }).version).toBe(before.version);

    const { config } = (await admin(sb, FRANK, 'validateConfig', { config: versionOneExport() })) as {
      config: unknown;
    };
    const saved = await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: before.version });
    expect(errorCode(saved)).toBeUndefined();
    expect((saved.config as typeof DEFAULT_CONFIG).followUp.cooldownMinutes).toBe(12);
  });

  it('a version from the future is refused', async () => {
    const body = await admin(sb, FRANK, 'validateConfig', {
      config: { ...DEFAULT_CONFIG, schemaVersion: CONFIG_SCHEMA_VERSION + 1 },
    });
    expect(errorCode(body)).toBe('INVALID_INPUT');
  });
});

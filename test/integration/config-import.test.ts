/** Old exports still import: validateConfig migrates an older schemaVersion and hands the result back. */
import type { Sandbox } from '../../sandbox';
import { CONFIG_SCHEMA_VERSION, DEFAULT_CONFIG } from '../../src/domain';
import { FRANK } from '../support/personas';
import { useSandbox } from '../support/sandbox-setup';
import { admin, errorCode, ok } from '../support/invoke';

let sb: Sandbox;
useSandbox((s) => (sb = s));

/** A version-1 export: what the admin page's "Export" wrote before followUp.fallbackToProjectLead existed. */
function versionOneExport(): Record<string, unknown> {
  const { fallbackToProjectLead: _dropped, ...followUp } = structuredClone(DEFAULT_CONFIG.followUp);
  return { ...structuredClone(DEFAULT_CONFIG), schemaVersion: 1, followUp: { ...followUp, cooldownMinutes: 12 } };
}

describe('importing an older export', () => {
  it('validateConfig migrates a version-1 export and returns the config the editor loads', async () => {
    const { config } = ok(await admin(sb, FRANK, 'validateConfig', { config: versionOneExport() }));
    expect(config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    expect(config.followUp).toMatchObject({ cooldownMinutes: 12, fallbackToProjectLead: true });
  });

  it('the migrated config saves; saving the raw version-1 export is refused and changes nothing', async () => {
    const before = ok(await admin(sb, FRANK, 'getConfig'));
    const raw = await admin(sb, FRANK, 'saveConfig', { config: versionOneExport(), expectedVersion: before.version });
    expect(errorCode(raw)).toBe('INVALID_INPUT');
    expect(ok(await admin(sb, FRANK, 'getConfig')).version).toBe(before.version);

    const { config } = ok(await admin(sb, FRANK, 'validateConfig', { config: versionOneExport() }));
    const saved = await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: before.version });
    expect(ok(saved).config.followUp.cooldownMinutes).toBe(12);
  });

  it('a version from the future is refused', async () => {
    const body = await admin(sb, FRANK, 'validateConfig', {
      config: { ...DEFAULT_CONFIG, schemaVersion: CONFIG_SCHEMA_VERSION + 1 },
    });
    expect(errorCode(body)).toBe('INVALID_INPUT');
  });
});

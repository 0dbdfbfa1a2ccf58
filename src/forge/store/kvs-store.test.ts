import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { createSandbox, type Sandbox } from '../../../sandbox';
import { DEFAULT_CONFIG } from '../../domain/config';
import type { Config } from '../../domain/config/schema';
import { emptyRecord } from '../../domain/record';
import { isTransient } from '../jira/errors';
import { isKeyExistsError, LockTimeoutError } from './kvs-errors';
import { createKvsStore } from './kvs-store';

/** The real @forge/kvs package, talking to the sandbox's emulated KVS (no jest.mock). */
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await createSandbox({ seed: false, now: new Date('2026-11-24T09:00:00Z') });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
});

const edited = (n: number): Config => ({ ...DEFAULT_CONFIG, defaultDelayHours: n });

describe('isKeyExistsError', () => {
  const apiError = (status: number, code: string) =>
    new ForgeKvsAPIError({ status, statusText: '' }, { code, message: code });

  it('recognises the 409 of a FAIL_IF_EXISTS set, and nothing else', () => {
    expect(isKeyExistsError(apiError(409, 'KEY_ALREADY_EXISTS'))).toBe(true);
    expect(isKeyExistsError(apiError(409, 'KEY_CONFLICT'))).toBe(true);
    expect(isKeyExistsError(apiError(409, 'CONDITIONAL_CHECK_FAILED'))).toBe(false);
    expect(isKeyExistsError(apiError(429, 'RATE_LIMIT_EXCEEDED'))).toBe(false);
    expect(isKeyExistsError(new Error('409'))).toBe(false);
  });

  it('matches what @forge/kvs actually throws for an existing key', async () => {
    await kvs.set('probe', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    const err = await kvs.set('probe', 2, { keyPolicy: 'FAIL_IF_EXISTS' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeKvsAPIError);
    expect(isKeyExistsError(err)).toBe(true);
  });
});

describe('config', () => {
  it('gives the defaults at version 0 before any save', async () => {
    expect(await createKvsStore().getConfig()).toEqual({ config: DEFAULT_CONFIG, version: 0 });
  });

  it('saves with compare-and-set on the version', async () => {
    const store = createKvsStore();
    expect(await store.saveConfig(edited(10), 0)).toEqual({ ok: true, value: { version: 1 } });
    expect(await store.saveConfig(edited(11), 0)).toEqual({ ok: false, code: 'CONFLICT' });
    expect(await store.getConfig()).toEqual({ config: edited(10), version: 1 });
    expect(await store.saveConfig(edited(12), 1)).toEqual({ ok: true, value: { version: 2 } });
    expect(await kvs.get('config')).toEqual({ config: edited(12), version: 2 });
    expect(await kvs.get('lock:config')).toBeUndefined();
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const results = await Promise.all([
      createKvsStore().saveConfig(edited(1), 0),
      createKvsStore().saveConfig(edited(2), 0),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, value: { version: 1 } }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'CONFLICT' }]);
  });

  it('migrates a stored config written without schemaVersion', async () => {
    const { schemaVersion: _omit, ...legacy } = edited(7);
    await kvs.set('config', { config: legacy, version: 4 });
    expect(await createKvsStore().getConfig()).toEqual({ config: edited(7), version: 4 });
  });

  it('falls back to the defaults, keeping the version, when the stored config is invalid', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await kvs.set('config', { config: { ...DEFAULT_CONFIG, defaultDelayHours: -1 }, version: 3 });
    expect(await createKvsStore().getConfig()).toEqual({ config: DEFAULT_CONFIG, version: 3 });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('records', () => {
  it('gives an empty record for an unknown issue', async () => {
    expect(await createKvsStore().getRecord('SUP-1')).toEqual(emptyRecord('SUP-1'));
  });

  it('stores under record:{key} and releases the lock', async () => {
    const store = createKvsStore();
    const next = await store.updateRecord('SUP-1', (r) => ({ ...r, followUpCount: r.followUpCount + 1 }));
    expect(next.followUpCount).toBe(1);
    expect(await kvs.get('record:SUP-1')).toEqual(next);
    expect(await kvs.get('lock:SUP-1')).toBeUndefined();
  });

  it('loses no update under concurrent read-modify-write', async () => {
    const bump = () => createKvsStore().updateRecord('SUP-2', (r) => ({ ...r, followUpCount: r.followUpCount + 1 }));
    await Promise.all(Array.from({ length: 8 }, bump));
    expect((await createKvsStore().getRecord('SUP-2')).followUpCount).toBe(8);
  });

  it('releases the lock when the change throws', async () => {
    const store = createKvsStore();
    await expect(
      store.updateRecord('SUP-3', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await kvs.get('lock:SUP-3')).toBeUndefined();
    await expect(store.updateRecord('SUP-3', (r) => r)).resolves.toEqual(emptyRecord('SUP-3'));
  });

  it('gives up on a lock held too long, and gets it once its lease expires', async () => {
    await kvs.set(
      'lock:SUP-5',
      { token: 'crashed-holder' },
      { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } },
    );
    const store = createKvsStore({ lockWaitMs: 150 });
    const err = await store.updateRecord('SUP-5', (r) => r).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockTimeoutError);
    expect(isTransient(err)).toBe(true);
    expect((err as LockTimeoutError).retryAfterSeconds).toBe(5);
    // The waiting writer did not delete someone else's lease.
    expect(await kvs.get('lock:SUP-5')).toEqual({ token: 'crashed-holder' });
    sandbox.clock.advanceMinutes(1);
    await expect(store.updateRecord('SUP-5', (r) => ({ ...r, followUpCount: 5 }))).resolves.toMatchObject({
      followUpCount: 5,
    });
  });
});

describe('claims', () => {
  it('has a single winner, also under concurrency, until released', async () => {
    const store = createKvsStore();
    const wins = await Promise.all(Array.from({ length: 6 }, () => createKvsStore().claim('escalation:SUP-3:1')));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await store.claim('escalation:SUP-3:1')).toBe(false);
    expect(await kvs.get('claim:escalation:SUP-3:1')).toEqual({ at: expect.any(String) });
    await store.release('escalation:SUP-3:1');
    expect(await store.claim('escalation:SUP-3:1')).toBe(true);
  });

  it('expires with its TTL', async () => {
    const store = createKvsStore();
    expect(await store.claim('comment:10201', 3600)).toBe(true);
    expect(await store.claim('comment:10201', 3600)).toBe(false);
    sandbox.clock.advanceMinutes(61);
    expect(await store.claim('comment:10201', 3600)).toBe(true);
  });
});

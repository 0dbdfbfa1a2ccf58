import { kvs, WhereConditions } from '@forge/kvs';
import { DEFAULT_CONFIG } from '../../domain/config/defaults';
import { migrateConfig } from '../../domain/config/parse';
import type { Config } from '../../domain/config/schema';
import { refusal, success } from '../../domain/outcome';
import { emptyRecord, type RequestRecord } from '../../domain/record';
import type { SaveConfigResult, Store, StoredConfig } from '../../ports';
import { isKeyExistsError, LockTimeoutError } from './kvs-errors';
import { releaseLease, takeLease } from './kvs-lease';
import { createLocks, type LockOptions } from './kvs-lock';

/**
 * App storage over @forge/kvs. Keys:
 * - `config` → `{ config, version }` (version 0 = never saved, the defaults apply);
 * - `record:{issueKey}` → RequestRecord;
 * - `claim:{key}` → "first one wins" markers (escalation levels, effects in progress, processed comments): with
 *   a TTL, a lease `{ token, expiresAtMs }` (kvs-lease.ts: taken over once expired, even while KVS still returns
 *   the expired key); without, `{ at }` for good;
 * - `lock:{issueKey}`, `lock:config` → short leases (kvs-lease.ts);
 * - `takeover:{lease key}:{expired token}` → the single winner of a takeover (kvs-lease.ts).
 *
 * Writers serialise on a lease (kvs-lock.ts). `get` is strongly consistent, so a reader under the
 * lease always sees the previous writer's value.
 */

export const STORE_KEYS = {
  config: 'config',
  configLock: 'lock:config',
  record: (issueKey: string) => `record:${safe(issueKey)}`,
  lock: (issueKey: string) => `lock:${safe(issueKey)}`,
  claim: (key: string) => `claim:${safe(key)}`,
} as const;

/** KVS keys allow `[a-zA-Z0-9:._\s-#]`; anything else becomes `_`. */
function safe(part: string): string {
  return part.replace(/[^a-zA-Z0-9:._\s#-]/g, '_');
}

export type KvsStoreOptions = LockOptions;

interface StoredEnvelope {
  config: unknown;
  version: number;
}

/** Another save came first (or holds the lock): the editor reloads before overwriting. */
const CONFLICT = refusal({ code: 'CONFLICT' as const });

export function createKvsStore(options: KvsStoreOptions = {}): Store {
  const withLock = createLocks(options);

  async function getConfig(): Promise<StoredConfig> {
    const stored = await kvs.get<StoredEnvelope>(STORE_KEYS.config);
    if (!stored) return { config: DEFAULT_CONFIG, version: 0 };
    const migrated = migrateConfig(stored.config);
    if (migrated.ok) return { config: migrated.value, version: stored.version };
    // Unreadable stored config: run on the defaults, keep the version so the admin can overwrite it.
    console.warn(
      'Stored configuration is invalid; using the defaults',
      migrated.errors.map((e) => e.path),
    );
    return { config: DEFAULT_CONFIG, version: stored.version };
  }

  async function saveConfig(config: Config, expectedVersion: number): Promise<SaveConfigResult> {
    try {
      return await withLock(STORE_KEYS.configLock, async () => {
        const current = (await kvs.get<StoredEnvelope>(STORE_KEYS.config))?.version ?? 0;
        if (current !== expectedVersion) return CONFLICT;
        const version = current + 1;
        await kvs.set<StoredEnvelope>(STORE_KEYS.config, { config, version });
        return success({ version });
      });
    } catch (e) {
      // Another admin is saving right now: theirs wins, this one is stale.
      if (e instanceof LockTimeoutError) return CONFLICT;
      throw e;
    }
  }

  async function getRecord(issueKey: string): Promise<RequestRecord> {
    return (await kvs.get<RequestRecord>(STORE_KEYS.record(issueKey))) ?? emptyRecord(issueKey);
  }

  async function updateRecord(
    issueKey: string,
    change: (record: RequestRecord) => RequestRecord,
  ): Promise<RequestRecord> {
    return withLock(STORE_KEYS.lock(issueKey), async () => {
      const current = await getRecord(issueKey);
      const next = change(current);
      // A change that refuses returns the record it was given: nothing to write.
      if (next !== current) await kvs.set(STORE_KEYS.record(issueKey), next);
      return next;
    });
  }

  /** The tokens of the leases this store (one invocation's) took, so that `release` ends only its own. */
  const held = new Map<string, string>();

  async function claim(key: string, ttlSeconds?: number): Promise<boolean> {
    const kvsKey = STORE_KEYS.claim(key);
    if (ttlSeconds) {
      const token = await takeLease(kvsKey, ttlSeconds);
      if (token) held.set(kvsKey, token);
      return token !== null;
    }
    try {
      await kvs.set(kvsKey, { at: new Date().toISOString() }, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (e) {
      if (isKeyExistsError(e)) return false;
      throw e;
    }
  }

  async function release(key: string): Promise<void> {
    const kvsKey = STORE_KEYS.claim(key);
    const token = held.get(kvsKey);
    held.delete(kvsKey);
    if (token) await releaseLease(kvsKey, token);
    else await kvs.delete(kvsKey);
  }

  /** One KVS query (eventually consistent, at most 100 keys): the claims whose key starts with `prefix`. */
  async function listClaims(prefix: string, max: number): Promise<string[]> {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(STORE_KEYS.claim(prefix)))
      .limit(Math.max(1, Math.min(100, max)))
      .getMany();
    return page.results.map((r) => r.key.slice(STORE_KEYS.claim('').length));
  }

  return { getConfig, saveConfig, getRecord, updateRecord, claim, release, listClaims };
}

import { kvs, WhereConditions } from '@forge/kvs';
import { emptyRecord, type RequestRecord } from '../../domain/record';
import type { Store } from '../../ports';
import { createLocks, type LockOptions } from './kvs-lock';
import { claimStore } from './kvs-claims';
import { configStore } from './kvs-config-store';
import { STORE_KEYS } from './kvs-keys';

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

export { STORE_KEYS } from './kvs-keys';

export type KvsStoreOptions = LockOptions;

export function createKvsStore(options: KvsStoreOptions = {}): Store {
  const withLock = createLocks(options);
  const { getConfig, saveConfig } = configStore(withLock);
  const { claim, release } = claimStore();

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

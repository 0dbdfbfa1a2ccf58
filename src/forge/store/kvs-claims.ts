import { kvs } from '@forge/kvs';
import { isKeyExistsError } from './kvs-errors';
import { releaseLease, takeLease } from './kvs-lease';
import { STORE_KEYS } from './kvs-keys';

/**
 * "First one wins" markers: with a TTL, a lease (kvs-lease.ts) that this store's invocation alone releases; without,
 * a key written once with FAIL_IF_EXISTS and kept for good.
 */
export function claimStore() {
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

  return { claim, release };
}

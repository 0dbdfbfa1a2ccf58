import { LockTimeoutError } from './kvs-errors';
import { releaseLease, takeLease } from './kvs-lease';

/**
 * Locks over KVS: KVS has no compare-and-set on a value, so writers serialise on a lease (kvs-lease.ts:
 * FAIL_IF_EXISTS with a TTL and its expiry recorded in the value, taken over once that expiry has passed, even
 * while the store still returns the expired key). A crashed holder blocks for one TTL at most; the limit is
 * that a holder stalled past the TTL (far beyond any Forge call) could overlap the next one.
 */
export interface LockOptions {
  sleep?: (ms: number) => Promise<void>;
  /** How long to wait for a busy lock before giving up with LockTimeoutError. */
  lockWaitMs?: number;
  /** Lease of a lock; a crashed holder's lock frees itself after this. */
  lockTtlSeconds?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Monotonic wall time, unaffected by a host's patched Date (the sandbox moves its clock). */
const monotonicMs = () => performance.now();

/** Runs `run` while holding the lease `key`; throws LockTimeoutError when it stays taken too long. */
export type WithLock = <T>(key: string, run: () => Promise<T>) => Promise<T>;

export function createLocks(options: LockOptions = {}): WithLock {
  const sleep = options.sleep ?? realSleep;
  const lockWaitMs = options.lockWaitMs ?? 3_000;
  const lockTtlSeconds = options.lockTtlSeconds ?? 30;

  /** Takes a lease, waiting with backoff; the token lets the release leave alone a lease retaken since. */
  async function lock(key: string): Promise<string> {
    const started = monotonicMs();
    for (let attempt = 0; ; attempt++) {
      const token = await takeLease(key, lockTtlSeconds);
      if (token) return token;
      const wait = Math.min(400, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);
      if (monotonicMs() - started + wait > lockWaitMs) throw new LockTimeoutError(key);
      await sleep(wait);
    }
  }

  async function withLock<T>(key: string, run: () => Promise<T>): Promise<T> {
    const token = await lock(key);
    try {
      return await run();
    } finally {
      await releaseLease(key, token);
    }
  }

  return withLock;
}

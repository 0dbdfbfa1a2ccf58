import { kvs } from '@forge/kvs';
import { isKeyExistsError, LockTimeoutError } from './kvs-errors';

/**
 * Leases over KVS: KVS has no compare-and-set on a value, so writers serialise on a lease key taken with
 * FAIL_IF_EXISTS and a TTL. A lease expires after its TTL, so a crashed holder never blocks for long; the
 * limit is that a holder stalled past the TTL (far beyond any Forge call) could overlap the next one.
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
  const lockTtl = { value: options.lockTtlSeconds ?? 30, unit: 'SECONDS' as const };

  /** Takes a lease; the token lets `unlock` leave alone a lease that expired and was retaken. */
  async function lock(key: string): Promise<string> {
    const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const started = monotonicMs();
    for (let attempt = 0; ; attempt++) {
      try {
        await kvs.set(key, { token }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: lockTtl });
        return token;
      } catch (e) {
        if (!isKeyExistsError(e)) throw e;
      }
      const wait = Math.min(400, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);
      if (monotonicMs() - started + wait > lockWaitMs) throw new LockTimeoutError(key);
      await sleep(wait);
    }
  }

  async function unlock(key: string, token: string): Promise<void> {
    const held = await kvs.get<{ token?: string }>(key);
    if (held?.token === token) await kvs.delete(key);
  }

  async function withLock<T>(key: string, run: () => Promise<T>): Promise<T> {
    const token = await lock(key);
    try {
      return await run();
    } finally {
      await unlock(key, token);
    }
  }

  return withLock;
}

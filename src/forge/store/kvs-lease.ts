import { kvs, MetadataField } from '@forge/kvs';
import { isKeyExistsError } from './kvs-errors';

/**
 * Leases over Forge KVS that survive its lazy expiry (docs/rules.md §8, "Leases").
 *
 * Forge KVS deletes expired keys asynchronously, "up to 48 hours" later, and reads may still return them
 * (runtime-reference/storage-api-basic-api, "Time-to-live"). A lease taken with FAIL_IF_EXISTS and a TTL
 * alone could therefore block for two days after its holder crashed. KVS has no compare-and-set on a plain
 * key (transaction conditions apply to custom entities only), so each lease records its own expiry and a
 * takeover is serialised on a second FAIL_IF_EXISTS key:
 *
 * 1. **Take**: `set(key, { token, expiresAtMs }, FAIL_IF_EXISTS, ttl)`. Success: the caller holds it.
 * 2. **Conflict** (409): read the lease with its EXPIRE_TIME. Its expiry is the recorded `expiresAtMs`
 *    (or, for a value written before leases recorded it, the store's `expireTime`). Not passed: busy.
 *    Gone meanwhile: take again (step 1, once).
 * 3. **Takeover** of an expired lease whose token is T: `set('takeover:' + key + ':' + T, …,
 *    FAIL_IF_EXISTS)`. Exactly one claimant wins per expired token; the others are busy. The marker lives
 *    an hour, far longer than any invocation that could still hold the stale read of T.
 * 4. The winner **swaps** its lease in (`OVERRIDE`, `returnValue: PREVIOUS`). If the value it replaced is
 *    T's (or nothing), it holds the lease. If it is someone else's live lease (T's key was deleted, by the
 *    store or a late release, and a new claimant created it in between), the winner puts that value back
 *    and is busy: nobody ever acts on a lease it overwrote.
 * 5. **Release** deletes the key only while it still holds the caller's token and the caller's own expiry
 *    has not passed (an expired lease may be being taken over: leave it alone).
 *
 * Assumptions, as for any lease: clocks of invocations agree to within a few seconds, and a holder finishes
 * before its lease expires (TTLs are longer than the invocation limits).
 */
export interface LeaseValue {
  token: string;
  expiresAtMs: number;
}

/** How long a takeover marker stays: longer than any invocation that may have read the expired lease. */
const TAKEOVER_MARKER_TTL_S = 60 * 60;

const newToken = () => `${Date.now()}-${Math.random().toString(36).slice(2, 12)}`;
const ttlOf = (seconds: number) => ({ value: Math.max(1, Math.ceil(seconds)), unit: 'SECONDS' as const });

/** `set` with FAIL_IF_EXISTS: true when written, false when the key exists. */
async function createIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
  try {
    await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: ttlOf(ttlSeconds) });
    return true;
  } catch (e) {
    if (isKeyExistsError(e)) return false;
    throw e;
  }
}

/** The lease's token and expiry as stored, or null when the key is gone. */
async function readLease(key: string): Promise<{ token: string; expiresAtMs: number } | null> {
  const held = await kvs.get<Partial<LeaseValue> | null>(key, { metadataFields: [MetadataField.EXPIRE_TIME] });
  if (!held) return null;
  const value = held.value ?? {};
  const recorded = typeof value.expiresAtMs === 'number' ? value.expiresAtMs : Date.parse(held.expireTime ?? '');
  // A value with neither (no TTL at all) never expires: treat it as held forever.
  const expiresAtMs = Number.isFinite(recorded) ? recorded : Number.POSITIVE_INFINITY;
  // A value written before leases had tokens is named by its expiry, which is as unique for a takeover.
  const token = typeof value.token === 'string' ? value.token : `legacy-${expiresAtMs}`;
  return { token, expiresAtMs };
}

/** Takes the lease `key` for `ttlSeconds`; its token, or null when someone else holds it. */
export async function takeLease(key: string, ttlSeconds: number): Promise<string | null> {
  const token = newToken();
  const lease = (): LeaseValue => ({ token, expiresAtMs: Date.now() + ttlSeconds * 1000 });
  if (await createIfAbsent(key, lease(), ttlSeconds)) return token;

  const held = await readLease(key);
  if (!held) return (await createIfAbsent(key, lease(), ttlSeconds)) ? token : null;
  if (held.expiresAtMs > Date.now()) return null;

  if (!(await createIfAbsent(`takeover:${key}:${held.token}`, { token }, TAKEOVER_MARKER_TTL_S))) return null;
  const replaced = await kvs.set<LeaseValue, Partial<LeaseValue>>(key, lease(), {
    keyPolicy: 'OVERRIDE',
    returnValue: 'PREVIOUS',
    ttl: ttlOf(ttlSeconds),
  });
  const previous = replaced?.value;
  if (!previous || previous.token === undefined || previous.token === held.token) return token;
  if (typeof previous.expiresAtMs === 'number' && previous.expiresAtMs <= Date.now()) return token;
  // A live lease created after the expired one vanished: give it back, untouched.
  await kvs.set(key, previous, { ttl: ttlOf(((previous.expiresAtMs ?? Date.now()) - Date.now()) / 1000) });
  return null;
}

/** Releases the lease if the caller still holds it and it has not expired (otherwise it is not theirs to end). */
export async function releaseLease(key: string, token: string): Promise<void> {
  const held = await kvs.get<Partial<LeaseValue>>(key);
  if (held?.token !== token) return;
  if (typeof held.expiresAtMs === 'number' && held.expiresAtMs <= Date.now()) return;
  await kvs.delete(key);
}

/**
 * The lease protocol of kvs-lease.ts, on the real @forge/kvs against the sandbox KVS, where expired keys
 * linger (48 h by default, as Forge's asynchronous deletion allows).
 */
import fc from 'fast-check';
import { kvs } from '@forge/kvs';
import { createSandbox, type Sandbox } from '../../../sandbox';
import { releaseLease, takeLease, type LeaseValue } from './kvs-lease';

let sb: Sandbox;
beforeAll(async () => {
  sb = await createSandbox({ seed: false, now: new Date('2026-11-24T09:00:00Z') });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const stored = (key: string) => kvs.get<LeaseValue>(key);

describe('takeLease / releaseLease', () => {
  it('records its own expiry; one holder at a time; the holder releases it', async () => {
    const token = await takeLease('lock:A', 30);
    expect(token).toEqual(expect.any(String));
    const lease = await stored('lock:A');
    expect(lease?.token).toBe(token);
    // The sandbox clock runs on in real time: the recorded expiry is 30 s after the take, give or take.
    expect(Math.abs(lease!.expiresAtMs - (sb.clock.nowMs() + 30_000))).toBeLessThan(2_000);
    expect(await takeLease('lock:A', 30)).toBeNull();
    await releaseLease('lock:A', 'someone-else');
    expect(await stored('lock:A')).toMatchObject({ token });
    await releaseLease('lock:A', token!);
    expect(await stored('lock:A')).toBeUndefined();
    expect(await takeLease('lock:A', 30)).toEqual(expect.any(String));
  });

  it('is taken over once its recorded expiry has passed, although the store still returns the key', async () => {
    const crashed = await takeLease('lock:B', 30);
    sb.clock.advanceMinutes(0.4);
    expect(await takeLease('lock:B', 30)).toBeNull();
    sb.clock.advanceMinutes(0.2);
    // Expired, but lingering: a plain FAIL_IF_EXISTS would be refused for up to 48 hours.
    expect(await stored('lock:B')).toMatchObject({ token: crashed });
    const next = await takeLease('lock:B', 30);
    expect(next).toEqual(expect.any(String));
    expect(await stored('lock:B')).toMatchObject({ token: next });
    // The crashed holder, back late, cannot end the new holder's lease.
    await releaseLease('lock:B', crashed!);
    expect(await stored('lock:B')).toMatchObject({ token: next });
  });

  it('takes over a lease written before leases recorded their expiry, by the store’s EXPIRE_TIME', async () => {
    await kvs.set(
      'lock:C',
      { token: 'old-style' },
      { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } },
    );
    expect(await takeLease('lock:C', 30)).toBeNull();
    sb.clock.advanceMinutes(1);
    expect(await takeLease('lock:C', 30)).toEqual(expect.any(String));
  });

  it('does not release its own lease once expired: it may be being taken over', async () => {
    const token = await takeLease('lock:D', 30);
    sb.clock.advanceMinutes(1);
    await releaseLease('lock:D', token!);
    expect(await stored('lock:D')).toMatchObject({ token });
  });
});

/**
 * Racing claimants on an expired, lingering lease. Every KVS call of every participant goes through
 * fast-check's scheduler, which explores their interleavings; besides the claimants, the crashed holder may
 * come back and release late, and the store's asynchronous deletion may run at any point.
 */
describe('racing claimants on an expired lease', () => {
  it('always gives the lease to exactly one of them, and the lease holds that one’s token', async () => {
    const g = globalThis as { __forge_fetch__?: (...args: unknown[]) => Promise<unknown> };
    const realFetch = g.__forge_fetch__!;
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.integer({ min: 2, max: 4 }),
          fc.boolean(),
          fc.boolean(),
          async (s, claimants, lateRelease, storeDeletes) => {
            g.__forge_fetch__ = realFetch;
            const key = `lock:race-${run++}`;
            const crashed = (await takeLease(key, 30))!;
            sb.clock.advanceMinutes(1);
            // From here on, the scheduler orders every KVS call.
            g.__forge_fetch__ = (...args: unknown[]) => s.schedule(Promise.resolve()).then(() => realFetch(...args));
            const others: Promise<unknown>[] = [];
            if (lateRelease) others.push(releaseLease(key, crashed));
            if (storeDeletes) others.push(s.schedule(Promise.resolve()).then(() => sb.deleteExpiredKvs()));
            const claims = Array.from({ length: claimants }, () => takeLease(key, 30));
            const all = Promise.all([Promise.all(claims), ...others]);
            await s.waitFor(all);
            const tokens = await Promise.all(claims);
            g.__forge_fetch__ = realFetch;
            const winners = tokens.filter((t): t is string => t !== null);
            expect(winners).toHaveLength(1);
            expect(await stored(key)).toMatchObject({ token: winners[0] });
          },
        ),
        // The seed follows test/support/fast-check-seed.ts (fixed in CI, printed on failure).
        { numRuns: 60 },
      );
    } finally {
      g.__forge_fetch__ = realFetch;
    }
  });
});

/** The warm-container config cache: a hit inside the TTL, a read outside it, and saves. */
import { a24x7Config } from '../../test/builders';
import { fakeClock, fakeStore } from '../../test/support/fake-ports';
import { createConfigCache, withConfigCache } from './cached-store';

const TTL_MS = 30_000;
const T0 = '2025-03-12T10:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

function setup() {
  const store = fakeStore();
  const clock = fakeClock(T0);
  const cache = createConfigCache();
  return { store, clock, cache, cached: withConfigCache(store, cache, clock, TTL_MS) };
}

describe('withConfigCache: reads', () => {
  it('given a fresh cache, then it starts empty', () => {
    expect(createConfigCache()).toEqual({ entry: null });
  });

  it.each([
    { given: 'the same instant', laterMs: 0, storeReads: 1 },
    { given: '1 ms before the TTL ends', laterMs: TTL_MS - 1, storeReads: 1 },
    { given: 'exactly the TTL later (expired)', laterMs: TTL_MS, storeReads: 2 },
    { given: '1 ms earlier (a clock that went back)', laterMs: -1, storeReads: 2 },
  ])('given a read, then another at $given: $storeReads store read(s)', async ({ laterMs, storeReads }) => {
    const { store, clock, cached } = setup();
    await cached.getConfig();
    clock.set(after(laterMs));
    await cached.getConfig();
    expect(store.getConfigCalls).toBe(storeReads);
  });

  it('given a hit, then it answers the value read, not a newer one in the store', async () => {
    const { store, cached } = setup();
    const first = await cached.getConfig();
    store.stored = { config: a24x7Config(), version: 7 };
    expect(await cached.getConfig()).toBe(first);
  });
});

describe('withConfigCache: saves', () => {
  it('given a save, then the next read answers the saved config without reading the store', async () => {
    const { store, cache, cached } = setup();
    const next = a24x7Config();
    expect(await cached.saveConfig(next, 0)).toEqual({ ok: true, value: { version: 1 } });
    expect(cache.entry).toEqual({ value: { config: next, version: 1 }, readAtMs: Date.parse(T0) });
    expect(await cached.getConfig()).toEqual({ config: next, version: 1 });
    expect(store.getConfigCalls).toBe(0);
  });

  it('given a save against an old version, then conflict and the cache is dropped', async () => {
    const { store, cache, cached } = setup();
    await cached.getConfig();
    expect(await cached.saveConfig(a24x7Config(), 5)).toEqual({ ok: false, code: 'CONFLICT' });
    expect(cache.entry).toBeNull();
    await cached.getConfig();
    expect(store.getConfigCalls).toBe(2);
  });
});

describe('withConfigCache: the other store calls go straight through', () => {
  it('given records and claims, then the store answers them', async () => {
    const { store, cached } = setup();
    const updated = await cached.updateRecord('SUP-1', (r) => ({ ...r, followUpCount: 3 }));
    expect(updated.followUpCount).toBe(3);
    expect(await cached.getRecord('SUP-1')).toBe(store.records.get('SUP-1'));
    const claim = jest.spyOn(store, 'claim');
    const release = jest.spyOn(store, 'release');
    expect(await cached.claim('escalation:SUP-1:1', 60)).toBe(true);
    await cached.release('escalation:SUP-1:1');
    expect(claim).toHaveBeenCalledWith('escalation:SUP-1:1', 60);
    expect(release).toHaveBeenCalledWith('escalation:SUP-1:1');
  });

  it('given a list of claims asked for, then the store’s list with the prefix and the maximum passed on', async () => {
    const { store, cached } = setup();
    const listClaims = jest.spyOn(store, 'listClaims').mockResolvedValue(['ack-due:a', 'ack-due:b']);
    expect(await cached.listClaims('ack-due:', 2)).toEqual(['ack-due:a', 'ack-due:b']);
    expect(listClaims).toHaveBeenCalledWith('ack-due:', 2);
  });
});

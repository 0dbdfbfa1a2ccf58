import { DEFAULT_CONFIG, emptyRecord, type RequestRecord, type StatsBucket } from '../../domain';
import type { BackfillState, BucketRef, StatsStore, Store } from '../../ports';
import type { Ports } from '../ports-bundle';
import { rebuildStats } from './backfill';
import { countEntry } from './count-steps';

/** A tiny in-memory StatsStore over a sorted list of records, paged like the KVS query (cursor = last key). */
function memoryStats(records: RequestRecord[]): StatsStore & { buckets: Map<string, StatsBucket>; reads: number } {
  const buckets = new Map<string, StatsBucket>();
  let backfill: BackfillState | null = null;
  const sorted = [...records].sort((a, b) => a.issueKey.localeCompare(b.issueKey));
  const key = (r: BucketRef) => `${r.projectKey}:${r.weekStart}`;
  const store = {
    buckets,
    reads: 0,
    async updateBucket(ref: BucketRef, change: (b: StatsBucket) => StatsBucket) {
      const current = buckets.get(key(ref)) ?? {
        v: 1 as const,
        projectKey: ref.projectKey,
        weekStart: ref.weekStart,
        steps: [],
        slices: {},
        names: {},
      };
      buckets.set(key(ref), change(current));
    },
    async readBuckets(refs: BucketRef[]) {
      return refs.map((r) => buckets.get(key(r))).filter((b): b is StatsBucket => !!b);
    },
    async listRecords(cursor: string | null, limit: number) {
      store.reads++;
      const from = cursor === null ? 0 : sorted.findIndex((r) => r.issueKey === cursor) + 1;
      const page = sorted.slice(from, from + limit);
      const more = from + limit < sorted.length;
      return { records: page, cursor: more ? page[page.length - 1].issueKey : null };
    },
    getBackfill: async () => backfill,
    setBackfill: async (s: BackfillState) => void (backfill = s),
  };
  return store;
}

function escalated(key: string, at: string, ackAt?: string): RequestRecord {
  return {
    ...emptyRecord(key),
    escalations: [
      { level: 1, at, byAccountId: 'alice', reasonId: 'no-answer', details: '', effects: {}, acknowledgedAt: ackAt },
    ],
  };
}

const RECORDS = [
  escalated('SUP-1', '2026-11-30T09:00:00Z', '2026-11-30T09:30:00Z'),
  escalated('SUP-2', '2026-11-30T10:00:00Z'),
  escalated('HR-1', '2026-12-07T09:00:00Z'),
];

function portsWith(stats: StatsStore): Ports {
  const store = { getConfig: async () => ({ config: DEFAULT_CONFIG, version: 0 }) } as unknown as Store;
  return { stats, store, clock: { now: () => new Date('2026-12-08T00:00:00Z') }, jira: {} as Ports['jira'] };
}

const total = (stats: ReturnType<typeof memoryStats>, kind: 'escalated' | 'acknowledged') =>
  [...stats.buckets.values()].reduce((n, b) => n + (b.slices.default?.counts[kind] ?? 0), 0);

describe('rebuildStats (backfill)', () => {
  it('rebuilds missing buckets from the records, in bounded batches that resume where they stopped', async () => {
    const stats = memoryStats(RECORDS);
    const ports = portsWith(stats);
    // A zero budget runs exactly one batch per call: each call resumes from the saved cursor.
    const first = await rebuildStats(ports, { batchSize: 2, budgetMs: 0 });
    expect(first).toMatchObject({ ok: true, value: { done: false, records: 2 } });
    const second = await rebuildStats(ports, { batchSize: 2, budgetMs: 0 });
    expect(second).toMatchObject({ ok: true, value: { done: true, records: 3, steps: 4 } });
    expect(total(stats, 'escalated')).toBe(3);
    expect(total(stats, 'acknowledged')).toBe(1);
    expect([...stats.buckets.keys()].sort()).toEqual(['HR:2026-12-07', 'SUP:2026-11-30']);
    // Done: another call reads nothing.
    const reads = stats.reads;
    expect(await rebuildStats(ports)).toMatchObject({ ok: true, value: { done: true } });
    expect(stats.reads).toBe(reads);
  });

  it('never counts twice: over live-counted buckets, and when restarted', async () => {
    const stats = memoryStats(RECORDS);
    const ports = portsWith(stats);
    for (const r of RECORDS) await countEntry(ports, DEFAULT_CONFIG, r.issueKey, r.escalations[0]);
    const live = JSON.stringify([...stats.buckets.entries()]);
    await rebuildStats(ports);
    await rebuildStats(ports, { restart: true });
    expect(JSON.stringify([...stats.buckets.entries()])).toBe(live);
  });
});

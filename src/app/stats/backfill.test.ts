import { syntheticRecords } from '../../../test/support/analytics-data';
import {
  DEFAULT_CONFIG,
  emptyRecord,
  summarize,
  weeksCovering,
  type RequestRecord,
  type StatsBucket,
} from '../../domain';
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

function portsWith(stats: StatsStore, clock: Ports['clock'] = { now: () => new Date('2026-12-08T00:00:00Z') }): Ports {
  const store = { getConfig: async () => ({ config: DEFAULT_CONFIG, version: 0 }) } as unknown as Store;
  return { stats, store, clock, jira: {} as Ports['jira'] };
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

/** 150 escalated requests over 12 weeks in 3 projects, some with follow-ups recorded after the escalation. */
function manyRecords(): RequestRecord[] {
  const records = syntheticRecords({
    count: 150,
    projects: ['SUP', 'HR', 'IT'],
    from: new Date('2026-09-07T00:00:00Z'),
    to: new Date('2026-11-30T00:00:00Z'),
    reasonIds: DEFAULT_CONFIG.escalation.reasons.map((r) => r.id),
    seed: 7,
  });
  return records.map((r, i) =>
    i % 4 === 0
      ? {
          ...r,
          followUps: [
            { commentId: `${10_000 + i}`, authorId: 'customer-alice', at: r.escalations[0].at, notify: 'sent' },
          ],
        }
      : r,
  );
}

/** What the gadget would show from these buckets, and the buckets with their step ids in a canonical order. */
function outcome(stats: ReturnType<typeof memoryStats>) {
  const buckets = [...stats.buckets.values()];
  return {
    figures: summarize(buckets, weeksCovering('2026-09-07', '2026-12-20')),
    buckets: buckets
      .map((b) => ({ ...b, steps: [...b.steps].sort() }))
      .sort((a, b) => `${a.projectKey}${a.weekStart}`.localeCompare(`${b.projectKey}${b.weekStart}`)),
  };
}

describe('rebuildStats: interrupted and resumed', () => {
  it('gives the figures of a single run when a call dies mid-batch and the next ones resume from the cursor', async () => {
    const records = manyRecords();
    const single = memoryStats(records);
    expect(await rebuildStats(portsWith(single), { budgetMs: Infinity })).toMatchObject({
      ok: true,
      value: { done: true, records: 150 },
    });

    // The same rebuild, one batch per call, and the 7th bucket write of the 3rd call fails (a KVS error, an
    // invocation killed at its time limit): the call throws with half a batch written and the cursor not saved.
    const interrupted = memoryStats(records);
    const write = interrupted.updateBucket;
    let writes = 0;
    let call = 0;
    interrupted.updateBucket = async (ref, change) => {
      writes++;
      if (call === 3 && writes === 7) throw new Error('KVS unavailable');
      return write(ref, change);
    };
    const ports = portsWith(interrupted);
    let failures = 0;
    for (call = 1; call < 100; call++) {
      writes = 0;
      const r = await rebuildStats(ports, { budgetMs: 0, batchSize: 25, resume: call === 1 }).catch(() => null);
      if (r === null) failures++;
      else if (r.ok && r.value.done) break;
    }
    expect(failures).toBe(1);
    expect(call).toBe(150 / 25 + 1);
    expect(outcome(interrupted)).toEqual(outcome(single));
    expect(outcome(single).figures.totals.escalations).toBe(150);
  });

  it('resume: goes on with an unfinished rebuild, starts a new one after a finished one', async () => {
    const stats = memoryStats(manyRecords());
    const ports = portsWith(stats);
    await rebuildStats(ports, { budgetMs: 0, batchSize: 50 });
    expect(await rebuildStats(ports, { budgetMs: 0, batchSize: 50, resume: true })).toMatchObject({
      value: { done: false, records: 100 },
    });
    expect(await rebuildStats(ports, { budgetMs: Infinity })).toMatchObject({ value: { done: true, records: 150 } });
    // Finished: without resume it stays finished; with resume it starts over.
    expect(await rebuildStats(ports, { budgetMs: 0, batchSize: 50 })).toMatchObject({ value: { records: 150 } });
    expect(await rebuildStats(ports, { budgetMs: 0, batchSize: 50, resume: true })).toMatchObject({
      value: { done: false, records: 50 },
    });
  });

  it('is bounded per call: no batch starts that the longest one so far would push past the budget', async () => {
    const ports = slowPorts();
    const started = ports.clock.now().getTime();
    const r = await rebuildStats(ports, { budgetMs: 15_000, batchSize: 25 });
    // 4 s, 8 s, 12 s: a fourth batch would end at 16 s, past 15 s.
    expect(r).toMatchObject({ ok: true, value: { done: false, records: 75 } });
    expect(ports.clock.now().getTime() - started).toBeLessThanOrEqual(15_000);
  });
});

/** Ports over manyRecords() whose clock moves 4 s on every page read (a slow KVS), from 2026-12-08 00:00 UTC. */
function slowPorts() {
  const stats = memoryStats(manyRecords());
  let t = Date.parse('2026-12-08T00:00:00Z');
  const list = stats.listRecords;
  stats.listRecords = async (cursor, limit) => {
    t += 4_000;
    return list(cursor, limit);
  };
  return portsWith(stats, { now: () => new Date(t) });
}

describe('rebuildStats: the budget of a call, with 4 s batches', () => {
  it.each([
    {
      given: 'no budget: the default 15 s, three batches (a fourth would end at 16 s)',
      budgetMs: undefined,
      records: 75,
    },
    { given: 'exactly 12 s: two batches (a third would end at 12 s, not within)', budgetMs: 12_000, records: 50 },
    { given: '12 s and 1 ms: three batches', budgetMs: 12_001, records: 75 },
  ])('given $given', async ({ budgetMs, records }) => {
    const r = await rebuildStats(slowPorts(), { budgetMs, batchSize: 25 });
    expect(r).toMatchObject({ ok: true, value: { done: false, records } });
  });

  it('the state saved says when the rebuild started and when its last batch ended', async () => {
    const ports = slowPorts();
    await rebuildStats(ports, { batchSize: 25 });
    expect(await ports.stats.getBackfill()).toMatchObject({
      startedAt: '2026-12-08T00:00:00.000Z',
      updatedAt: '2026-12-08T00:00:12.000Z',
    });
  });
});

import { kvs, WhereConditions } from '@forge/kvs';
import { emptyBucket, type StatsBucket } from '../../domain/stats';
import type { RequestRecord } from '../../domain/record';
import type { BackfillState, BucketRef, StatsStore } from '../../ports';
import { createLocks, type LockOptions } from './kvs-lock';

/**
 * Analytics storage over @forge/kvs. Keys:
 * - `stats:{projectKey}:{weekStart}` → StatsBucket, under the lease `lock:stats:{projectKey}:{weekStart}`;
 * - `stats-backfill` → BackfillState.
 * Reads use `batchGet`, at most 25 keys per call (the KVS batch limit), a few calls at a time.
 */
export const STATS_KEYS = {
  bucket: (ref: BucketRef) => `stats:${ref.projectKey}:${ref.weekStart}`,
  lock: (ref: BucketRef) => `lock:stats:${ref.projectKey}:${ref.weekStart}`,
  backfill: 'stats-backfill',
  recordPrefix: 'record:',
} as const;

const BATCH = 25;
const PARALLEL_BATCHES = 4;

export function createStatsStore(options: LockOptions = {}): StatsStore {
  const withLease = createLocks(options);

  async function updateBucket(ref: BucketRef, change: (bucket: StatsBucket) => StatsBucket): Promise<void> {
    await withLease(STATS_KEYS.lock(ref), async () => {
      const key = STATS_KEYS.bucket(ref);
      const current = (await kvs.get<StatsBucket>(key)) ?? emptyBucket(ref.projectKey, ref.weekStart);
      const next = change(current);
      if (next !== current) await kvs.set(key, next);
    });
  }

  async function readBuckets(refs: BucketRef[]): Promise<StatsBucket[]> {
    const batches: BucketRef[][] = [];
    for (let i = 0; i < refs.length; i += BATCH) batches.push(refs.slice(i, i + BATCH));
    const found: StatsBucket[] = [];
    for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
      const results = await Promise.all(
        batches
          .slice(i, i + PARALLEL_BATCHES)
          .map((b) => kvs.batchGet<StatsBucket>(b.map((ref) => ({ key: STATS_KEYS.bucket(ref) })))),
      );
      for (const r of results) found.push(...r.successfulKeys.map((k) => k.value));
    }
    return found;
  }

  async function listRecords(cursor: string | null, limit: number) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(STATS_KEYS.recordPrefix)).limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<RequestRecord>();
    return { records: page.results.map((r) => r.value), cursor: page.nextCursor ?? null };
  }

  return {
    updateBucket,
    readBuckets,
    listRecords,
    getBackfill: async () => (await kvs.get<BackfillState>(STATS_KEYS.backfill)) ?? null,
    setBackfill: (state) => kvs.set(STATS_KEYS.backfill, state),
  };
}

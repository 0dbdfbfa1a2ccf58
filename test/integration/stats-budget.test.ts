/**
 * getStats' budgets, asserted on counts, never on time (the bench measures time): at most 2 product calls,
 * and KVS reads that follow the weeks × projects read, not the number of escalations recorded. The buckets
 * are written straight to KVS from synthetic records (test/support/analytics-data.ts), as the bench does.
 */
import type { Sandbox } from '../../sandbox';
import type { PayloadOf, StatsResult } from '../../src/contract';
import { DEFAULT_CONFIG } from '../../src/domain';
import { bucketsOf, syntheticRecords, writeBuckets, writeRecords } from '../support/analytics-data';
import { DAVE } from '../support/personas';
import { coldContainer, useSiteWithProjects } from '../support/sandbox-setup';
import { errorCode, gadget } from '../support/invoke';

jest.setTimeout(120_000);

const PROJECTS = ['PA', 'PB', 'PC'];
/** Eight whole weeks before the harness's T0 (Monday 1 December 2025). */
const EIGHT_WEEKS = { from: '2025-10-06', to: '2025-11-30' };
const reasonIds = DEFAULT_CONFIG.escalation.reasons.map((r) => r.id);

let sb: Sandbox;
useSiteWithProjects(PROJECTS, (s) => (sb = s));

/** Records `count` escalations in the eight weeks: their records, and the buckets of everything so far. */
const recorded: ReturnType<typeof syntheticRecords> = [];
async function record(count: number, seed: number): Promise<void> {
  recorded.push(
    ...syntheticRecords({
      count,
      projects: PROJECTS,
      from: new Date(`${EIGHT_WEEKS.from}T00:00:00Z`),
      to: new Date(`${EIGHT_WEEKS.to}T00:00:00Z`),
      reasonIds,
      seed,
      firstNumber: 1000 + recorded.length,
    }),
  );
  await writeBuckets(bucketsOf(recorded, DEFAULT_CONFIG));
  // The records too, so that a getStats that scanned them would read more for more escalations.
  await writeRecords(recorded);
}

/** One getStats from a cold container: its figures, product calls and KVS reads. */
async function measured(payload: PayloadOf<'getStats'>) {
  coldContainer(sb);
  const body = await gadget(sb, DAVE, 'getStats', payload);
  if (errorCode(body)) throw new Error(`getStats refused: ${JSON.stringify(body)}`);
  const calls = sb.calls();
  const kvsReads = calls.filter((c) => c.kind === 'kvs' && /\/(get|query)$/.test(c.path.split('?')[0] ?? ''));
  return {
    stats: body as unknown as StatsResult,
    productCalls: calls.filter((c) => c.kind === 'product').map((c) => `${c.as} ${c.method} ${c.path.split('?')[0]}`),
    kvsReads: kvsReads.length,
    bucketBatches: kvsReads.filter((c) => c.path.endsWith('/batch/get')).length,
  };
}

describe('getStats budgets', () => {
  it('makes at most 2 product calls and reads the same KVS keys for 30 or 3,000 escalations', async () => {
    await record(30, 1);
    const few = await measured({ ...EIGHT_WEEKS, projectKeys: PROJECTS });
    expect(few.stats.totals.escalations).toBe(30);
    expect(few.productCalls.length).toBeLessThanOrEqual(2);
    expect(few.productCalls).toEqual([
      'user POST /rest/api/3/permissions/project',
      'app POST /rest/api/3/search/approximate-count',
    ]);

    await record(2_970, 2);
    const many = await measured({ ...EIGHT_WEEKS, projectKeys: PROJECTS });
    expect(many.stats.totals.escalations).toBe(3_000);
    expect(many.productCalls).toEqual(few.productCalls);
    // A hundred times the escalations, not one more KVS read.
    expect(many.kvsReads).toBe(few.kvsReads);
    expect(many.bucketBatches).toBe(few.bucketBatches);
  });

  it('reads one batch of at most 25 buckets per 25 weeks × projects', async () => {
    const eight = await measured({ ...EIGHT_WEEKS, projectKeys: PROJECTS });
    expect(eight.stats.weeks).toHaveLength(8);
    expect(eight.bucketBatches).toBe(Math.ceil((8 * 3) / 25));
    const year = await measured({ from: '2024-12-02', to: '2025-11-30', projectKeys: PROJECTS });
    expect(year.stats.weeks).toHaveLength(52);
    expect(year.bucketBatches).toBe(Math.ceil((52 * 3) / 25));
    // Only the bucket reads grow with the period; the rest (the configuration) does not.
    expect(year.kvsReads - year.bucketBatches).toBe(eight.kvsReads - eight.bucketBatches);
    expect(year.productCalls.length).toBeLessThanOrEqual(2);
    expect(year.stats.totals.escalations).toBe(3_000);
  });
});

import { stepsOfRecord } from '../../domain';
import type { BackfillState } from '../../ports';
import { ok, type Outcome } from '../outcome';
import type { Ports } from '../ports-bundle';
import { countSteps } from './count-steps';

/** Records read per batch: one KVS query page, then one read-modify-write per bucket they touch. */
export const BACKFILL_BATCH = 25;
/**
 * Work per invocation, well inside a resolver's 25 s: no batch starts unless the longest one so far would still
 * end within it, so a call ends by about 15 s (or after its first batch). The caller calls again to go on.
 */
export const BACKFILL_BUDGET_MS = 15_000;

export interface BackfillOptions {
  /** Start again from the first record, whatever the saved state. */
  restart?: boolean;
  /** Go on with an unfinished rebuild, or start a new one when the last one finished (what the gadget's button does). */
  resume?: boolean;
  budgetMs?: number;
  batchSize?: number;
}

const fresh = (now: string): BackfillState => ({
  cursor: null,
  done: false,
  records: 0,
  steps: 0,
  startedAt: now,
  updatedAt: now,
});

/**
 * Rebuilds the analytics buckets from the request records, in bounded batches that resume where the last
 * one stopped (the cursor is saved after every batch). Counting is idempotent (every step has an id), so a
 * batch run twice, after a crash or by two callers at once, counts nothing twice; a rebuild over up-to-date
 * buckets changes nothing. Follow-ups older than what a record keeps are not in it, so they cannot be rebuilt.
 * Without `restart` or `resume`, a finished rebuild is left as it is (a repeated last call does no work).
 */
export async function rebuildStats(ports: Ports, options: BackfillOptions = {}): Promise<Outcome<BackfillState>> {
  const { stats, store, clock } = ports;
  const started = clock.now().getTime();
  const budget = options.budgetMs ?? BACKFILL_BUDGET_MS;
  const now = () => clock.now().toISOString();
  let state = await stats.getBackfill();
  if (!state || options.restart || (options.resume && state.done)) state = fresh(now());
  if (state.done) return ok(state);
  const { config } = await store.getConfig();
  let longest = 0;
  do {
    const batchStart = clock.now().getTime();
    const page = await stats.listRecords(state.cursor, options.batchSize ?? BACKFILL_BATCH);
    const steps = page.records.flatMap((r) => stepsOfRecord(r, config));
    await countSteps(ports, config, steps);
    state = {
      ...state,
      cursor: page.cursor,
      done: page.cursor === null,
      records: state.records + page.records.length,
      steps: state.steps + steps.length,
      updatedAt: now(),
    };
    await stats.setBackfill(state);
    longest = Math.max(longest, clock.now().getTime() - batchStart);
  } while (!state.done && clock.now().getTime() - started + longest < budget);
  return ok(state);
}

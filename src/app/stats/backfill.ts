import { stepsOfRecord } from '../../domain';
import type { BackfillState } from '../../ports';
import { ok, type Outcome } from '../outcome';
import type { Ports } from '../ports-bundle';
import { countSteps } from './count-steps';

/** Records read per batch: one KVS query page, then one read-modify-write per bucket they touch. */
export const BACKFILL_BATCH = 25;
/** Work per invocation, well inside a resolver's 25 s: the caller calls again to go on. */
export const BACKFILL_BUDGET_MS = 15_000;

export interface BackfillOptions {
  /** Start again from the first record (a finished rebuild is otherwise left as it is). */
  restart?: boolean;
  budgetMs?: number;
  batchSize?: number;
}

/**
 * Rebuilds the analytics buckets from the request records, in bounded batches that resume where the last
 * one stopped (the cursor is saved after every batch). Counting is idempotent (every step has an id), so a
 * batch run twice, after a crash or by two callers at once, counts nothing twice; a rebuild over up-to-date
 * buckets changes nothing. Follow-ups older than what a record keeps are not in it, so they cannot be rebuilt.
 */
export async function rebuildStats(ports: Ports, options: BackfillOptions = {}): Promise<Outcome<BackfillState>> {
  const { stats, store, clock } = ports;
  const started = clock.now().getTime();
  const budget = options.budgetMs ?? BACKFILL_BUDGET_MS;
  const now = () => clock.now().toISOString();
  let state = await stats.getBackfill();
  if (!state || options.restart)
    state = { cursor: null, done: false, records: 0, steps: 0, startedAt: now(), updatedAt: now() };
  if (state.done) return ok(state);
  const { config } = await store.getConfig();
  do {
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
  } while (!state.done && clock.now().getTime() - started < budget);
  return ok(state);
}

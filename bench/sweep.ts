/**
 * One run of the scheduled sweep (`escalade-sweep`) on a site of 10,000 open requests (issue 11's "Done when"), in
 * its own sandbox: with escalation on SLA breach turned on, an idle run (nothing due) and a run with 50 requests whose
 * SLA has just breached. Product calls, KVS calls and the in-process time of each run, from a cold container. The
 * requests are bulk-seeded (`FakeJira.seedRequests`); the run goes through the real handler and the fake JQL.
 */
import { createSandbox, type Sandbox } from '../sandbox';
import { resetWarmCaches } from '../src/forge/platform';
import { saveConfig } from '../test/support/invoke';
import { round, summarize } from './stats';

/** Monday 1 December 2025, 10:00 in Paris. */
const T0 = new Date('2025-12-01T09:00:00.000Z');
const OPEN = 10_000;
const DUE = 50;
const MINUTE = 60_000;
/** Idle runs measured (every 5 minutes from 10 minutes after the start); the due requests breach after them. */
const IDLE_RUNS = 5;
/** The sandbox's own seed: SUP-1 … SUP-7. */
const SEED_REQUESTS = 7;
const BREACH_AFTER_MINUTES = 5 * (IDLE_RUNS + 1) + 2;

export interface SweepRow {
  run: string;
  openRequests: number;
  due: number;
  escalated: number;
  productCalls: number;
  kvsCalls: number;
  ms: number;
}

export interface SweepResult {
  rows: SweepRow[];
  seedSeconds: number;
  /** What the run with 50 due called, grouped ("POST /rest/api/3/search/jql" → 1, …). */
  dueCalls: Record<string, number>;
}

const escalatedCount = async (sb: Sandbox): Promise<number> => {
  const res = await sb.rest('agent-dave', 'POST', '/rest/api/3/search/approximate-count', {
    jql: 'issue.property[escalade].state = "escalated"',
  });
  return (res.body as { count: number }).count;
};

/** One scheduled run from a cold container: what it called and how long it took. */
async function oneRun(sb: Sandbox): Promise<{ product: string[]; kvs: number; ms: number }> {
  resetWarmCaches();
  sb.clearCalls();
  const started = performance.now();
  const fired = sb.advanceClock(5);
  await sb.waitForEvents(120_000);
  const ms = performance.now() - started;
  if (fired.length !== 1) throw new Error(`expected one sweep run, got ${fired.length}`);
  const failed = sb.scheduledRuns().filter((r) => r.status === 'failed');
  if (failed.length > 0) throw new Error(`sweep failed: ${failed[0]?.error}`);
  const calls = sb.calls();
  const product = calls.filter((c) => c.kind === 'product').map((c) => `${c.method} ${c.path.split('?')[0]}`);
  return { product, kvs: calls.filter((c) => c.kind === 'kvs').length, ms };
}

/** The seed's own breached requests are escalated first (one run), so the measured runs start clean. */
async function prepare(sb: Sandbox): Promise<number> {
  const now = sb.clock.nowMs();
  const started = performance.now();
  // Calm: Lowest priority (96 h goal), an hour old. Due: Highest (4 h goal), breaching after the idle runs (every
  // 5 minutes) and before the measured due run.
  sb.jira.seedRequests({ count: OPEN - DUE, createdMs: now - 60 * MINUTE, priorityId: '5' });
  sb.jira.seedRequests({ count: DUE, createdMs: now + (BREACH_AFTER_MINUTES - 4 * 60) * MINUTE, priorityId: '1' });
  const seedSeconds = round((performance.now() - started) / 1000, 1);
  await saveConfig(sb, (c) => ({
    ...c,
    escalation: { ...c.escalation, autoOnSlaBreach: { enabled: true, slaName: 'Time to resolution' } },
  }));
  return seedSeconds;
}

const group = (calls: string[]) =>
  calls.reduce<Record<string, number>>((acc, c) => {
    const key = c.replace(/SUP-\d+/g, '{key}').replace(/\/comment\/\d+/, '/comment/{id}');
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

export async function measureSweep(): Promise<SweepResult> {
  const sb = await createSandbox({ now: T0 });
  try {
    const seedSeconds = await prepare(sb);
    await oneRun(sb); // the seed's own breaches (SUP-3, SUP-5): not measured
    let count = await escalatedCount(sb);
    const measured = async (run: string, due: number, samples = 1): Promise<SweepRow & { calls: string[] }> => {
      const runs = [];
      for (let i = 0; i < samples; i++) runs.push(await oneRun(sb));
      const after = await escalatedCount(sb);
      const first = runs[0] as Awaited<ReturnType<typeof oneRun>>;
      const row = {
        run,
        openRequests: OPEN + SEED_REQUESTS,
        due,
        escalated: after - count,
        productCalls: first.product.length,
        kvsCalls: first.kvs,
        ms: round(summarize(runs.map((r) => r.ms)).medianMs, 1),
        calls: first.product,
      };
      count = after;
      return row;
    };
    const idle = await measured(`idle, nothing due (median of ${IDLE_RUNS} runs)`, 0, IDLE_RUNS);
    const due = await measured(`${DUE} SLA breaches due`, DUE);
    const next = await measured('the run after (all escalated)', 0);
    const rows = [idle, due, next].map(({ calls: _calls, ...r }) => r);
    return { seedSeconds, dueCalls: group(due.calls), rows };
  } finally {
    await sb.close();
  }
}

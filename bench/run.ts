/**
 * `npm run bench`: product calls per operation, server-side time, a burst of comment events, the
 * Custom UI bundle sizes, the peak memory of a handler, the analytics and one sweep run at 10,000 open
 * requests, all in process against the sandbox (in-memory SQLite). Prints Markdown tables (the README copies
 * them) and writes bench/results.json. Exits non-zero when a budget or an invariant does not hold.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '../sandbox';
import { measureBundles } from '../scripts/measure-bundles';
import { measureAnalytics } from './analytics';
import { analyticsFailures, analyticsSection } from './analytics-report';
import { runBurst } from './burst';
import { measureCalls } from './calls';
import { measurePolicyCalls } from './calls-policies';
import { measureMemory } from './memory';
import { measureQueuePaging, queuePagingFailures, queuePagingSection, type QueuePagingRow } from './queue-paging';
import { burstFailures, burstSection, callsSection, uiFailures, uiSections, type Measured } from './report';
import { measureSweep } from './sweep';
import { sweepFailures, sweepSection } from './sweep-report';
import { measureTimeToVisible } from './time-to-visible';
import { measureTimes } from './timing';

/** Monday 1 December 2025, 10:00 in Paris: inside business hours. */
const T0 = new Date('2025-12-01T09:00:00.000Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);

/** The report's measures, plus the queue's paging (pages 1 and 80 of 2,000). */
type AllMeasured = Measured & { queuePaging: QueuePagingRow[] };

/** A Markdown table padded as Prettier formats it, so that it can be pasted into the README as is. */
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/** Everything measured. The analytics and the sweep run in their own sandboxes, each closed before the next starts (a sandbox installs process-wide globals). */
async function measureAll(): Promise<AllMeasured> {
  const analytics = await measureAnalytics(Number(process.env.BENCH_STATS_RUNS ?? 20));
  const sweep = await measureSweep();
  const sb = await createSandbox({ now: T0 });
  try {
    const calls = [...(await measureCalls(sb)), ...(await measurePolicyCalls(sb))];
    const times = await measureTimes(sb, RUNS);
    const burst = await runBurst(sb);
    const memory = await measureMemory(sb, 50);
    const bundles = measureBundles();
    const visible = await measureTimeToVisible(10);
    const queuePaging = await measureQueuePaging(sb, Math.min(RUNS, 50));
    return { runs: RUNS, calls, times, burst, memory, bundles, visible, analytics, sweep, queuePaging };
  } finally {
    await sb.close();
  }
}

function failuresOf(m: AllMeasured): string[] {
  return [
    ...queuePagingFailures(m.queuePaging),
    ...analyticsFailures(m.analytics),
    ...sweepFailures(m.sweep),
    ...m.calls.flatMap((c) => [
      ...(c.budgetCold !== null && c.cold > c.budgetCold
        ? [`${c.operation}: ${c.cold} cold calls > ${c.budgetCold}`]
        : []),
      ...(c.budgetWarm !== null && c.warm > c.budgetWarm
        ? [`${c.operation}: ${c.warm} warm calls > ${c.budgetWarm}`]
        : []),
    ]),
    ...burstFailures(m.burst),
    ...uiFailures(m.bundles),
  ];
}

function writeResults(m: AllMeasured, seconds: number, failures: string[]): void {
  const results = {
    at: new Date(performance.timeOrigin).toISOString(),
    node: process.version,
    runs: m.runs,
    seconds,
    calls: m.calls.map(({ coldCalls, ...c }) => ({ ...c, coldCalls })),
    times: m.times,
    burst: m.burst,
    bundles: m.bundles,
    memory: m.memory,
    timeToVisible: m.visible,
    queuePaging: m.queuePaging,
    analytics: m.analytics,
    sweep: m.sweep,
    failures,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const m = await measureAll();
  const failures = failuresOf(m);
  const out = [
    `## Escalade bench — ${new Date(performance.timeOrigin).toISOString()}, Node ${process.version}`,
    callsSection(m, table),
    burstSection(m.burst, table),
    uiSections(m, table),
    queuePagingSection(m.queuePaging, table),
    analyticsSection(m.analytics, table),
    sweepSection(m.sweep, table),
  ];
  const seconds = Math.round((performance.now() - started) / 1000);
  const verdict = failures.length === 0 ? 'All budgets and invariants hold.' : `FAILED:\n- ${failures.join('\n- ')}`;
  out.push(`\nBench took ${seconds} s. ${verdict}`);
  console.log(out.join('\n'));
  writeResults(m, seconds, failures);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

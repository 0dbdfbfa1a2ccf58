/**
 * `npm run bench`: product calls per operation, server-side time, a burst of comment events, the
 * Custom UI bundle sizes and the peak memory of a handler, all in process against the sandbox
 * (in-memory SQLite). Prints Markdown tables (the README copies them) and writes bench/results.json.
 * Exits non-zero when a budget or an invariant does not hold.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox } from '../sandbox';
import { measureBundles } from '../scripts/measure-bundles';
import { measureAnalytics } from './analytics';
import { analyticsFailures, analyticsSection } from './analytics-report';
import { runBurst } from './burst';
import { measureCalls } from './calls';
import { measureMemory } from './memory';
import { measureQueuePaging, queuePagingFailures, queuePagingSection } from './queue-paging';
import { measureTimeToVisible } from './time-to-visible';
import { measureTimes } from './timing';

/** Monday 1 December 2025, 10:00 in Paris: inside business hours. */
const T0 = new Date('2025-12-01T09:00:00.000Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const PORTAL_BUDGET_BYTES = 60 * 1024;
const GADGET_BUDGET_BYTES = 200 * 1024;
const ADMIN_BUDGET_BYTES = 250 * 1024;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** A Markdown table padded as Prettier formats it, so that it can be pasted into the README as is. */
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const failures: string[] = [];
  // In its own sandbox, closed before the main one starts (a sandbox installs process-wide globals).
  const analytics = await measureAnalytics(Number(process.env.BENCH_STATS_RUNS ?? 20));
  failures.push(...analyticsFailures(analytics));
  const sb = await createSandbox({ now: T0 });
  try {
    const calls = await measureCalls(sb);
    const times = await measureTimes(sb, RUNS);
    const burst = await runBurst(sb);
    const memory = await measureMemory(sb, 50);
    const bundles = measureBundles();
    const visible = await measureTimeToVisible(10);
    const queuePaging = await measureQueuePaging(sb, Math.min(RUNS, 50));
    failures.push(...queuePagingFailures(queuePaging));

    for (const c of calls) {
      if (c.budgetCold !== null && c.cold > c.budgetCold)
        failures.push(`${c.operation}: ${c.cold} cold calls > ${c.budgetCold}`);
      if (c.budgetWarm !== null && c.warm > c.budgetWarm)
        failures.push(`${c.operation}: ${c.warm} warm calls > ${c.budgetWarm}`);
    }
    if (burst.lostFollowUps !== 0) failures.push(`burst: ${burst.lostFollowUps} lost follow-ups`);
    if (burst.extraFollowUps !== 0) failures.push(`burst: ${burst.extraFollowUps} follow-ups counted twice`);
    if (burst.duplicateEmails !== 0) failures.push(`burst: ${burst.duplicateEmails} duplicate emails`);
    if (burst.emails !== burst.expectedEmails || burst.requestsWithWrongEmailCount !== 0)
      failures.push(`burst: ${burst.emails} emails, the model expects ${burst.expectedEmails}`);
    if (burst.failedEvents !== 0) failures.push(`burst: ${burst.failedEvents} events failed`);
    const portal = bundles.find((b) => b.app === 'portal');
    if (!portal) failures.push('bundle: no portal build (run npm run build:ui)');
    else if (portal.total > PORTAL_BUDGET_BYTES) failures.push(`bundle: portal ${kb(portal.total)} KB > 60 KB`);
    const gadget = bundles.find((b) => b.app === 'gadget');
    if (!gadget) failures.push('bundle: no gadget build (run npm run build:ui)');
    else if (gadget.total > GADGET_BUDGET_BYTES) failures.push(`bundle: gadget ${kb(gadget.total)} KB > 200 KB`);
    const admin = bundles.find((b) => b.app === 'admin');
    if (!admin) failures.push('bundle: no admin build (run npm run build:ui)');
    else if (admin.total > ADMIN_BUDGET_BYTES) failures.push(`bundle: admin ${kb(admin.total)} KB > 250 KB`);

    const out: string[] = [];
    out.push(`## Escalade bench — ${new Date(performance.timeOrigin).toISOString()}, Node ${process.version}`);
    out.push('\n### Product API calls per operation (sandbox call log, kind "product")\n');
    out.push(
      table(
        ['Operation', 'Floor', 'Budget cold / warm', 'Cold', 'Warm'],
        calls.map((c) => [
          c.operation,
          c.floor,
          c.budgetCold === null ? '—' : `${c.budgetCold} / ${c.budgetWarm}`,
          c.cold,
          c.warm,
        ]),
      ),
    );
    out.push(`\n### Server-side time in process (${RUNS} runs each; no emulated network latency)\n`);
    out.push(
      table(
        ['Operation', 'Runs', 'Median ms', 'p95 ms'],
        times.map((t) => [t.operation, t.runs, t.medianMs, t.p95Ms]),
      ),
    );
    out.push('\n### Burst: 1,000 comment events on 100 requests (10% re-delivered, 5% edits)\n');
    out.push(
      table(
        ['Measure', 'Value'],
        [
          [
            'Events (new comments + edits + re-deliveries)',
            `${burst.events} (${burst.newComments} + ${burst.edits} + ${burst.redeliveries})`,
          ],
          ['Throughput', `${burst.eventsPerSecond} events/s (${burst.seconds} s)`],
          ['Customer comments posted / follow-ups recorded', `${burst.customerComments} / ${burst.recordedFollowUps}`],
          ['Lost follow-ups', burst.lostFollowUps],
          ['Emails sent / predicted by the independent model', `${burst.emails} / ${burst.expectedEmails}`],
          ['Duplicate emails', burst.duplicateEmails],
          ['Failed events', burst.failedEvents],
        ],
      ),
    );
    out.push(
      '\n### Custom UI bundles (gzipped JS + CSS; portal budget 60 KB, lazy chunks included; gadget 200 KB; admin 250 KB)\n',
    );
    out.push(
      table(
        ['App', 'JS KB', 'CSS KB', 'Total KB'],
        bundles.map((b) => [
          b.app,
          kb(b.jsGzip),
          kb(b.cssGzip),
          `${kb(b.total)}${b.app === 'portal' ? ' / 60' : b.app === 'gadget' ? ' / 200' : b.app === 'admin' ? ' / 250' : ''}`,
        ]),
      ),
    );
    out.push(
      '\n### Portal page: navigation to the escalation link visible, Chromium (median of 10 loads, fresh context each)\n',
    );
    out.push(
      table(
        ['CPU', 'Loads', 'Median ms', 'Min ms', 'Max ms'],
        visible.map((v) => [
          v.throttle === 1 ? 'not throttled' : `${v.throttle}× throttled`,
          v.loads,
          v.medianMs,
          v.minMs,
          v.maxMs,
        ]),
      ),
    );
    out.push(
      `\n### Peak heap of one handler invocation (${memory.rows[0]?.runs ?? 0} runs; RSS at the end ${memory.rssMb} MB)\n`,
    );
    out.push(
      table(
        ['Invocation', 'Median KB', 'Max KB'],
        memory.rows.map((m) => [m.operation, m.medianPeakKb, m.maxPeakKb]),
      ),
    );
    out.push(queuePagingSection(queuePaging, table));
    out.push(analyticsSection(analytics, table));
    const seconds = Math.round((performance.now() - started) / 1000);
    out.push(
      `\nBench took ${seconds} s. ${failures.length === 0 ? 'All budgets and invariants hold.' : `FAILED:\n- ${failures.join('\n- ')}`}`,
    );
    console.log(out.join('\n'));

    const results = {
      at: new Date(performance.timeOrigin).toISOString(),
      node: process.version,
      runs: RUNS,
      seconds,
      calls: calls.map(({ coldCalls, ...c }) => ({ ...c, coldCalls })),
      times,
      burst,
      bundles,
      memory,
      timeToVisible: visible,
      queuePaging,
      analytics,
      failures,
    };
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await sb.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

/** The bench's budgets and Markdown sections for the main sandbox's measures (bench/run.ts assembles them). */
import type { measureBundles } from '../scripts/measure-bundles';
import type { AnalyticsResult } from './analytics';
import type { BurstResult } from './burst';
import type { CallRow } from './calls';
import type { measureMemory } from './memory';
import type { SweepResult } from './sweep';
import type { measureTimeToVisible } from './time-to-visible';
import type { measureTimes } from './timing';

type Table = (head: string[], rows: (string | number)[][]) => string;

export interface Measured {
  runs: number;
  calls: CallRow[];
  times: Awaited<ReturnType<typeof measureTimes>>;
  burst: BurstResult;
  memory: Awaited<ReturnType<typeof measureMemory>>;
  bundles: ReturnType<typeof measureBundles>;
  visible: Awaited<ReturnType<typeof measureTimeToVisible>>;
  analytics: AnalyticsResult;
  sweep: SweepResult;
}

/** Gzipped budgets of the Custom UI bundles. */
const BUNDLE_BUDGET_KB: Record<string, number> = { portal: 60, gadget: 200, admin: 250 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function burstFailures(burst: BurstResult): string[] {
  const failures: string[] = [];
  if (burst.lostFollowUps !== 0) failures.push(`burst: ${burst.lostFollowUps} lost follow-ups`);
  if (burst.extraFollowUps !== 0) failures.push(`burst: ${burst.extraFollowUps} follow-ups counted twice`);
  if (burst.duplicateEmails !== 0) failures.push(`burst: ${burst.duplicateEmails} duplicate emails`);
  if (burst.emails !== burst.expectedEmails || burst.requestsWithWrongEmailCount !== 0)
    failures.push(`burst: ${burst.emails} emails, the model expects ${burst.expectedEmails}`);
  if (burst.failedEvents !== 0) failures.push(`burst: ${burst.failedEvents} events failed`);
  return failures;
}

export function uiFailures(bundles: Measured['bundles']): string[] {
  return Object.entries(BUNDLE_BUDGET_KB).flatMap(([app, budget]) => {
    const b = bundles.find((x) => x.app === app);
    if (!b) return [`bundle: no ${app} build (run npm run build:ui)`];
    return b.total > budget * 1024 ? [`bundle: ${app} ${kb(b.total)} KB > ${budget} KB`] : [];
  });
}

export function callsSection(m: Measured, table: Table): string {
  const out = ['\n### Product API calls per operation (sandbox call log, kind "product")\n'];
  out.push(
    table(
      ['Operation', 'Floor', 'Budget cold / warm', 'Cold', 'Warm'],
      m.calls.map((c) => [
        c.operation,
        c.floor,
        c.budgetCold === null ? '—' : `${c.budgetCold} / ${c.budgetWarm}`,
        c.cold,
        c.warm,
      ]),
    ),
  );
  out.push(`\n### Server-side time in process (${m.runs} runs each; no emulated network latency)\n`);
  out.push(
    table(
      ['Operation', 'Runs', 'Median ms', 'p95 ms'],
      m.times.map((t) => [t.operation, t.runs, t.medianMs, t.p95Ms]),
    ),
  );
  return out.join('\n');
}

export function burstSection(burst: BurstResult, table: Table): string {
  const rows: (string | number)[][] = [
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
  ];
  return [
    '\n### Burst: 1,000 comment events on 100 requests (10% re-delivered, 5% edits)\n',
    table(['Measure', 'Value'], rows),
  ].join('\n');
}

export function uiSections(m: Measured, table: Table): string {
  const out = [
    '\n### Custom UI bundles (gzipped JS + CSS; portal budget 60 KB, lazy chunks included; gadget 200 KB; admin 250 KB)\n',
  ];
  const budget = (app: string) => (BUNDLE_BUDGET_KB[app] ? ` / ${BUNDLE_BUDGET_KB[app]}` : '');
  out.push(
    table(
      ['App', 'JS KB', 'CSS KB', 'Total KB'],
      m.bundles.map((b) => [b.app, kb(b.jsGzip), kb(b.cssGzip), `${kb(b.total)}${budget(b.app)}`]),
    ),
  );
  out.push(
    '\n### Portal page: navigation to the escalation link visible, Chromium (median of 10 loads, fresh context each)\n',
  );
  out.push(
    table(
      ['CPU', 'Loads', 'Median ms', 'Min ms', 'Max ms'],
      m.visible.map((v) => [
        v.throttle === 1 ? 'not throttled' : `${v.throttle}× throttled`,
        v.loads,
        v.medianMs,
        v.minMs,
        v.maxMs,
      ]),
    ),
  );
  const memory = m.memory;
  out.push(
    `\n### Peak heap of one handler invocation (${memory.rows[0]?.runs ?? 0} runs; RSS at the end ${memory.rssMb} MB)\n`,
  );
  out.push(
    table(
      ['Invocation', 'Median KB', 'Max KB'],
      memory.rows.map((r) => [r.operation, r.medianPeakKb, r.maxPeakKb]),
    ),
  );
  return out.join('\n');
}

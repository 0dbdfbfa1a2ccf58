/**
 * Server-side time per operation, in process: the real handlers, @forge/api and @forge/kvs, the
 * sandbox's fake Jira and SQLite KVS, with no emulated network latency (there is none in
 * process). The figures therefore include the fake Jira's own work and are an upper bound on
 * the app's CPU time per invocation, not a prediction of Forge's end-to-end latency.
 */
import type { Sandbox } from '../sandbox';
import { addBusinessTime, businessMinutesBetween, DEFAULT_CONFIG } from '../src/domain';
import { ALICE } from '../test/support/personas';
import { freshSite } from '../test/support/sandbox-setup';
import { errorCode, escalation, portal } from '../test/support/invoke';
import { customerComments } from '../test/support/site-actions';
import { newRequest, passAllDelays } from '../test/proof/support';
import { summarize, timed, type Summary } from './stats';
import { measureWorstCalendar } from './worst-calendar';

export interface TimingRow extends Summary {
  operation: string;
}

export async function measureTimes(sb: Sandbox, runs: number): Promise<TimingRow[]> {
  await freshSite(sb);
  const rows: TimingRow[] = [];

  // Fresh requests, raised by a customer through JSM REST and assigned, all made eligible at once.
  const keys: string[] = [];
  for (let i = 0; i < runs; i++) keys.push(await newRequest(sb));
  passAllDelays(sb);
  await sb.waitForEvents();

  const warmKey = keys[0] as string;
  await portal(sb, ALICE, warmKey, 'getPortalState'); // warm the container once
  const state: number[] = [];
  for (let i = 0; i < runs; i++) state.push(await timed(() => portal(sb, ALICE, warmKey, 'getPortalState')));
  rows.push({ operation: 'getPortalState', ...summarize(state) });

  const esc: number[] = [];
  for (const key of keys) {
    let body: unknown = {};
    esc.push(
      await timed(async () => {
        body = await portal(sb, ALICE, key, 'escalate', escalation);
      }),
    );
    if (errorCode(body) !== undefined) throw new Error(`escalate ${key} refused: ${JSON.stringify(body)}`);
  }
  rows.push({ operation: 'escalate (default effects)', ...summarize(esc) });

  // One customer comment per request, each delivered and handled before the next (first follow-up:
  // the email goes out). Measured from the comment's creation to the trigger's completion, so the
  // sandbox's event hand-off (a setImmediate) is included.
  const follow: number[] = [];
  for (const key of keys) {
    follow.push(
      await timed(async () => {
        await customerComments(sb, ALICE, key, 'Où en est ma demande ?');
        await sb.waitForEvents();
      }),
    );
  }
  const failed = sb.events().filter((e) => e.status !== 'done' && e.status !== 'skipped');
  if (failed.length > 0) throw new Error(`follow-up events not done: ${JSON.stringify(failed.slice(0, 3))}`);
  rows.push({ operation: 'follow-up trigger (comment → recorded)', ...summarize(follow) });

  // Business-calendar arithmetic for a request open one year (French holidays, 08:30–18:00).
  const calendar = DEFAULT_CONFIG.calendar;
  const opened = new Date('2024-12-02T08:00:00Z');
  const now = new Date('2025-12-01T09:00:00Z');
  const between: number[] = [];
  const add: number[] = [];
  let minutes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    minutes = businessMinutesBetween(opened, now, calendar);
    between.push(performance.now() - t0);
    const t1 = performance.now();
    addBusinessTime(opened, minutes, calendar);
    add.push(performance.now() - t1);
  }
  rows.push({ operation: `businessMinutesBetween, 1 year (${Math.round(minutes)} min)`, ...summarize(between) });
  rows.push({ operation: 'addBusinessTime, 1 year of business minutes', ...summarize(add) });
  // The worst case a valid configuration allows (issue 14): about a year of calendar walked per call.
  rows.push(...(await measureWorstCalendar(sb, Math.min(runs, 200))));
  return rows;
}

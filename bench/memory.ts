/**
 * Peak memory of one handler invocation. Method: force a full GC (gc() exposed at run time through
 * v8.setFlagsFromString), read heapUsed as the baseline, run one invocation while sampling
 * process.memoryUsage().heapUsed on every turn of the event loop (setImmediate), and take
 * peak − baseline. Without a GC inside the invocation, that is close to what it allocates. The
 * median and the maximum over the runs are reported, with the process's RSS at the end.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Sandbox } from '../sandbox';
import { ALICE } from '../test/support/personas';
import { freshSite } from '../test/support/sandbox-setup';
import { escalation, portal } from '../test/support/invoke';
import { customerComments } from '../test/support/site-actions';
import { newRequest, passAllDelays } from '../test/proof/support';
import { round } from './stats';

export interface MemoryRow {
  operation: string;
  runs: number;
  medianPeakKb: number;
  maxPeakKb: number;
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function peakDuring(gc: () => void, run: () => Promise<unknown>): Promise<number> {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let sampling = true;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (sampling) setImmediate(sample);
  };
  setImmediate(sample);
  await run();
  sampling = false;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return (peak - baseline) / 1024;
}

function row(operation: string, kb: number[]): MemoryRow {
  const sorted = [...kb].sort((a, b) => a - b);
  return {
    operation,
    runs: kb.length,
    medianPeakKb: round(sorted[Math.floor(sorted.length / 2)] as number, 0),
    maxPeakKb: round(sorted[sorted.length - 1] as number, 0),
  };
}

export async function measureMemory(sb: Sandbox, runs: number): Promise<{ rows: MemoryRow[]; rssMb: number }> {
  const gc = exposeGc();
  await freshSite(sb);
  const keys: string[] = [];
  for (let i = 0; i < runs; i++) keys.push(await newRequest(sb));
  passAllDelays(sb);
  await sb.waitForEvents();
  await portal(sb, ALICE, keys[0] as string, 'getPortalState'); // warm

  const state: number[] = [];
  const esc: number[] = [];
  const follow: number[] = [];
  for (const key of keys) state.push(await peakDuring(gc, () => portal(sb, ALICE, key, 'getPortalState')));
  for (const key of keys) esc.push(await peakDuring(gc, () => portal(sb, ALICE, key, 'escalate', escalation)));
  for (const key of keys)
    follow.push(
      await peakDuring(gc, async () => {
        await customerComments(sb, ALICE, key, 'Une relance pour la mesure mémoire.');
        await sb.waitForEvents();
      }),
    );
  return {
    rows: [row('getPortalState', state), row('escalate (default effects)', esc), row('follow-up trigger', follow)],
    rssMb: round(process.memoryUsage().rss / 1024 / 1024, 0),
  };
}

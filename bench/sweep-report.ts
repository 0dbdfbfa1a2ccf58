/** The sweep bench's budgets and its Markdown section (bench/sweep.ts measures). */
import type { SweepResult } from './sweep';

type Table = (head: string[], rows: (string | number)[][]) => string;

/** Product calls one SLA-breach escalation may make (issue read, property, label, internal note, email). */
const CALLS_PER_ESCALATION = 5;

/**
 * What must hold: an idle run makes one product call (the search) and escalates nothing; the run with 50 due
 * escalates exactly those 50, with at most one search + 5 calls each; the next run escalates nothing again.
 */
export function sweepFailures(r: SweepResult): string[] {
  const failures: string[] = [];
  const [idle, due, next] = r.rows;
  if (!idle || !due || !next) return ['sweep: missing runs'];
  for (const quiet of [idle, next]) {
    if (quiet.productCalls > 1) failures.push(`sweep ${quiet.run}: ${quiet.productCalls} product calls > 1`);
    if (quiet.escalated !== 0) failures.push(`sweep ${quiet.run}: escalated ${quiet.escalated}, expected 0`);
  }
  if (due.escalated !== due.due) failures.push(`sweep: escalated ${due.escalated} of ${due.due} due`);
  const budget = 1 + CALLS_PER_ESCALATION * due.due;
  if (due.productCalls > budget) failures.push(`sweep: ${due.productCalls} product calls > ${budget}`);
  return failures;
}

export function sweepSection(r: SweepResult, table: Table): string {
  const open = r.rows[0]?.openRequests ?? 0;
  const out: string[] = [];
  out.push(
    `\n### Sweep: one run of escalade-sweep at ${open.toLocaleString('en-US')} open requests, escalation on SLA breach on (cold container; requests seeded in ${r.seedSeconds} s)\n`,
  );
  out.push(
    table(
      ['Run', 'Due', 'Escalated', 'Product calls', 'KVS calls', 'ms in process'],
      r.rows.map((row) => [row.run, row.due, row.escalated, row.productCalls, row.kvsCalls, row.ms]),
    ),
  );
  out.push('\nProduct calls of the run with 50 due:\n');
  out.push(
    table(
      ['Call', 'Count'],
      Object.entries(r.dueCalls).map(([call, n]) => [call, n]),
    ),
  );
  return out.join('\n');
}

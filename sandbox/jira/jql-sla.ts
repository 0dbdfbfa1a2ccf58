/**
 * JSM's SLA JQL function `breached()`, the one the app uses: `"<SLA name>" = breached()` finds the issues whose SLA's
 * last cycle (completed or ongoing) breached its goal; `!= breached()` those whose last cycle has not (yet) breached.
 * Issues with no cycle of that SLA are returned by neither. Only `=` and `!=` are supported, as the docs say; the
 * other SLA functions (`elapsed()`, `remaining()`, `paused()`, …) and ordering by an SLA are refused (400) by the
 * sandbox. Sources in sandbox/README.md ("SLA JQL functions").
 */
import { lastCycleBreached, SLA_METRIC_NAME } from './sla';
import type { IssueRow } from './types';

export class SlaJqlError extends Error {}

const SLA_FIELD = /^sla\[(.+)\]$/;

/** The SLA field a (quoted or bare) field name names, or null: SLA names match case-insensitively, as fields do. */
export function slaField(name: string): string | null {
  return name.trim().toLowerCase() === SLA_METRIC_NAME.toLowerCase() ? `sla[${SLA_METRIC_NAME}]` : null;
}

export const isSlaField = (field: string): boolean => SLA_FIELD.test(field);

/** Checks `op` and the function of an SLA clause; `fn` is the function's name, `args` its argument tokens. */
export function checkSlaClause(field: string, op: string, fn: string, args: string[]): void {
  const name = SLA_FIELD.exec(field)?.[1] ?? field;
  if (fn.toLowerCase() !== 'breached')
    throw new SlaJqlError(`The sandbox supports only breached() on the SLA field '${name}', not '${fn}'.`);
  if (op !== '=' && op !== '!=')
    throw new SlaJqlError(`The operator '${op}' is not supported by the 'breached' function. Use = or !=.`);
  if (args.length > 0) throw new SlaJqlError("The function 'breached' takes no arguments.");
}

/** Does the issue match `sla = breached()` (or `!=`) at `nowMs`? */
export function slaMatches(issue: IssueRow, op: string, nowMs: number): boolean {
  const breached = lastCycleBreached(issue, nowMs);
  if (breached === null) return false;
  return op === '=' ? breached : !breached;
}

import type { EscalationEntry, RequestRecord } from '../record';

/** The escalation that defines the state: the highest level (the newest entry on a tie). */
export function currentEscalation(record: RequestRecord): EscalationEntry | undefined {
  let current: EscalationEntry | undefined;
  for (const e of record.escalations) if (!current || e.level >= current.level) current = e;
  return current;
}

/** The latest of the given ISO times (undefined ones are skipped). */
export function latest(...isoTimes: (string | undefined)[]): Date {
  const ms = isoTimes.filter((t): t is string => t !== undefined).map((t) => new Date(t).getTime());
  return new Date(Math.max(...ms));
}

/** The newest follow-up, for the portal summary. */
export function lastFollowUpAt(record: RequestRecord): string | undefined {
  let last: string | undefined;
  for (const f of record.followUps) if (!last || new Date(f.at).getTime() > new Date(last).getTime()) last = f.at;
  return last;
}

import { emptySlice, type CounterKey, type StatsBucket, type StatsSlice } from './bucket';
import { medianAndP90 } from './percentile';

export interface Durations {
  medianMinutes: number | null;
  p90Minutes: number | null;
  timerMedianMinutes: number | null;
  timerP90Minutes: number | null;
}

export interface Ranked {
  id: string;
  name: string | null;
  count: number;
}

/** The figures of a period, before labels: what getStats answers, with ids where the gadget shows names. */
export interface StatsFigures {
  totals: {
    escalations: number;
    acknowledged: number;
    closed: number;
    withdrawn: number;
    followUps: number;
    automatic: number;
    /** Escalations to level 2 and beyond: a request escalated again. */
    repeat: number;
    /** Level-1 escalations: requests escalated for the first time. */
    escalatedRequests: number;
  };
  byReason: { reasonId: string; count: number }[];
  byWeek: { weekStart: string; escalations: number; byReason: Record<string, number> }[];
  timeToAcknowledge: Durations;
  timeToClose: Durations;
  acknowledgedInTime: { within: number; withDeadline: number; share: number | null };
  topRequestTypes: Ranked[];
  topOrganizations: Ranked[];
  closeReasons: { id: string; count: number }[];
  /** Follow-ups before the first escalation, per escalated request; null when nothing was escalated. */
  followUpsPerEscalatedRequest: number | null;
}

const TOP = 5;

function mergeInto(target: StatsSlice, s: StatsSlice): void {
  for (const [k, v] of Object.entries(s.counts))
    target.counts[k as CounterKey] = (target.counts[k as CounterKey] ?? 0) + v;
  const maps = ['reasons', 'requestTypes', 'organizations', 'closeReasons'] as const;
  for (const m of maps) for (const [k, v] of Object.entries(s[m])) target[m][k] = (target[m][k] ?? 0) + v;
  for (const d of ['ack', 'ackTimer', 'close', 'closeTimer'] as const) target.durations[d].push(...s.durations[d]);
}

/** The slices a filter keeps: one policy's, or all of them. */
function slicesOf(bucket: StatsBucket, policyId: string | undefined): StatsSlice[] {
  if (policyId === undefined) return Object.values(bucket.slices);
  const one = bucket.slices[policyId];
  return one ? [one] : [];
}

const ranked = (map: Record<string, number>) =>
  Object.entries(map)
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));

function durations(calendar: number[], timer: number[]): Durations {
  const c = medianAndP90(calendar);
  const t = medianAndP90(timer);
  return { ...c, timerMedianMinutes: t.medianMinutes, timerP90Minutes: t.p90Minutes };
}

/**
 * Adds up the buckets of the period's weeks (every week listed gets a row, zero when no bucket), for one
 * policy or all. Names of request types and organizations come from the newest bucket that has them.
 */
export function summarize(buckets: readonly StatsBucket[], weeks: readonly string[], policyId?: string): StatsFigures {
  const total = emptySlice();
  const names: Record<string, string> = {};
  const perWeek = new Map(weeks.map((w) => [w, emptySlice()]));
  const ordered = [...buckets].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  for (const bucket of ordered) {
    const week = perWeek.get(bucket.weekStart);
    if (!week) continue;
    Object.assign(names, bucket.names);
    for (const slice of slicesOf(bucket, policyId)) {
      mergeInto(total, slice);
      mergeInto(week, slice);
    }
  }
  const c = (k: CounterKey) => total.counts[k] ?? 0;
  const named = (prefix: string, map: Record<string, number>) =>
    ranked(map)
      .slice(0, TOP)
      .map((r) => ({ ...r, name: names[`${prefix}:${r.id}`] ?? null }));
  return {
    totals: {
      escalations: c('escalated'),
      acknowledged: c('acknowledged'),
      closed: c('closed'),
      withdrawn: c('withdrawn'),
      followUps: c('followUp'),
      automatic: c('automatic'),
      repeat: c('repeat'),
      escalatedRequests: c('escalatedRequests'),
    },
    byReason: ranked(total.reasons).map(({ id, count }) => ({ reasonId: id, count })),
    byWeek: weeks.map((w) => ({
      weekStart: w,
      escalations: perWeek.get(w)!.counts.escalated ?? 0,
      byReason: perWeek.get(w)!.reasons,
    })),
    timeToAcknowledge: durations(total.durations.ack, total.durations.ackTimer),
    timeToClose: durations(total.durations.close, total.durations.closeTimer),
    acknowledgedInTime: {
      within: c('ackInTime'),
      withDeadline: c('ackWithDeadline'),
      share: c('ackWithDeadline') > 0 ? c('ackInTime') / c('ackWithDeadline') : null,
    },
    topRequestTypes: named('rt', total.requestTypes),
    topOrganizations: named('org', total.organizations),
    closeReasons: ranked(total.closeReasons),
    followUpsPerEscalatedRequest: c('escalatedRequests') > 0 ? c('followUpsBefore') / c('escalatedRequests') : null,
  };
}

/**
 * The analytics aggregate: one bucket per project × week (KVS key `stats:{project}:{weekStart}`), updated as
 * each escalation step happens, so the gadget reads weeks × projects buckets and never scans requests.
 * Inside, one slice per policy ('default' until policies exist), so a policy filter needs no other key.
 * Counters are keyed by kind, so a new kind of step (a withdrawal, an automatic escalation) is one more key.
 */

/** What happened to a request, as the analytics count it. */
export type StepKind = 'escalated' | 'acknowledged' | 'closed' | 'withdrawn' | 'followUp';

/** Labels for ids the gadget shows, kept with the counts (no product call at read time). */
export interface Facet {
  id: string;
  name: string | null;
}

export interface StatsStep {
  /** Unique per step of a request: applying the same id twice counts once. */
  id: string;
  kind: StepKind;
  projectKey: string;
  /** When it happened (ISO 8601); decides the week. */
  at: string;
  policyId: string;
  level?: number;
  reasonId?: string;
  automatic?: boolean;
  requestType?: Facet | null;
  organizations?: Facet[];
  /** Follow-ups counted on the request before this escalation (level 1 only). */
  followUpsBefore?: number;
  /** Since the escalation, for acknowledged and closed: calendar minutes and timer minutes. */
  minutes?: number;
  timerMinutes?: number;
  /** Acknowledged before the acknowledgement deadline; null when no deadline applied. */
  inTime?: boolean | null;
  closeReason?: string | null;
}

/** Counter keys besides the step kinds. */
export type CounterKey =
  StepKind | 'automatic' | 'repeat' | 'escalatedRequests' | 'followUpsBefore' | 'ackInTime' | 'ackWithDeadline';

export interface StatsSlice {
  counts: Partial<Record<CounterKey, number>>;
  reasons: Record<string, number>;
  requestTypes: Record<string, number>;
  organizations: Record<string, number>;
  closeReasons: Record<string, number>;
  /** Raw durations in minutes, for exact percentiles across buckets. */
  durations: { ack: number[]; ackTimer: number[]; close: number[]; closeTimer: number[] };
}

export interface StatsBucket {
  v: 1;
  projectKey: string;
  weekStart: string;
  /** Ids of the steps counted here. */
  steps: string[];
  slices: Record<string, StatsSlice>;
  /** Display names by facet key (`rt:{id}`, `org:{id}`), the latest seen. */
  names: Record<string, string>;
}

export function emptyBucket(projectKey: string, weekStart: string): StatsBucket {
  return { v: 1, projectKey, weekStart, steps: [], slices: {}, names: {} };
}

export function emptySlice(): StatsSlice {
  return {
    counts: {},
    reasons: {},
    requestTypes: {},
    organizations: {},
    closeReasons: {},
    durations: { ack: [], ackTimer: [], close: [], closeTimer: [] },
  };
}

const bump = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

function countEscalation(slice: StatsSlice, names: Record<string, string>, step: StatsStep): void {
  if (step.automatic) bump(slice.counts, 'automatic');
  if ((step.level ?? 1) > 1) bump(slice.counts, 'repeat');
  else {
    bump(slice.counts, 'escalatedRequests');
    bump(slice.counts, 'followUpsBefore', step.followUpsBefore ?? 0);
  }
  if (step.reasonId) bump(slice.reasons, step.reasonId);
  const facets: [string, Record<string, number>, Facet][] = [
    ...(step.requestType
      ? [['rt', slice.requestTypes, step.requestType] as [string, Record<string, number>, Facet]]
      : []),
    ...(step.organizations ?? []).map(
      (o) => ['org', slice.organizations, o] as [string, Record<string, number>, Facet],
    ),
  ];
  for (const [prefix, map, facet] of facets) {
    bump(map, facet.id);
    if (facet.name) names[`${prefix}:${facet.id}`] = facet.name;
  }
}

function countStep(slice: StatsSlice, names: Record<string, string>, step: StatsStep): void {
  bump(slice.counts, step.kind);
  switch (step.kind) {
    case 'escalated':
      countEscalation(slice, names, step);
      break;
    case 'acknowledged':
      if (step.minutes !== undefined) slice.durations.ack.push(step.minutes);
      if (step.timerMinutes !== undefined) slice.durations.ackTimer.push(step.timerMinutes);
      if (step.inTime !== undefined && step.inTime !== null) {
        bump(slice.counts, 'ackWithDeadline');
        if (step.inTime) bump(slice.counts, 'ackInTime');
      }
      break;
    case 'closed':
      if (step.minutes !== undefined) slice.durations.close.push(step.minutes);
      if (step.timerMinutes !== undefined) slice.durations.closeTimer.push(step.timerMinutes);
      if (step.closeReason) bump(slice.closeReasons, step.closeReason);
      break;
    // 'withdrawn' and 'followUp': counted by kind only, above.
  }
}

/**
 * Counts steps in their bucket. Idempotent: a step already counted (same id, here or earlier in the list)
 * is skipped, and when every step was, the very same bucket object comes back, so the caller knows there is
 * nothing to write. The input is never mutated.
 */
export function applySteps(bucket: StatsBucket, steps: readonly StatsStep[]): StatsBucket {
  const seen = new Set(bucket.steps);
  const fresh = steps.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
  if (fresh.length === 0) return bucket;
  const next: StatsBucket = structuredClone(bucket);
  for (const step of fresh) {
    next.steps.push(step.id);
    const slice = (next.slices[step.policyId] ??= emptySlice());
    countStep(slice, next.names, step);
  }
  return next;
}

export function applyStep(bucket: StatsBucket, step: StatsStep): StatsBucket {
  return applySteps(bucket, [step]);
}

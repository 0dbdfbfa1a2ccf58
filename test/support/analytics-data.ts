/**
 * Synthetic analytics data for `npm run bench` and the analytics budget tests. Request records come from one
 * seeded PRNG, so a run is reproducible; their buckets are computed by the domain's own `stepsOfRecord` and
 * `applySteps` (what the app counts live and what a backfill counts), then written straight to the sandbox's
 * KVS with the production keys (`stats:{project}:{weekStart}`, `record:{key}`) through `@forge/kvs`'s
 * `batchSet`, 25 items a call. Only the writing is shortcut, not the shape: getStats, the backfill and the
 * export then read them exactly as on a site where the escalations happened one by one.
 */
import { kvs } from '@forge/kvs';
import {
  applySteps,
  emptyBucket,
  emptyRecord,
  stepsOfRecord,
  weekStartOf,
  type Config,
  type RequestRecord,
  type StatsBucket,
  type StatsStep,
} from '../../src/domain';
import { STORE_KEYS } from '../../src/forge/store/kvs-store';
import { STATS_KEYS } from '../../src/forge/store/stats-store';

/** A small, well-known 32-bit PRNG (mulberry32): deterministic for a seed, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_ORGANIZATIONS = [
  { id: '101', name: 'Transports Martin' },
  { id: '102', name: 'Durand Conseil' },
  { id: '103', name: 'Boulangeries Petit' },
  { id: '104', name: 'Clinique du Lac' },
  { id: '105', name: 'Mairie de Colmar' },
  { id: '106', name: 'Atelier Leroy' },
];
const REQUEST_TYPES = [
  { id: '10', name: 'Incident' },
  { id: '11', name: 'Service request' },
];

export interface SyntheticOptions {
  /** Escalations (one record each, level 1). */
  count: number;
  projects: string[];
  /** Escalations fall uniformly in [from, to). */
  from: Date;
  to: Date;
  reasonIds: string[];
  seed?: number;
  /** Issue numbers start here, per project (default 1000). */
  firstNumber?: number;
}

const MINUTE = 60_000;

/** One escalated request per escalation: 85 % acknowledged, 70 % of those closed, one organization each. */
export function syntheticRecords(o: SyntheticOptions): RequestRecord[] {
  const rnd = mulberry32(o.seed ?? 13);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const span = o.to.getTime() - o.from.getTime();
  const next = new Map<string, number>();
  const records: RequestRecord[] = [];
  for (let i = 0; i < o.count; i++) {
    const project = o.projects[i % o.projects.length] as string;
    const n = next.get(project) ?? o.firstNumber ?? 1000;
    next.set(project, n + 1);
    const at = o.from.getTime() + Math.floor(rnd() * span);
    const ack = rnd() < 0.85 ? at + Math.round((5 + rnd() * 2_880) * MINUTE) : undefined;
    const closed = ack !== undefined && rnd() < 0.7 ? ack + Math.round(rnd() * 5 * 24 * 60 * MINUTE) : undefined;
    const followUpsBefore = Math.floor(rnd() * 4);
    const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
    records.push({
      ...emptyRecord(`${project}-${n}`),
      followUpCount: followUpsBefore,
      escalations: [
        {
          level: 1,
          at: new Date(at).toISOString(),
          byAccountId: 'customer-alice',
          reasonId: pick(o.reasonIds),
          details: '',
          effects: {},
          ...(ack !== undefined ? { acknowledgedAt: iso(ack), acknowledgedBy: 'agent-dave' } : {}),
          ...(closed !== undefined ? { closedAt: iso(closed), closedBy: 'agent-dave' } : {}),
          facets: {
            requestType: pick(REQUEST_TYPES),
            organizations: [pick(SYNTHETIC_ORGANIZATIONS)],
            policyId: 'default',
            followUpsBefore,
          },
        },
      ],
    });
  }
  return records;
}

/** The buckets the app would hold after counting every step of these records (one applySteps per bucket). */
export function bucketsOf(records: RequestRecord[], config: Config): StatsBucket[] {
  const groups = new Map<string, { projectKey: string; weekStart: string; steps: StatsStep[] }>();
  // weekStartOf (luxon) per step dominates 100,000 escalations; the week is the same within a UTC hour in the
  // whole-hour zones the bench uses, so it is computed once per hour.
  const weeks = new Map<string, string>();
  const weekOf = (at: string) => {
    const hour = at.slice(0, 13);
    let week = weeks.get(hour);
    if (week === undefined) weeks.set(hour, (week = weekStartOf(`${hour}:00:00.000Z`, config.calendar.timezone)));
    return week;
  };
  for (const step of records.flatMap((r) => stepsOfRecord(r, config))) {
    const weekStart = weekOf(step.at);
    const id = `${step.projectKey}:${weekStart}`;
    const group = groups.get(id) ?? { projectKey: step.projectKey, weekStart, steps: [] };
    group.steps.push(step);
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => applySteps(emptyBucket(g.projectKey, g.weekStart), g.steps));
}

async function batchSetAll(items: { key: string; value: unknown }[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    const result = await kvs.batchSet(items.slice(i, i + 25));
    if (result.failedKeys.length > 0) throw new Error(`KVS refused ${JSON.stringify(result.failedKeys[0])}`);
  }
}

/** Writes buckets under their production keys. Call it with the sandbox's host installed (after createSandbox). */
export const writeBuckets = (buckets: StatsBucket[]) =>
  batchSetAll(buckets.map((b) => ({ key: STATS_KEYS.bucket(b), value: b })));

/** Writes request records under their production keys. */
export const writeRecords = (records: RequestRecord[]) =>
  batchSetAll(records.map((r) => ({ key: STORE_KEYS.record(r.issueKey), value: r })));

/**
 * The analytics bench (issue 13), in its own sandbox:
 * - getStats over 12 months with 100,000 escalations recorded across 20 projects: product calls, KVS reads
 *   (they follow weeks × projects, not escalations) and the in-process median time;
 * - the backfill's throughput, rebuilding the buckets of 10,000 escalations from their records through the
 *   `rebuildStats` resolver, call after call, as the gadget's edit mode drives it;
 * - the CSV export of the same 10,000 escalations: pages and time per page.
 * The data is written straight to KVS (test/support/analytics-data.ts); everything measured runs through the
 * real resolvers in the sandbox.
 */
import { createSandbox, type Sandbox } from '../sandbox';
import type { IssueRow } from '../sandbox/jira/types';
import type { StatsResult } from '../src/contract';
import { DEFAULT_CONFIG } from '../src/domain';
import { resetWarmCaches } from '../src/forge/platform';
import { bucketsOf, syntheticRecords, writeBuckets, writeRecords } from '../test/support/analytics-data';
import { DAVE, FRANK } from '../test/support/personas';
import { errorCode, exportCsv, gadget, ok } from '../test/support/invoke';
import { round, summarize, timed } from './stats';
import { inProgressRow } from '../test/support/many-escalations';

/** Monday 30 November 2026, 10:00 in Paris; the 12 months before it are the period read. */
const NOW = new Date('2026-11-30T09:00:00.000Z');
const PERIOD = { from: '2025-12-01', to: '2026-11-29' };
const PROJECTS = Array.from({ length: 20 }, (_, i) => `P${String.fromCharCode(65 + i)}`);
const REASONS = DEFAULT_CONFIG.escalation.reasons.map((r) => r.id);
const STATS_ESCALATIONS = 100_000;
const RECORD_ESCALATIONS = 10_000;
/** The per-page budget the export must stay far below: the resolver limit. */
export const RESOLVER_LIMIT_MS = 25_000;

export interface AnalyticsResult {
  stats: {
    escalations: number;
    projects: number;
    weeks: number;
    buckets: number;
    seedSeconds: number;
    productCalls: number;
    calls: string[];
    kvsReads: number;
    kvsReadCalls: Record<string, number>;
    runs: number;
    medianMs: number;
    p95Ms: number;
  };
  backfill: {
    escalations: number;
    records: number;
    invocations: number;
    seconds: number;
    perSecond: number;
    maxInvocationMs: number;
  };
  export: {
    escalations: number;
    rows: number;
    pages: number;
    medianPageMs: number;
    p95PageMs: number;
    maxPageMs: number;
    productCallsPerPage: number;
  };
}

const READS = new Set(['/api/v1/get', '/api/v1/batch/get', '/api/v1/query', '/api/v1/secret/get']);

function callsOf(sb: Sandbox) {
  const all = sb.calls();
  const product = all.filter((c) => c.kind === 'product').map((c) => `${c.as} ${c.method} ${c.path.split('?')[0]}`);
  const reads: Record<string, number> = {};
  for (const c of all.filter((c) => c.kind === 'kvs' && READS.has(c.path.split('?')[0] as string)))
    reads[c.path] = (reads[c.path] ?? 0) + 1;
  return { product, reads };
}

async function statsBench(sb: Sandbox, runs: number): Promise<AnalyticsResult['stats']> {
  const seedStart = performance.now();
  sb.jira.addSiteProjects(PROJECTS);
  const records = syntheticRecords({
    count: STATS_ESCALATIONS,
    projects: PROJECTS,
    from: new Date(`${PERIOD.from}T00:00:00Z`),
    to: new Date(`${PERIOD.to}T00:00:00Z`),
    reasonIds: REASONS,
  });
  const buckets = bucketsOf(records, DEFAULT_CONFIG);
  await writeBuckets(buckets);
  const seedSeconds = round((performance.now() - seedStart) / 1000, 1);

  const payload = { ...PERIOD, projectKeys: PROJECTS, locale: 'fr-FR' };
  const ask = async () => {
    const body = await gadget(sb, DAVE, 'getStats', payload);
    if (errorCode(body)) throw new Error(`getStats refused: ${JSON.stringify(body)}`);
    return body as unknown as StatsResult;
  };
  // Cold container, as the first view of a dashboard after a deployment.
  resetWarmCaches();
  sb.clearCalls();
  const first = await ask();
  const { product, reads } = callsOf(sb);
  // Every synthetic escalation falls inside the period, which starts on a Monday.
  if (first.totals.escalations !== STATS_ESCALATIONS)
    throw new Error(`getStats counted ${first.totals.escalations} escalations`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(ask));
  const s = summarize(samples);
  return {
    escalations: STATS_ESCALATIONS,
    projects: PROJECTS.length,
    weeks: first.weeks.length,
    buckets: buckets.length,
    seedSeconds,
    productCalls: product.length,
    calls: product,
    kvsReads: Object.values(reads).reduce((a, b) => a + b, 0),
    kvsReadCalls: reads,
    runs: s.runs,
    medianMs: s.medianMs,
    p95Ms: s.p95Ms,
  };
}

function issueRows(keys: string[]): IssueRow[] {
  const created = NOW.getTime() - 400 * 24 * 3_600_000;
  return keys.map((key) =>
    inProgressRow(
      key,
      String(100_000 + Number(key.split('-')[1])),
      created,
      `Demande ${key} : l’export des factures est vide`,
      'Données du bench.',
    ),
  );
}

async function backfillBench(sb: Sandbox, escalations: number): Promise<AnalyticsResult['backfill']> {
  const times: number[] = [];
  let state: { done?: boolean; records?: number } = {};
  for (let i = 0; !state.done; i++) {
    if (i > 10_000) throw new Error('the rebuild never finished');
    times.push(
      await timed(async () => {
        const answer = await gadget(sb, FRANK, 'rebuildStats', { restart: i === 0 });
        if (errorCode(answer)) throw new Error(`rebuildStats: ${JSON.stringify(answer)}`);
        state = ok(answer);
      }),
    );
  }
  const seconds = times.reduce((a, b) => a + b, 0) / 1000;
  return {
    escalations,
    records: state.records ?? 0,
    invocations: times.length,
    seconds: round(seconds, 1),
    perSecond: Math.round(escalations / seconds),
    maxInvocationMs: Math.round(Math.max(...times)),
  };
}

async function exportBench(sb: Sandbox, escalations: number): Promise<AnalyticsResult['export']> {
  const times: number[] = [];
  let cursor: string | null = null;
  let rows = 0;
  let productCalls = 0;
  do {
    sb.clearCalls();
    let page: { rows: number; cursor: string | null } | undefined;
    times.push(
      await timed(async () => {
        const body = await exportCsv(sb, DAVE, { cursor, locale: 'fr-FR' });
        if (errorCode(body)) throw new Error(`exportEscalations: ${JSON.stringify(body)}`);
        page = body as unknown as { rows: number; cursor: string | null };
      }),
    );
    productCalls = Math.max(productCalls, callsOf(sb).product.length);
    rows += page?.rows ?? 0;
    cursor = page?.cursor ?? null;
  } while (cursor !== null);
  const s = summarize(times);
  return {
    escalations,
    rows,
    pages: times.length,
    medianPageMs: s.medianMs,
    p95PageMs: s.p95Ms,
    maxPageMs: round(Math.max(...times)),
    productCallsPerPage: productCalls,
  };
}

export async function measureAnalytics(runs = 20): Promise<AnalyticsResult> {
  const sb = await createSandbox({ now: NOW });
  try {
    const stats = await statsBench(sb, runs);
    // 10,000 escalated requests of the service project, as records only: the buckets are the backfill's job.
    const records = syntheticRecords({
      count: RECORD_ESCALATIONS,
      projects: ['SUP'],
      from: new Date(`${PERIOD.from}T00:00:00Z`),
      to: new Date(`${PERIOD.to}T00:00:00Z`),
      reasonIds: REASONS,
      firstNumber: 10_001,
      seed: 31,
    });
    sb.jira.putIssues(issueRows(records.map((r) => r.issueKey)));
    await writeRecords(records);
    // The seed's SUP-4 is escalated too: one more record and one more row.
    const backfill = await backfillBench(sb, RECORD_ESCALATIONS + 1);
    const exported = await exportBench(sb, RECORD_ESCALATIONS + 1);
    return { stats, backfill, export: exported };
  } finally {
    await sb.close();
  }
}

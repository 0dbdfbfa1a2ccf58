/** The analytics bench's budgets and its Markdown section (bench/analytics.ts measures). */
import { RESOLVER_LIMIT_MS, type AnalyticsResult } from './analytics';

type Table = (head: string[], rows: (string | number)[][]) => string;

/** What must hold: at most 2 product calls, KVS reads = one batchGet per 25 buckets (+ the config), pages and batches inside 25 s. */
export function analyticsFailures(r: AnalyticsResult): string[] {
  const failures: string[] = [];
  const bucketReads = Math.ceil((r.stats.weeks * r.stats.projects) / 25);
  if (r.stats.productCalls > 2) failures.push(`getStats: ${r.stats.productCalls} product calls > 2`);
  if (r.stats.kvsReads > bucketReads + 2)
    failures.push(`getStats: ${r.stats.kvsReads} KVS reads > ${bucketReads} batchGets of buckets + 2`);
  if (r.backfill.records !== r.backfill.escalations)
    failures.push(`backfill: ${r.backfill.records} records read, ${r.backfill.escalations} expected`);
  if (r.backfill.maxInvocationMs > RESOLVER_LIMIT_MS)
    failures.push(`backfill: one invocation took ${r.backfill.maxInvocationMs} ms > 25 s`);
  if (r.export.rows !== r.export.escalations)
    failures.push(`export: ${r.export.rows} rows, ${r.export.escalations} expected`);
  if (r.export.maxPageMs > RESOLVER_LIMIT_MS) failures.push(`export: one page took ${r.export.maxPageMs} ms > 25 s`);
  if (r.export.productCallsPerPage > 2)
    failures.push(`export: ${r.export.productCallsPerPage} product calls per page > 2`);
  return failures;
}

export function analyticsSection(r: AnalyticsResult, table: Table): string {
  const s = r.stats;
  const out: string[] = [];
  out.push(
    `\n### Analytics: getStats over ${s.weeks} weeks, ${s.escalations.toLocaleString('en-US')} escalations in ${s.projects} projects (${s.buckets} buckets; seeded in ${s.seedSeconds} s)\n`,
  );
  out.push(
    table(
      ['Measure', 'Value'],
      [
        ['Product calls (budget 2)', `${s.productCalls}: ${s.calls.join(', ')}`],
        [
          'KVS reads',
          `${s.kvsReads} (${Object.entries(s.kvsReadCalls)
            .map(([path, n]) => `${n} × ${path.replace('/api/v1/', '')}`)
            .join(
              ', ',
            )}) for ${s.weeks} weeks × ${s.projects} projects = ${s.weeks * s.projects} keys, 25 per batchGet`,
        ],
        [`Median / p95 in process (${s.runs} runs)`, `${s.medianMs} ms / ${s.p95Ms} ms`],
      ],
    ),
  );
  const b = r.backfill;
  const e = r.export;
  out.push(`\n### Analytics: backfill and CSV export of ${e.escalations.toLocaleString('en-US')} escalations\n`);
  out.push(
    table(
      ['Measure', 'Value'],
      [
        [
          'Backfill (rebuildStats, 25 records a batch, ≤ 15 s a call)',
          `${b.perSecond} escalations/s (${b.records} records in ${b.seconds} s, ${b.invocations} calls, longest ${b.maxInvocationMs} ms)`,
        ],
        ['CSV export: pages (100 records each)', e.pages],
        ['CSV export: time per page, median / p95 / max', `${e.medianPageMs} / ${e.p95PageMs} / ${e.maxPageMs} ms`],
        ['CSV export: product calls per page', e.productCallsPerPage],
      ],
    ),
  );
  return out.join('\n');
}

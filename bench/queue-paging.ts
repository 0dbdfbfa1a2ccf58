/**
 * The escalations queue's paging (issue 14, item 7): pages 1 and 80 of 2,000 open escalations (25 rows a page),
 * reached by following the page tokens as the UI does. A page costs the same product calls whatever its rank:
 * one search, one count as the user, one BROWSE check per project on the page.
 */
import type { Sandbox } from '../sandbox';
import type { QueuePage } from '../src/contract';
import { seedEscalations } from '../test/support/many-escalations';
import { DAVE } from '../test/support/personas';
import { coldContainer, freshSite, productCalls } from '../test/support/sandbox-setup';
import { ok, queue } from '../test/support/invoke';
import { summarize, timed } from './stats';

export const QUEUE_ESCALATIONS = 2_000;
const PAGE_SIZE = 25;
const PAGES = [1, 80];

export interface QueuePagingRow {
  page: number;
  productCalls: number;
  searches: number;
  medianMs: number;
  p95Ms: number;
}

export async function measureQueuePaging(sb: Sandbox, runs: number): Promise<QueuePagingRow[]> {
  await freshSite(sb);
  await seedEscalations(sb, QUEUE_ESCALATIONS);
  // The payload of each page, found by following the tokens from page 1.
  const payloads: Record<number, { pageToken?: string; startAt?: number; pageSize: number }> = {
    1: { pageSize: PAGE_SIZE },
  };
  let page: QueuePage = ok(await queue(sb, DAVE, payloads[1]));
  for (let n = 2; n <= Math.max(...PAGES); n++) {
    payloads[n] = {
      pageToken: page.nextPageToken ?? '',
      startAt: page.startAt + page.items.length,
      pageSize: PAGE_SIZE,
    };
    page = ok(await queue(sb, DAVE, payloads[n]));
  }
  const rows: QueuePagingRow[] = [];
  for (const n of PAGES) {
    coldContainer(sb);
    const shown = ok(await queue(sb, DAVE, payloads[n]));
    if (shown.items.length !== PAGE_SIZE) throw new Error(`queue page ${n}: ${shown.items.length} rows`);
    const calls = productCalls(sb);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timed(() => queue(sb, DAVE, payloads[n])));
    const s = summarize(samples);
    rows.push({
      page: n,
      productCalls: calls.length,
      searches: calls.filter((c) => c.path.startsWith('/rest/api/3/search/jql')).length,
      medianMs: s.medianMs,
      p95Ms: s.p95Ms,
    });
  }
  return rows;
}

/** A page far down costs more calls than the first: the paging walks again. */
export function queuePagingFailures(rows: QueuePagingRow[]): string[] {
  const first = rows.find((r) => r.page === 1);
  return rows
    .filter((r) => first && (r.productCalls > first.productCalls || r.searches > 1))
    .map(
      (r) => `queue page ${r.page}: ${r.productCalls} calls (${r.searches} searches) > page 1's ${first?.productCalls}`,
    );
}

export function queuePagingSection(
  rows: QueuePagingRow[],
  table: (h: string[], r: (string | number)[][]) => string,
): string {
  return `\n### Escalations queue: pages of ${PAGE_SIZE} among ${QUEUE_ESCALATIONS.toLocaleString('en-US')} open escalations (cold container for the calls)\n\n${table(
    ['Page', 'Product calls', 'Searches', 'Median ms', 'p95 ms'],
    rows.map((r) => [r.page, r.productCalls, r.searches, r.medianMs, r.p95Ms]),
  )}`;
}

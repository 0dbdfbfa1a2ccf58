import type { QueueItem, QueuePage } from '../contract';
import type { Caller } from '../domain/facts';
import type { JiraPort } from '../ports';
import { ok, refuse, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';

const projectOf = (issueKey: string) => issueKey.slice(0, issueKey.lastIndexOf('-'));

/** Which page: Jira's token for it (null = the first page) and where it starts among the viewer's rows. */
export interface QueuePageRequest {
  pageToken: string | null;
  startAt: number;
  pageSize: number;
}

/**
 * The escalations queue: escalated requests (JQL on the indexed property), overdue first, then oldest first. Only licensed
 * (agent) accounts get in; customers and unlicensed accounts are refused outright. The search runs as the
 * app, so each project on the page is checked as the user (BROWSE, one call per project, not per issue)
 * and rows of projects the caller cannot browse are dropped. A page costs one search whatever its rank (Jira's
 * page token), and the total is counted as the user, so it holds no row they cannot see.
 */
export async function listEscalations(
  ports: Ports,
  caller: Caller | null,
  page: QueuePageRequest,
): Promise<Outcome<QueuePage>> {
  if (!caller || caller.accountType !== 'licensed') return refuse('FORBIDDEN');
  const [{ items, nextPageToken }, total] = await Promise.all([
    ports.jira.searchEscalations(page.pageToken, page.pageSize),
    ports.jira.countEscalations(),
  ]);
  const allowed = await browsableProjects(ports.jira, items);
  const now = ports.clock.now().getTime();
  return ok({
    items: items
      .filter((i) => allowed.has(projectOf(i.key)))
      .map((i) => ({ ...i, ageMinutes: Math.max(0, Math.floor((now - new Date(i.escalatedAt).getTime()) / 60_000)) }))
      .sort(overdueFirst),
    total,
    // Without a token this is the first page, whatever `startAt` said.
    startAt: page.pageToken ? page.startAt : 0,
    pageSize: page.pageSize,
    nextPageToken,
  });
}

/** Overdue escalations first (the acknowledgement deadline passed), then the oldest first. */
export function overdueFirst(
  a: Pick<QueueItem, 'overdue' | 'escalatedAt'>,
  b: Pick<QueueItem, 'overdue' | 'escalatedAt'>,
) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return new Date(a.escalatedAt).getTime() - new Date(b.escalatedAt).getTime();
}

/** The projects of these rows that the caller can browse: one BROWSE check per project, on one of its keys. */
async function browsableProjects(jira: JiraPort, items: { key: string }[]): Promise<Set<string>> {
  const sample = new Map<string, string>();
  for (const item of items) if (!sample.has(projectOf(item.key))) sample.set(projectOf(item.key), item.key);
  const allowed = new Set<string>();
  await Promise.all(
    [...sample].map(async ([project, key]) => ((await jira.canBrowse(key)) ? allowed.add(project) : null)),
  );
  return allowed;
}

/** The JiraPort's JQL searches: the newest requests per project, the escalations queue, the SLA breaches. */
import { route } from '@forge/api';
import { ESCALATION_JQL } from '../../domain/escalation/property';
import { slaBreachJql } from '../../domain/escalation/sla-breach';
import type { JiraPort } from '../../ports';
import { BadRequestError } from './errors';
import { toQueueItem, toRecentRequest } from './map-rest';
import type { PortDeps } from './port-deps';

/** JQL of the escalations queue, oldest first (the `escalade` property is indexed by the manifest). */
export const ESCALATIONS_JQL = ESCALATION_JQL.open;
/** The same escalations without the ordering, for the count. */
export const ESCALATIONS_COUNT_JQL = ESCALATION_JQL.open.replace(/\s+ORDER BY .*$/, '');

/**
 * Newest requests first. The enhanced search refuses unbounded JQL ("Unbounded JQL queries are not allowed
 * here"), so without a project list the search is bounded by a year of creation dates instead.
 */
export function recentRequestsJql(projects: string[]): string {
  const where = projects.length
    ? `project in (${projects.map((p) => JSON.stringify(p)).join(', ')})`
    : 'created >= -365d';
  return `${where} ORDER BY created DESC`;
}

/** How many of the newest requests one search reads, to find the newest of each project among them. */
const RECENT_WINDOW = 20;

/** One page, no walk: the sweep works through a backlog `max` requests per run, the oldest first. */
function slaBreachedKeys(client: PortDeps['client']): JiraPort['slaBreachedKeys'] {
  return async (slaName, projects, max) => {
    const res = await client.request<{ issues?: { key?: unknown }[] }>('POST', route`/rest/api/3/search/jql`, {
      body: { jql: slaBreachJql(slaName, projects), fields: ['created'], maxResults: max },
      idempotent: true,
    });
    return (res.body?.issues ?? []).map((i) => i.key).filter((k): k is string => typeof k === 'string' && k !== '');
  };
}

type Searches = Pick<JiraPort, 'recentRequestKeys' | 'searchEscalations' | 'countEscalations' | 'slaBreachedKeys'>;

export function searches({ client }: PortDeps): Searches {
  return {
    async recentRequestKeys(projects, max) {
      const search = async (jql: string) => {
        const res = await client.request<{ issues?: unknown[] }>('POST', route`/rest/api/3/search/jql`, {
          body: { jql, fields: ['project'], maxResults: RECENT_WINDOW },
          idempotent: true,
        });
        return (res.body?.issues ?? []).map(toRecentRequest).filter((r) => r.key !== '');
      };
      let found;
      let wanted = max;
      try {
        found = await search(recentRequestsJql(projects));
      } catch (e) {
        // Jira refuses JQL naming a project that no longer exists: look at any project instead, and read one
        // request fewer so the whole call keeps its budget.
        if (!(e instanceof BadRequestError) || projects.length === 0) throw e;
        found = await search(recentRequestsJql([]));
        wanted = Math.max(1, max - 1);
      }
      // The newest request of each project, newest project first: SLA metrics are set per service project.
      const seen = new Set<string>();
      const keys: string[] = [];
      for (const r of found) {
        if (keys.length >= wanted) break;
        if (seen.has(r.projectKey)) continue;
        seen.add(r.projectKey);
        keys.push(r.key);
      }
      return keys;
    },
    slaBreachedKeys: slaBreachedKeys(client),
    ...queueSearches(client),
  };
}

/** The escalations queue: one search per page (from the previous page's token) and the viewer's count. */
function queueSearches(client: PortDeps['client']): Pick<JiraPort, 'searchEscalations' | 'countEscalations'> {
  return {
    async searchEscalations(pageToken, maxResults) {
      // /search/jql pages with tokens, not offsets: one search per page, from the previous page's token.
      const page = await client.request<{ issues?: unknown[]; nextPageToken?: string; isLast?: boolean }>(
        'POST',
        route`/rest/api/3/search/jql`,
        {
          body: {
            jql: ESCALATIONS_JQL,
            fields: ['summary'],
            properties: ['escalade'],
            maxResults: Math.min(100, maxResults),
            ...(pageToken ? { nextPageToken: pageToken } : {}),
          },
          idempotent: true,
        },
      );
      const next = page.body?.nextPageToken;
      return {
        items: (page.body?.issues ?? []).map(toQueueItem),
        nextPageToken: page.body?.isLast === true || typeof next !== 'string' || next === '' ? null : next,
      };
    },
    async countEscalations() {
      // As the user: Jira counts only "issues where the user has Browse projects project permission" (and
      // issue-level security), so the total holds no row the viewer cannot see.
      const res = await client.request<{ count?: unknown }>('POST', route`/rest/api/3/search/approximate-count`, {
        body: { jql: ESCALATIONS_COUNT_JQL },
        as: 'user',
        idempotent: true,
      });
      return typeof res.body?.count === 'number' ? res.body.count : 0;
    },
  };
}

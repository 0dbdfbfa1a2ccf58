import { route } from '@forge/api';
import type { JiraPort } from '../../ports';
import type { JiraClient } from './client';

type AnalyticsCalls = Pick<JiraPort, 'browsableProjects' | 'countCreated' | 'summaries'>;

/** JQL of the requests created in the given projects on [fromDate, toDate) (dates `YYYY-MM-DD`). */
export function createdJql(projects: string[], fromDate: string, toDate: string): string {
  const list = projects.map((p) => JSON.stringify(p)).join(', ');
  return `project in (${list}) AND created >= "${fromDate}" AND created < "${toDate}"`;
}

/** The analytics' two product calls: one bulk permission check as the user, one approximate count as the app. */
export function analyticsCalls(client: JiraClient): AnalyticsCalls {
  return {
    async browsableProjects() {
      const res = await client.request<{ projects?: { key?: unknown }[] }>(
        'POST',
        route`/rest/api/3/permissions/project`,
        { body: { permissions: ['BROWSE_PROJECTS'] }, as: 'user', idempotent: true },
      );
      return (res.body?.projects ?? []).map((p) => p.key).filter((k): k is string => typeof k === 'string');
    },

    async countCreated(projects, fromDate, toDate) {
      const res = await client.request<{ count?: unknown }>('POST', route`/rest/api/3/search/approximate-count`, {
        body: { jql: createdJql(projects, fromDate, toDate) },
        idempotent: true,
      });
      return typeof res.body?.count === 'number' ? res.body.count : 0;
    },

    async summaries(keys) {
      const found = new Map<string, string>();
      if (keys.length === 0) return found;
      // Bulk fetch rather than JQL `key in (…)`: an issue deleted since it was escalated is an issueError, not a 400.
      const res = await client.request<{ issues?: { key?: unknown; fields?: { summary?: unknown } }[] }>(
        'POST',
        route`/rest/api/3/issue/bulkfetch`,
        { body: { issueIdsOrKeys: keys, fields: ['summary'] }, idempotent: true },
      );
      for (const issue of res.body?.issues ?? [])
        if (typeof issue.key === 'string') found.set(issue.key, String(issue.fields?.summary ?? ''));
      return found;
    },
  };
}

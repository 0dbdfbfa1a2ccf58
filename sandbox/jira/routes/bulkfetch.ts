/**
 * POST /rest/api/3/issue/bulkfetch ("Bulk fetch issues"): at most 100 issue ids or keys; the issues the caller
 * can see come back in `issues`, the others (missing or hidden, told apart by nothing) in `issueErrors`, so one
 * deleted issue does not fail the call, unlike a JQL `key in (…)` naming it. Checked against jira.js's
 * `BulkFetchIssueRequestSchema` / `BulkIssueResultsSchema`.
 */
import { ok } from '../http';
import { canSee } from '../permissions';
import { BODY } from '../schemas';
import type { Route } from './context';
import { issueJson } from './issue-json';

export const bulkFetchRoutes: Route[] = [
  {
    method: 'POST',
    path: '/rest/api/3/issue/bulkfetch',
    body: BODY.bulkFetch,
    response: { cloud: 'BulkIssueResultsSchema' },
    handle(ctx) {
      const b = ctx.req.body as { issueIdsOrKeys: string[]; fields?: string[] };
      const issues = [];
      const issueErrors = [];
      for (const idOrKey of b.issueIdsOrKeys) {
        const issue = ctx.site.store.issue(idOrKey);
        if (issue && canSee(ctx.principal, issue)) issues.push(issueJson(ctx, issue, b.fields ?? null, [], []));
        else
          issueErrors.push({
            id: idOrKey,
            errorMessage: 'Issue does not exist or you do not have permission to see it.',
          });
      }
      return ok({ expand: '', issues, issueErrors });
    },
  },
];

/** The JiraPort adapter, assembled from one part per resource (requests, issue writes, users, fields, searches). */
import type { JiraPort } from '../../ports';
import { installationKey } from './caches';
import { analyticsCalls } from './analytics-calls';
import { catalogReads } from './port-catalog';
import type { JiraClient } from './client';
import { commentMarkers } from './port-comment-markers';
import { fieldDetection } from './port-fields';
import { readProjectLead } from './project-lead';
import { issueWrites } from './port-issue-writes';
import { requestReads } from './port-requests';
import { searches } from './port-search';
import { userReads } from './port-users';

export { resetCaches } from './caches';
export { ESCALATIONS_JQL, recentRequestsJql } from './port-search';

export interface JiraPortOptions {
  /** Epoch ms for cache expiry; defaults to Date.now. */
  now?: () => number;
  /** Cache partition (the installation); defaults to the runtime's installationId. */
  cacheKey?: () => string;
}

export function createJiraPort(client: JiraClient, options: JiraPortOptions = {}): JiraPort {
  const deps = { client, now: options.now ?? Date.now, cacheKey: options.cacheKey ?? installationKey };
  return {
    ...requestReads(deps),
    ...issueWrites(deps),
    commentMarkers: commentMarkers(client),
    ...userReads(deps),
    ...fieldDetection(deps),
    ...searches(deps),
    projectLead: (projectKey) => readProjectLead(client, projectKey, deps.now(), deps.cacheKey()),
    ...analyticsCalls(client),
    ...catalogReads(deps),
  };
}

import { route } from '@forge/api';
import { cached } from './caches';
import type { JiraClient } from './client';
import { ForbiddenError, NotFoundError } from './errors';

/**
 * The lead of a project: GET /rest/api/3/project/{key} (scope read:jira-work), `lead.accountId`.
 * Cached per warm container like the other site metadata. A project the app cannot read has no lead
 * for it (null); a busy Jira propagates, so the caller's retry reads it again.
 */
export async function readProjectLead(
  client: JiraClient,
  projectKey: string,
  now: number,
  cacheKey: string,
): Promise<string | null> {
  return cached(`${cacheKey}:projectLead:${projectKey}`, now, async () => {
    try {
      const project = await client.get<{ lead?: { accountId?: string } }>(route`/rest/api/3/project/${projectKey}`);
      return project?.lead?.accountId ?? null;
    } catch (e) {
      if (e instanceof NotFoundError || e instanceof ForbiddenError) return null;
      throw e;
    }
  });
}

/** The JiraPort's reads about users: display names and the caller's permissions. */
import { route } from '@forge/api';
import type { JiraPort } from '../../ports';
import type { JiraClient } from './client';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import type { PortDeps } from './port-deps';

/** False when Jira refuses (no permission, unknown issue); other failures propagate. */
async function havePermission(
  client: JiraClient,
  path: ReturnType<typeof route>,
  permission: string,
): Promise<boolean> {
  try {
    const body = await client.get<{ permissions?: Record<string, { havePermission?: boolean }> }>(path, { as: 'user' });
    return body?.permissions?.[permission]?.havePermission === true;
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError || e instanceof BadRequestError) return false;
    throw e;
  }
}

type UserReads = Pick<JiraPort, 'displayNames' | 'canBrowse' | 'isAdmin'>;

export function userReads({ client }: PortDeps): UserReads {
  return {
    async displayNames(accountIds) {
      const names = new Map<string, string>();
      const ids = [...new Set(accountIds.filter(Boolean))];
      for (let i = 0; i < ids.length; i += 50) {
        const params = new URLSearchParams({ maxResults: '50' });
        for (const id of ids.slice(i, i + 50)) params.append('accountId', id);
        const page = await client.get<{ values?: { accountId: string; displayName?: string }[] }>(
          route`/rest/api/3/user/bulk?${params}`,
        );
        for (const u of page?.values ?? []) if (u.displayName) names.set(u.accountId, u.displayName);
      }
      return names;
    },
    canBrowse: (key) =>
      havePermission(
        client,
        route`/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=${key}`,
        'BROWSE_PROJECTS',
      ),
    isAdmin: () => havePermission(client, route`/rest/api/3/mypermissions?permissions=ADMINISTER`, 'ADMINISTER'),
  };
}

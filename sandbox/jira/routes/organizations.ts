/**
 * /rest/servicedeskapi/organization, one organization and its members (JSM REST, "Organization" group:
 * developer.atlassian.com/cloud/jira/service-desk/rest/api-group-organization/; sandbox/README.md):
 * - "Get organizations": permissions "Any"; "If the user is a customer, only those organizations of which the customer
 *   is a member are listed"; filtering by `accountId` needs an agent license (a customer asking for it gets 403);
 * - "Get organization": "Any"; "Customers can only retrieve organization of which they are members" (another one
 *   answers the 404 of a missing one: the docs do not say which status, the sandbox hides existence);
 * - "Get users in organization": "Service desk administrator or agent" (a customer gets 403, whatever the id).
 * Pages: `start`, `limit` (default 50), `size`, `isLastPage`, `values`.
 */
import { ok, sdError } from '../http';
import { visibleOrganizations } from '../desk-access';
import { isStaff } from '../permissions';
import { orgJson, sdUserJson } from '../representations';
import { ORGANIZATIONS } from '../seed';
import type { SandboxUser } from '../types';
import type { Route } from './context';
import { pageOf } from './service-desks';

const notFound = () => sdError(404, 'The organization does not exist or you do not have permission to view it.');

export const organizationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/servicedeskapi/organization',
    response: { serviceDesk: 'PagedOrganizationSchema' },
    handle(ctx) {
      const accountId = ctx.req.query.get('accountId');
      if (accountId && !isStaff(ctx.principal))
        return sdError(403, 'Only agents may list the organizations of another user.');
      const orgs = visibleOrganizations(ctx.principal).filter(
        (o) => !accountId || (o.members as readonly string[]).includes(accountId),
      );
      return ok(pageOf(ctx, orgs.map(orgJson)));
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/organization/{id}',
    response: { serviceDesk: 'OrganizationSchema' },
    handle(ctx) {
      const org = visibleOrganizations(ctx.principal).find((o) => o.id === ctx.params.id);
      return org ? ok(orgJson(org)) : notFound();
    },
  },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/organization/{id}/user',
    response: { serviceDesk: 'PagedUserSchema' },
    handle(ctx) {
      if (!isStaff(ctx.principal))
        return sdError(403, 'You do not have permission to view the users of this organization.');
      const org = ORGANIZATIONS.find((o) => o.id === ctx.params.id);
      if (!org) return notFound();
      const members = org.members.map((id) => ctx.site.findUser(id)).filter((u): u is SandboxUser => !!u);
      return ok(pageOf(ctx, members.map(sdUserJson)));
    },
  },
];

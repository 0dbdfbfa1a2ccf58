/** /rest/api/3: users and permissions; fields (fields.ts) and JQL search (search.ts) are served beside. */
import { error, ok } from '../http';
import { canSee, isAdmin, isStaff } from '../permissions';
import { userJson } from '../representations';
import { SERVICE_PROJECTS, SITE_URL } from '../seed';
import { type Route } from './context';
import { fieldRoutes } from './fields';
import { list, num, page } from './params';
import { searchRoutes } from './search';

const API = `${SITE_URL}/rest/api/3`;

const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT' }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', type: 'PROJECT' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT' },
  SERVICEDESK_AGENT: { id: '44', name: 'Service Project Agent', type: 'PROJECT' },
};

const userRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/myself',
    response: { cloud: 'DashboardUserSchema' },
    handle(ctx) {
      const p = ctx.principal;
      if (p.kind === 'app') {
        const app = ctx.site.findUser(p.accountId)!;
        return ok(userJson(app));
      }
      return ok({
        ...userJson(p.user),
        groups: { size: p.user.groups.length, items: p.user.groups.map((name) => ({ name })) },
      });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/mypermissions',
    response: { cloud: 'PermissionsSchema' },
    handle(ctx) {
      const keys = list(ctx.req.query, 'permissions');
      if (keys.length === 0) return error(400, ['The permissions query parameter is required.']);
      const unknown = keys.find((k) => !PERMISSIONS[k]);
      if (unknown) return error(400, [`Invalid permission key: ${unknown}`]);
      const issueKey = ctx.req.query.get('issueKey') ?? ctx.req.query.get('issueId');
      const staff = isStaff(ctx.principal);
      // With an issue, customers who can see it may browse and comment (through the portal); without one, the
      // project permissions are the agents'.
      let browse = staff;
      if (issueKey) {
        const issue = ctx.site.store.issue(issueKey);
        if (!issue || !canSee(ctx.principal, issue))
          return error(404, ['Issue does not exist or you do not have permission to see it.']);
        browse = true;
      } else {
        const projectKey = ctx.req.query.get('projectKey');
        if (projectKey && !SERVICE_PROJECTS.some((p) => p.key === projectKey || p.id === projectKey))
          return error(404, ['No project could be found.']);
      }
      const have = (key: string) => {
        if (key === 'ADMINISTER' || key === 'ADMINISTER_PROJECTS') return isAdmin(ctx.principal);
        if (key === 'BROWSE_PROJECTS' || key === 'ADD_COMMENTS') return browse;
        return staff;
      };
      return ok({
        permissions: Object.fromEntries(
          keys.map((k) => {
            const d = PERMISSIONS[k];
            return [k, { id: d.id, key: k, name: d.name, type: d.type, description: d.name, havePermission: have(k) }];
          }),
        ),
      });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/user',
    response: { cloud: 'DashboardUserSchema' },
    handle(ctx) {
      const id = ctx.req.query.get('accountId');
      if (!id) return error(400, ['The accountId query parameter needs to be provided.']);
      const u = ctx.site.findUser(id);
      if (!u) return error(404, [`Specified user does not exist or you do not have required permissions`]);
      return ok(userJson(u));
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/user/bulk',
    handle(ctx) {
      const ids = ctx.req.query.getAll('accountId');
      if (ids.length === 0) return error(400, ['The accountId query parameter needs to be provided.']);
      const startAt = num(ctx.req.query.get('startAt')) ?? 0;
      const max = num(ctx.req.query.get('maxResults')) ?? 10;
      const found = ids
        .map((id) => ctx.site.findUser(id))
        .filter((u) => !!u)
        .map((u) => userJson(u!));
      const values = found.slice(startAt, startAt + max);
      return ok({ ...page(values, startAt, max, found.length), self: `${API}/user/bulk` });
    },
  },
];

export const platformRoutes: Route[] = [...fieldRoutes, ...userRoutes, ...searchRoutes];

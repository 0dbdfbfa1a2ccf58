/** /rest/api/3: fields and their options, priorities, users, permissions and JQL search. */
import { error, ok } from '../http';
import { JqlError, matches, parseJql, sortIssues } from '../jql';
import { canSee, isAdmin, isStaff } from '../permissions';
import { priorityJson, userJson } from '../representations';
import { BODY } from '../schemas';
import { FIELD_IDS, PRIORITIES, PROJECT, SELECT_FIELDS, SITE_URL } from '../seed';
import type { RestResponse } from '../types';
import { type Ctx, type Route } from './context';
import { issueJson } from './issue';

const API = `${SITE_URL}/rest/api/3`;

const system = (id: string, name: string, type: string, extra: Record<string, unknown> = {}) => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [id],
  schema: { type, system: id, ...extra },
});
const custom = (id: string, name: string, schema: Record<string, unknown>) => ({
  id,
  key: id,
  name,
  untranslatedName: name,
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [`cf[${id.split('_')[1]}]`, name],
  schema: { ...schema, customId: Number(id.split('_')[1]) },
});

const FIELDS = [
  system('summary', 'Summary', 'string'),
  system('description', 'Description', 'string'),
  system('issuetype', 'Issue Type', 'issuetype'),
  system('project', 'Project', 'project'),
  system('status', 'Status', 'status'),
  system('priority', 'Priority', 'priority'),
  system('reporter', 'Reporter', 'user'),
  system('creator', 'Creator', 'user'),
  system('assignee', 'Assignee', 'user'),
  system('created', 'Created', 'datetime'),
  system('updated', 'Updated', 'datetime'),
  system('resolution', 'Resolution', 'resolution'),
  system('resolutiondate', 'Resolved', 'datetime'),
  system('labels', 'Labels', 'array', { items: 'string' }),
  system('comment', 'Comment', 'comments-page'),
  custom(FIELD_IDS.requestType, 'Request Type', {
    type: 'sd-customerrequesttype',
    custom: 'com.atlassian.servicedesk:vp-origin',
  }),
  custom(FIELD_IDS.participants, 'Request participants', {
    type: 'array',
    items: 'user',
    custom: 'com.atlassian.servicedesk:sd-request-participants',
  }),
  custom(FIELD_IDS.impact, 'Impact', {
    type: 'option',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
  }),
  custom(FIELD_IDS.urgency, 'Urgency', {
    type: 'option',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
  }),
];

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

function page<T>(values: T[], startAt: number, maxResults: number, total = values.length) {
  return { self: `${API}/page`, maxResults, startAt, total, isLast: startAt + values.length >= total, values };
}

function search(
  ctx: Ctx,
  params: {
    jql: string;
    maxResults?: number;
    nextPageToken?: string;
    startAt?: number;
    fields?: string[];
    expand?: string[];
    properties?: string[];
  },
): RestResponse {
  let q;
  try {
    q = parseJql(params.jql, ctx.site.jqlAliases, { nowMs: ctx.site.clock.nowMs(), requireBound: true });
  } catch (e) {
    if (e instanceof JqlError) return error(400, [e.message]);
    throw e;
  }
  const read = (key: string, prop: string) => ctx.site.store.property(key, prop)?.value;
  const found = sortIssues(
    ctx.site.store.issues().filter((i) => canSee(ctx.principal, i) && matches(i, q, read)),
    q,
    read,
  );
  // nextPageToken is opaque to clients; here it encodes the offset of the next page.
  let start = params.startAt ?? 0;
  if (params.nextPageToken) {
    const decoded = Number(Buffer.from(params.nextPageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(decoded) || decoded < 0) return error(400, ['The nextPageToken is invalid.']);
    start = decoded;
  }
  const max = Math.min(5000, Math.max(0, params.maxResults ?? 50));
  const slice = found.slice(start, start + max);
  const isLast = start + slice.length >= found.length;
  // The enhanced search returns only ids unless `fields` asks for more.
  const fields = params.fields && params.fields.length ? params.fields : ['id'];
  return ok({
    issues: slice.map((i) => issueJson(ctx, i, fields, params.expand ?? [], params.properties ?? [])),
    isLast,
    ...(isLast ? {} : { nextPageToken: Buffer.from(String(start + max)).toString('base64url') }),
  });
}

const list = (q: URLSearchParams, name: string) =>
  q
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
const num = (v: string | null) => (v === null || v === '' ? undefined : Number(v));

export const platformRoutes: Route[] = [
  { method: 'GET', path: '/rest/api/3/field', response: 'array:FieldDetailsSchema', handle: () => ok(FIELDS) },
  {
    method: 'GET',
    path: '/rest/api/3/field/{fieldId}/context',
    response: { cloud: 'PageCustomFieldContextSchema' },
    handle(ctx) {
      const f = SELECT_FIELDS.find((x) => x.id === ctx.params.fieldId);
      if (!f) return error(404, ['The custom field was not found.']);
      return ok(
        page(
          [
            {
              id: f.contextId,
              name: `Default Configuration Scheme for ${f.name}`,
              description: '',
              isGlobalContext: true,
              isAnyIssueType: true,
            },
          ],
          0,
          50,
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/field/{fieldId}/context/{contextId}/option',
    response: { cloud: 'PageCustomFieldContextOptionSchema' },
    handle(ctx) {
      const f = SELECT_FIELDS.find((x) => x.id === ctx.params.fieldId && x.contextId === ctx.params.contextId);
      if (!f) return error(404, ['The custom field was not found.']);
      const startAt = num(ctx.req.query.get('startAt')) ?? 0;
      const max = num(ctx.req.query.get('maxResults')) ?? 100;
      const all = f.options.map((o) => ({ id: o.id, value: o.value, disabled: false }));
      return ok(page(all.slice(startAt, startAt + max), startAt, max, all.length));
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/priority',
    response: 'array:PrioritySchema',
    handle: () => ok(PRIORITIES.map((p) => priorityJson(p.id))),
  },
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
        if (projectKey && projectKey !== PROJECT.key && projectKey !== PROJECT.id)
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
  {
    method: 'GET',
    path: '/rest/api/3/search/jql',
    response: { cloud: 'SearchAndReconcileResultsSchema' },
    handle(ctx) {
      const q = ctx.req.query;
      return search(ctx, {
        jql: q.get('jql') ?? '',
        maxResults: num(q.get('maxResults')),
        nextPageToken: q.get('nextPageToken') ?? undefined,
        startAt: num(q.get('startAt')),
        fields: list(q, 'fields'),
        expand: list(q, 'expand'),
        properties: list(q, 'properties'),
      });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: BODY.search,
    response: { cloud: 'SearchAndReconcileResultsSchema' },
    handle(ctx) {
      const b = ctx.req.body as {
        jql: string;
        maxResults?: number;
        nextPageToken?: string;
        startAt?: number;
        fields?: string[];
        expand?: string;
        properties?: string[];
      };
      return search(ctx, { ...b, expand: b.expand ? b.expand.split(',') : [] });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    body: BODY.approximateCount,
    handle(ctx) {
      const res = search(ctx, { jql: (ctx.req.body as { jql: string }).jql, maxResults: 5000 });
      if (res.status !== 200) return res;
      return ok({ count: (res.body as { issues: unknown[] }).issues.length });
    },
  },
];

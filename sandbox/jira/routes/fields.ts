/** /rest/api/3/field (and contexts, options), an issue's editmeta, and /rest/api/3/priority (+ /search). */
import { error, ok } from '../http';
import { priorityJson } from '../representations';
import { FIELD_IDS, PRIORITIES, SELECT_FIELDS } from '../seed';
import { isResponse, visibleIssue, type Route } from './context';
import { num, page } from './params';

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
  custom(FIELD_IDS.organizations, 'Organizations', {
    type: 'array',
    items: 'sd-customerorganization',
    custom: 'com.atlassian.servicedesk:sd-customer-organizations',
  }),
];

export const fieldRoutes: Route[] = [
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
    // Highest first, as Jira lists them; paged like every /search.
    method: 'GET',
    path: '/rest/api/3/priority/search',
    response: { cloud: 'PagePrioritySchema' },
    handle(ctx) {
      const startAt = num(ctx.req.query.get('startAt')) ?? 0;
      const max = Math.min(num(ctx.req.query.get('maxResults')) ?? 50, 50);
      const all = PRIORITIES.map((p) => priorityJson(p.id));
      return ok(page(all.slice(startAt, startAt + max), startAt, max, all.length));
    },
  },
  {
    // The fields an edit of this issue may set, with the allowed values of option fields (read:jira-work).
    method: 'GET',
    path: '/rest/api/3/issue/{key}/editmeta',
    response: { cloud: 'IssueUpdateMetadataSchema' },
    handle(ctx) {
      const issue = visibleIssue(ctx);
      if (isResponse(issue)) return issue;
      const fields: Record<string, unknown> = {
        priority: {
          key: 'priority',
          name: 'Priority',
          required: false,
          operations: ['set'],
          schema: { type: 'priority', system: 'priority' },
          allowedValues: PRIORITIES.map((p) => priorityJson(p.id)),
        },
      };
      for (const f of SELECT_FIELDS) {
        fields[f.id] = {
          key: f.id,
          name: f.name,
          required: false,
          operations: ['set'],
          schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
          allowedValues: f.options.map((o) => ({
            self: `/rest/api/3/customFieldOption/${o.id}`,
            id: o.id,
            value: o.value,
          })),
        };
      }
      return ok({ fields });
    },
  },
];

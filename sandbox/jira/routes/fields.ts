/** /rest/api/3/field (and contexts, options), an issue's editmeta, and /rest/api/3/priority (+ /search). */
import { error, ok } from '../http';
import { priorityJson } from '../representations';
import SEED_FIELDS from '../../data/seed/fields.json';
import { fieldIdOf, PRIORITIES, SELECT_FIELDS } from '../seed';
import { type Route, onVisibleIssue } from './context';
import { num, page } from './params';

/** A system field as GET /rest/api/3/field lists it (jira.js FieldDetailsSchema), from a row of `sandbox/data/seed/fields.json`. */
const system = ({ id, name, type, items }: (typeof SEED_FIELDS.system)[number]) => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [id],
  schema: { type, system: id, ...(items ? { items } : {}) },
});
/** A custom field (jira.js FieldDetailsSchema); its id is the seed's for that field (FIELD_IDS). */
const custom = ({ field, name, schema }: (typeof SEED_FIELDS.custom)[number]) => {
  const id = fieldIdOf(field);
  const customId = Number(id.split('_')[1]);
  return {
    id,
    key: id,
    name,
    untranslatedName: name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema: { ...schema, customId },
  };
};

/** GET /rest/api/3/field: the seed's fields (`sandbox/data/seed/fields.json`). */
const FIELDS = [...SEED_FIELDS.system.map(system), ...SEED_FIELDS.custom.map(custom)];

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
    handle: onVisibleIssue(() => {
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
    }),
  },
];

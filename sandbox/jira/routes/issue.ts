/** /rest/api/3/issue/{key}: read, edit, assign, transitions and properties. */
import { adfToText } from '../adf';
import { error, forbidden, noContent, ok } from '../http';
import { isStaff } from '../permissions';
import { issueFields, statusJson } from '../representations';
import { BODY } from '../schemas';
import { FIELD_IDS, PRIORITIES, SELECT_FIELDS, SITE_URL, STATUSES, TRANSITIONS } from '../seed';
import type { IssueRow, RestResponse } from '../types';
import { isResponse, touch, visibleIssue, type Ctx, type Route } from './context';

const API = `${SITE_URL}/rest/api/3`;
const NAMES: Record<string, string> = {
  summary: 'Summary',
  description: 'Description',
  issuetype: 'Issue Type',
  project: 'Project',
  status: 'Status',
  priority: 'Priority',
  reporter: 'Reporter',
  creator: 'Creator',
  assignee: 'Assignee',
  created: 'Created',
  updated: 'Updated',
  resolutiondate: 'Resolved',
  resolution: 'Resolution',
  labels: 'Labels',
  watches: 'Watchers',
  comment: 'Comment',
  statuscategorychangedate: 'Status Category Changed',
  [FIELD_IDS.requestType]: 'Request Type',
  [FIELD_IDS.participants]: 'Request participants',
  [FIELD_IDS.impact]: 'Impact',
  [FIELD_IDS.urgency]: 'Urgency',
};

/** `expand=schema`, as real Jira gives it: system fields carry `system`, custom fields `custom` and `customId`. */
const system = (type: string, id: string, extra: Record<string, unknown> = {}) => ({ type, ...extra, system: id });
const custom = (id: string, type: string, plugin: string, extra: Record<string, unknown> = {}) => ({
  type,
  ...extra,
  custom: plugin,
  customId: Number(id.split('_')[1]),
});
const SELECT = 'com.atlassian.jira.plugin.system.customfieldtypes:select';
const SCHEMAS: Record<string, Record<string, unknown>> = {
  summary: system('string', 'summary'),
  description: system('string', 'description'),
  issuetype: system('issuetype', 'issuetype'),
  project: system('project', 'project'),
  status: system('status', 'status'),
  priority: system('priority', 'priority'),
  reporter: system('user', 'reporter'),
  creator: system('user', 'creator'),
  assignee: system('user', 'assignee'),
  created: system('datetime', 'created'),
  updated: system('datetime', 'updated'),
  resolutiondate: system('datetime', 'resolutiondate'),
  resolution: system('resolution', 'resolution'),
  labels: system('array', 'labels', { items: 'string' }),
  watches: system('watches', 'watches'),
  comment: system('comments-page', 'comment'),
  statuscategorychangedate: system('datetime', 'statuscategorychangedate'),
  [FIELD_IDS.requestType]: custom(
    FIELD_IDS.requestType,
    'sd-customerrequesttype',
    'com.atlassian.servicedesk:vp-origin',
  ),
  [FIELD_IDS.participants]: custom(
    FIELD_IDS.participants,
    'array',
    'com.atlassian.servicedesk:sd-request-participants',
    { items: 'user' },
  ),
  [FIELD_IDS.impact]: custom(FIELD_IDS.impact, 'option', SELECT),
  [FIELD_IDS.urgency]: custom(FIELD_IDS.urgency, 'option', SELECT),
};

/** Applies `fields=` (comma list, `*all`, `*navigable`, `-field`) to the full field map. */
export function selectFields(all: Record<string, unknown>, fieldsParam: string[] | null): Record<string, unknown> {
  if (!fieldsParam || fieldsParam.length === 0) return all;
  const wanted = new Set<string>();
  const excluded = new Set<string>();
  for (const f of fieldsParam
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean)) {
    if (f === '*all' || f === '*navigable') Object.keys(all).forEach((k) => wanted.add(k));
    else if (f.startsWith('-')) excluded.add(f.slice(1));
    else wanted.add(f);
  }
  return Object.fromEntries(Object.entries(all).filter(([k]) => wanted.has(k) && !excluded.has(k)));
}

export function visibleComments(ctx: Ctx, issue: IssueRow) {
  const staff = isStaff(ctx.principal);
  return ctx.site.store.comments(issue.key).filter((c) => staff || c.public);
}

/** The issue as GET /rest/api/3/issue/{key} (and search results) return it. */
export function issueJson(
  ctx: Ctx,
  issue: IssueRow,
  fieldsParam: string[] | null,
  expand: string[],
  propertyKeys: string[],
) {
  const all = issueFields(issue, ctx.site.findUser, visibleComments(ctx, issue));
  const fields = selectFields(all, fieldsParam);
  const out: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${API}/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
  if (expand.includes('names')) out.names = Object.fromEntries(Object.keys(fields).map((k) => [k, NAMES[k] ?? k]));
  // Like Jira: one entry per returned field (the seed's fields all have a type).
  if (expand.includes('schema')) {
    out.schema = Object.fromEntries(Object.keys(fields).flatMap((k) => (SCHEMAS[k] ? [[k, SCHEMAS[k]]] : [])));
  }
  if (expand.includes('renderedFields')) {
    out.renderedFields = { description: `<p>${escapeHtml(issue.description)}</p>` };
  }
  if (expand.includes('transitions')) out.transitions = transitionsFor(issue);
  const props = propertyKeys.flatMap((p) => p.split(',')).filter(Boolean);
  if (props.length) {
    const all = props.includes('*all') ? ctx.site.store.propertyKeys(issue.key) : props;
    out.properties = Object.fromEntries(
      all.flatMap((k) => {
        const v = ctx.site.store.property(issue.key, k);
        return v ? [[k, v.value]] : [];
      }),
    );
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function transitionsFor(issue: IssueRow) {
  return TRANSITIONS.filter((t) => t.from.includes(issue.statusId)).map((t) => ({
    id: t.id,
    name: t.name,
    to: statusJson(t.to),
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  }));
}

/** Agents and the app may edit; a customer who can see the issue gets 403, others 404. */
function editableIssue(ctx: Ctx): IssueRow | RestResponse {
  const issue = visibleIssue(ctx);
  if (isResponse(issue)) return issue;
  if (!isStaff(ctx.principal)) return forbidden('You do not have permission to edit this issue.');
  return issue;
}

function selectOption(fieldId: string, v: unknown): string | null | 'invalid' {
  if (v === null) return null;
  const field = SELECT_FIELDS.find((f) => f.id === fieldId)!;
  const o = v as { id?: unknown; value?: unknown };
  const opt = field.options.find((x) => (o.id !== undefined ? x.id === String(o.id) : x.value === o.value));
  return opt ? opt.id : 'invalid';
}

/** Sets one field from `fields` or an `update` `set`; returns an error message for `errors`, or null. */
function setField(ctx: Ctx, issue: IssueRow, field: string, value: unknown): string | null {
  switch (field) {
    case 'summary':
      if (typeof value !== 'string' || !value.trim()) return 'You must specify a summary of the issue.';
      issue.summary = value;
      return null;
    case 'description':
      issue.description = typeof value === 'string' ? value : value === null ? '' : adfToText(value);
      return null;
    case 'labels':
      if (!Array.isArray(value) || value.some((l) => typeof l !== 'string' || /\s/.test(l)))
        return 'The label must not contain spaces.';
      issue.labels = [...new Set(value as string[])];
      return null;
    case 'priority': {
      const p = value as { id?: string; name?: string } | null;
      const found = PRIORITIES.find((x) => (p?.id !== undefined ? x.id === String(p.id) : x.name === p?.name));
      if (!found) return `Specify a valid 'id' or 'name' for Priority`;
      issue.priorityId = found.id;
      return null;
    }
    case 'assignee': {
      const a = value as { accountId?: string | null } | null;
      return assign(ctx, issue, a?.accountId ?? null);
    }
    case FIELD_IDS.impact:
    case FIELD_IDS.urgency: {
      const opt = selectOption(field, value);
      if (opt === 'invalid') return `Option value '${JSON.stringify(value)}' is not valid`;
      if (field === FIELD_IDS.impact) issue.impactOptionId = opt;
      else issue.urgencyOptionId = opt;
      return null;
    }
    case FIELD_IDS.participants: {
      const ids = Array.isArray(value) ? value.map((x) => (x as { accountId?: string }).accountId) : null;
      if (!ids || ids.some((id) => !id || !ctx.site.findUser(id)))
        return 'Specify valid users for Request participants.';
      issue.participants = [...new Set(ids as string[])];
      return null;
    }
    default:
      return `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
}

function assign(ctx: Ctx, issue: IssueRow, accountId: string | null): string | null {
  if (accountId === null || accountId === '-1') {
    issue.assignee = null;
    return null;
  }
  const user = ctx.site.findUser(accountId);
  if (!user || !isStaff({ kind: 'user', accountId, user })) return `User '${accountId}' cannot be assigned issues.`;
  issue.assignee = accountId;
  if (!issue.watchers.includes(accountId)) issue.watchers.push(accountId);
  return null;
}

/** The current value of a field for `update` operations (labels and participants are lists). */
function currentValue(issue: IssueRow, field: string): unknown {
  if (field === 'labels') return issue.labels;
  if (field === FIELD_IDS.participants) return issue.participants.map((accountId) => ({ accountId }));
  return undefined;
}

function applyUpdate(ctx: Ctx, issue: IssueRow, field: string, ops: Record<string, unknown>[]): string | null {
  for (const op of ops) {
    const [verb, arg] = Object.entries(op)[0] ?? [];
    if (verb === 'set') {
      const err = setField(ctx, issue, field, arg);
      if (err) return err;
    } else if ((verb === 'add' || verb === 'remove') && (field === 'labels' || field === FIELD_IDS.participants)) {
      const list = currentValue(issue, field) as unknown[];
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const nextList =
        verb === 'add' ? (list.some((x) => same(x, arg)) ? list : [...list, arg]) : list.filter((x) => !same(x, arg));
      const err = setField(ctx, issue, field, nextList);
      if (err) return err;
    } else {
      return `Operation '${verb}' is not supported on field '${field}'.`;
    }
  }
  return null;
}

function doTransition(ctx: Ctx, issue: IssueRow, transitionId: string): RestResponse | null {
  const t = TRANSITIONS.find((x) => x.id === transitionId && x.from.includes(issue.statusId));
  if (!t) return error(400, [`Transition id '${transitionId}' is not valid for this issue.`]);
  const now = ctx.site.clock.nowMs();
  issue.statusId = t.to;
  issue.statusDate = now;
  const done = STATUSES.find((s) => s.id === t.to)?.category === 'done';
  issue.resolutionDate = done ? now : null;
  return null;
}

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}',
    response: { cloud: 'IssueSchema' },
    handle(ctx) {
      const issue = visibleIssue(ctx);
      if (isResponse(issue)) return issue;
      const q = ctx.req.query;
      const expand = q.getAll('expand').flatMap((e) => e.split(','));
      return ok(issueJson(ctx, issue, q.has('fields') ? q.getAll('fields') : null, expand, q.getAll('properties')));
    },
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}',
    body: BODY.editIssue,
    handle(ctx) {
      const issue = editableIssue(ctx);
      if (isResponse(issue)) return issue;
      const body = ctx.req.body as {
        fields?: Record<string, unknown>;
        update?: Record<string, Record<string, unknown>[]>;
      };
      const errors: Record<string, string> = {};
      for (const field of Object.keys(body.fields ?? {})) {
        if (body.update?.[field]) errors[field] = `Field '${field}' cannot be set in both fields and update.`;
      }
      for (const [field, value] of Object.entries(body.fields ?? {})) {
        const err = errors[field] ?? setField(ctx, issue, field, value);
        if (err) errors[field] = err;
      }
      for (const [field, ops] of Object.entries(body.update ?? {})) {
        const err = errors[field] ?? applyUpdate(ctx, issue, field, ops);
        if (err) errors[field] = err;
      }
      // Nothing changes on a bad request: the edited copy is only saved when every field was accepted.
      if (Object.keys(errors).length) return error(400, [], errors);
      touch(ctx, issue);
      if (ctx.req.query.get('returnIssue') === 'true') return ok(issueJson(ctx, issue, null, [], []));
      return noContent();
    },
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}/assignee',
    body: BODY.assignee,
    handle(ctx) {
      const issue = editableIssue(ctx);
      if (isResponse(issue)) return issue;
      const err = assign(ctx, issue, (ctx.req.body as { accountId: string | null }).accountId);
      if (err) return error(400, [], { assignee: err });
      touch(ctx, issue);
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/transitions',
    response: { cloud: 'TransitionsSchema' },
    handle(ctx) {
      const issue = visibleIssue(ctx);
      if (isResponse(issue)) return issue;
      // Customers cannot transition from the platform API: they see no transition.
      return ok({ expand: 'transitions', transitions: isStaff(ctx.principal) ? transitionsFor(issue) : [] });
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{key}/transitions',
    body: BODY.transition,
    handle(ctx) {
      const issue = editableIssue(ctx);
      if (isResponse(issue)) return issue;
      const body = ctx.req.body as { transition: { id: string }; fields?: Record<string, unknown> };
      const bad = doTransition(ctx, issue, body.transition.id);
      if (bad) return bad;
      for (const [field, value] of Object.entries(body.fields ?? {})) {
        if (field === 'resolution') continue;
        const err = setField(ctx, issue, field, value);
        if (err) return error(400, [], { [field]: err });
      }
      touch(ctx, issue);
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/properties',
    handle(ctx) {
      const issue = visibleIssue(ctx);
      if (isResponse(issue)) return issue;
      const keys = ctx.site.store.propertyKeys(issue.key);
      return ok({ keys: keys.map((key) => ({ self: `${API}/issue/${issue.id}/properties/${key}`, key })) });
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    response: { cloud: 'EntityPropertySchema' },
    handle(ctx) {
      const issue = visibleIssue(ctx);
      if (isResponse(issue)) return issue;
      const p = ctx.site.store.property(issue.key, ctx.params.prop);
      if (!p) return error(404, [`The property with key '${ctx.params.prop}' does not exist.`]);
      return ok({ key: ctx.params.prop, value: p.value });
    },
  },
  {
    method: 'PUT',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    body: BODY.property,
    handle(ctx) {
      const issue = editableIssue(ctx);
      if (isResponse(issue)) return issue;
      if (ctx.params.prop.length > 255) return error(400, ['The property key can not be longer than 255 characters.']);
      const res = ctx.site.store.setProperty(issue.key, ctx.params.prop, ctx.req.body);
      return { status: res === 'created' ? 201 : 200, body: {} };
    },
  },
  {
    method: 'DELETE',
    path: '/rest/api/3/issue/{key}/properties/{prop}',
    handle(ctx) {
      const issue = editableIssue(ctx);
      if (isResponse(issue)) return issue;
      if (!ctx.site.store.deleteProperty(issue.key, ctx.params.prop)) {
        return error(404, [`The property with key '${ctx.params.prop}' does not exist.`]);
      }
      return noContent();
    },
  },
];

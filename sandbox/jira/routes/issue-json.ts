/** The issue representation of GET /rest/api/3/issue/{key} and search results: fields, names, schema, expand. */
import { isStaff } from '../permissions';
import { issueFields, statusJson } from '../representations';
import { FIELD_IDS, SITE_URL, TRANSITIONS } from '../seed';
import type { IssueRow } from '../types';
import type { Ctx } from './context';

export const API = `${SITE_URL}/rest/api/3`;
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
  [FIELD_IDS.organizations]: 'Organizations',
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
  [FIELD_IDS.organizations]: custom(
    FIELD_IDS.organizations,
    'array',
    'com.atlassian.servicedesk:sd-customer-organizations',
    { items: 'sd-customerorganization' },
  ),
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

export function transitionsFor(issue: IssueRow) {
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

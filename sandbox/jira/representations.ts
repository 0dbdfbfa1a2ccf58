/** How the fake renders its rows in Atlassian's REST shapes (platform v3 and servicedeskapi). */
import { adfText, adfToText } from './adf';
import { jiraTime, sdDate } from './http';
import {
  FIELD_IDS,
  ISSUE_TYPES,
  ORGANIZATIONS,
  PRIORITIES,
  projectOfKey,
  REQUEST_TYPES,
  SELECT_FIELDS,
  serviceDeskOfKey,
  SITE_URL,
  STATUS_CATEGORIES,
  STATUSES,
} from './seed';
import type { CommentRow, IssueRow, SandboxUser } from './types';

const API = `${SITE_URL}/rest/api/3`;
const avatarUrls = (id: string) =>
  Object.fromEntries(
    ['48x48', '24x24', '16x16', '32x32'].map((s) => [
      s,
      `${SITE_URL}/avatar/${encodeURIComponent(id)}?s=${s.split('x')[0]}`,
    ]),
  );

/** Atlassian account types are `atlassian`, `customer` and `app`; unlicensed users are plain Atlassian accounts. */
export function apiAccountType(u: SandboxUser): string {
  if (u.accountType === 'customer') return 'customer';
  if (u.accountType === 'app') return 'app';
  return 'atlassian';
}

export function userJson(u: SandboxUser): Record<string, unknown> {
  return {
    self: `${API}/user?accountId=${encodeURIComponent(u.accountId)}`,
    accountId: u.accountId,
    accountType: apiAccountType(u),
    ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
    avatarUrls: avatarUrls(u.accountId),
    displayName: u.displayName,
    active: true,
    timeZone: u.timezone,
    locale: u.locale.replace('-', '_'),
  };
}

/** servicedeskapi's user shape. */
export function sdUserJson(u: SandboxUser): Record<string, unknown> {
  return {
    accountId: u.accountId,
    ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
    displayName: u.displayName,
    active: true,
    timeZone: u.timezone,
    _links: {
      jiraRest: `${API}/user?accountId=${encodeURIComponent(u.accountId)}`,
      avatarUrls: avatarUrls(u.accountId),
      self: `${API}/user?accountId=${encodeURIComponent(u.accountId)}`,
    },
  };
}

export function statusOf(statusId: string) {
  const s = STATUSES.find((x) => x.id === statusId) ?? STATUSES[0];
  return { ...s, categoryDef: STATUS_CATEGORIES[s.category] };
}

export function statusJson(statusId: string): Record<string, unknown> {
  const s = statusOf(statusId);
  const c = s.categoryDef;
  return {
    self: `${API}/status/${s.id}`,
    description: '',
    iconUrl: `${SITE_URL}/images/icons/statuses/generic.png`,
    name: s.name,
    id: s.id,
    statusCategory: {
      self: `${API}/statuscategory/${c.id}`,
      id: c.id,
      key: c.key,
      colorName: c.colorName,
      name: c.name,
    },
  };
}

export function priorityJson(id: string): Record<string, unknown> {
  const p = PRIORITIES.find((x) => x.id === id) ?? PRIORITIES[2];
  return {
    self: `${API}/priority/${p.id}`,
    statusColor: p.statusColor,
    description: '',
    iconUrl: `${SITE_URL}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
    name: p.name,
    id: p.id,
    isDefault: p.id === '3',
  };
}

/** The issue's project (from its key: SUP or INF). */
export function projectJson(issueKey: string): Record<string, unknown> {
  const project = projectOfKey(issueKey);
  return {
    self: `${API}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    avatarUrls: avatarUrls(`project-${project.id}`),
  };
}

export function requestTypeOf(issue: IssueRow) {
  return REQUEST_TYPES.find((r) => r.id === issue.requestTypeId) ?? REQUEST_TYPES[0];
}

export function issueTypeJson(issue: IssueRow): Record<string, unknown> {
  const it = Object.values(ISSUE_TYPES).find((t) => t.id === requestTypeOf(issue).issueTypeId) ?? ISSUE_TYPES.incident;
  return {
    self: `${API}/issuetype/${it.id}`,
    id: it.id,
    description: it.description,
    iconUrl: `${SITE_URL}/images/icons/issuetypes/${it.id}.svg`,
    name: it.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

export function requestTypeJson(rt: (typeof REQUEST_TYPES)[number]): Record<string, unknown> {
  return {
    _links: { self: `${SITE_URL}/rest/servicedeskapi/servicedesk/${rt.serviceDeskId}/requesttype/${rt.id}` },
    id: rt.id,
    name: rt.name,
    description: rt.description,
    helpText: rt.helpText,
    issueTypeId: rt.issueTypeId,
    serviceDeskId: rt.serviceDeskId,
    portalId: rt.serviceDeskId,
    groupIds: ['1'],
    icon: { id: rt.id === '10' ? '10553' : '10554', _links: { iconUrls: avatarUrls(`request-type-${rt.id}`) } },
  };
}

export function optionJson(fieldId: string, optionId: string | null): Record<string, unknown> | null {
  const field = SELECT_FIELDS.find((f) => f.id === fieldId);
  const opt = field?.options.find((o) => o.id === optionId);
  if (!opt) return null;
  return { self: `${API}/customFieldOption/${opt.id}`, value: opt.value, id: opt.id };
}

/**
 * A JSM organization as the JSM REST API represents one (`OrganizationDTO`: id, name, scimManaged, `_links.self`,
 * e.g. "Create organization" in the Organization API reference); the Organizations field of an issue holds a list
 * of them. Checked against jira.js's serviceDesk `OrganizationSchema`.
 */
export function organizationJson(id: string): Record<string, unknown> | null {
  const org = ORGANIZATIONS.find((o) => o.id === id);
  return org ? orgJson(org) : null;
}

export const orgJson = (org: { id: string; name: string }): Record<string, unknown> => ({
  id: org.id,
  name: org.name,
  scimManaged: false,
  _links: { self: `${SITE_URL}/rest/servicedeskapi/organization/${org.id}` },
});

/** JSM's `currentStatus`: category upper-cased. */
export function currentStatusJson(issue: IssueRow): Record<string, unknown> {
  const s = statusOf(issue.statusId);
  return { status: s.name, statusCategory: s.category.toUpperCase(), statusDate: sdDate(issue.statusDate) };
}

/** Every field of the issue, by id, as GET /rest/api/3/issue returns them. */
export function issueFields(
  issue: IssueRow,
  findUser: (id: string) => SandboxUser | undefined,
  visibleComments: CommentRow[],
): Record<string, unknown> {
  const u = (id: string | null) => {
    const user = id ? findUser(id) : undefined;
    return user ? userJson(user) : null;
  };
  const rt = requestTypeOf(issue);
  const done = statusOf(issue.statusId).category === 'done';
  return {
    summary: issue.summary,
    description: adfText(issue.description),
    issuetype: issueTypeJson(issue),
    project: projectJson(issue.key),
    status: statusJson(issue.statusId),
    statuscategorychangedate: jiraTime(issue.statusDate),
    priority: priorityJson(issue.priorityId),
    reporter: u(issue.reporter),
    creator: u(issue.creator),
    assignee: u(issue.assignee),
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
    resolutiondate: issue.resolutionDate !== null ? jiraTime(issue.resolutionDate) : null,
    resolution: done ? { self: `${API}/resolution/10000`, id: '10000', description: '', name: 'Done' } : null,
    labels: [...issue.labels],
    watches: { self: `${API}/issue/${issue.key}/watchers`, watchCount: issue.watchers.length, isWatching: false },
    comment: {
      comments: visibleComments.map((c) => commentJson(c, findUser)),
      self: `${API}/issue/${issue.id}/comment`,
      maxResults: visibleComments.length,
      total: visibleComments.length,
      startAt: 0,
    },
    [FIELD_IDS.requestType]: {
      _links: {
        jiraRest: `${API}/issue/${issue.id}`,
        web: `${SITE_URL}/servicedesk/customer/portal/${serviceDeskOfKey(issue.key).id}/${issue.key}`,
        self: `${SITE_URL}/rest/servicedeskapi/request/${issue.id}`,
      },
      requestType: requestTypeJson(rt),
      currentStatus: currentStatusJson(issue),
    },
    [FIELD_IDS.participants]: issue.participants.map((p) => u(p)).filter((x) => x !== null),
    [FIELD_IDS.impact]: optionJson(FIELD_IDS.impact, issue.impactOptionId),
    [FIELD_IDS.urgency]: optionJson(FIELD_IDS.urgency, issue.urgencyOptionId),
    [FIELD_IDS.organizations]: (issue.organizationIds ?? []).map(organizationJson).filter((o) => o !== null),
  };
}

export function commentJson(c: CommentRow, findUser: (id: string) => SandboxUser | undefined, withProperties = false) {
  const u = (id: string) => {
    const user = findUser(id);
    return user ? userJson(user) : { accountId: id, active: false };
  };
  return {
    self: `${API}/issue/${c.issueKey}/comment/${c.id}`,
    id: c.id,
    author: u(c.author),
    body: c.body,
    updateAuthor: u(c.updateAuthor),
    created: jiraTime(c.created),
    updated: jiraTime(c.updated),
    jsdPublic: c.public,
    ...(withProperties ? { properties: Object.entries(c.properties).map(([key, value]) => ({ key, value })) } : {}),
  };
}

/** servicedeskapi's comment shape: plain-text body and `public`. */
export function sdCommentJson(c: CommentRow, findUser: (id: string) => SandboxUser | undefined, issueId: string) {
  const author = findUser(c.author);
  return {
    _links: { self: `${SITE_URL}/rest/servicedeskapi/request/${issueId}/comment/${c.id}` },
    id: c.id,
    body: adfToText(c.body),
    public: c.public,
    author: author ? sdUserJson(author) : { accountId: c.author },
    created: sdDate(c.created),
  };
}

import { route } from '@forge/api';
import type { DetectedField } from '../../contract';
import type { Config } from '../../domain/config/schema';
import type { AdfDoc, Email, FieldIds, JiraPort, NotifyResult } from '../../ports';
import { cached, installationKey, peek, remember } from './caches';
import type { JiraClient } from './client';
import { readProjectLead } from './project-lead';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import { allFound, candidateFields, fieldsFromIssue, resolveFieldIds, toDetectedField, type JiraField } from './fields';
import { toCommentFacts, toQueueItem, toRecentRequest, toRequestFacts, toSlaCycle, toSlaNames } from './map-rest';

export { resetCaches } from './caches';

export interface JiraPortOptions {
  /** Epoch ms for cache expiry; defaults to Date.now. */
  now?: () => number;
  /** Cache partition (the installation); defaults to the runtime's installationId. */
  cacheKey?: () => string;
}

/** JQL of the escalations queue, oldest first (the `escalade` property is indexed by the manifest). */
export const ESCALATIONS_JQL =
  'issue.property[escalade].state in ("escalated","acknowledged") ORDER BY issue.property[escalade].escalatedAt ASC';

/**
 * Newest requests first. The enhanced search refuses unbounded JQL ("Unbounded JQL queries are not allowed
 * here"), so without a project list the search is bounded by a year of creation dates instead.
 */
export function recentRequestsJql(projects: string[]): string {
  const where = projects.length
    ? `project in (${projects.map((p) => JSON.stringify(p)).join(', ')})`
    : 'created >= -365d';
  return `${where} ORDER BY created DESC`;
}

/** How many of the newest requests one search reads, to find the newest of each project among them. */
const RECENT_WINDOW = 20;

const BASE_FIELDS = ['summary', 'created', 'reporter', 'assignee', 'status', 'priority', 'project'];

/** Null instead of an error when the thing is not there. */
async function orNull<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

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

export function createJiraPort(client: JiraClient, options: JiraPortOptions = {}): JiraPort {
  const now = options.now ?? Date.now;
  const cacheKey = options.cacheKey ?? installationKey;

  const fieldList = () =>
    cached(`${cacheKey()}:fields`, now(), () => client.get<JiraField[]>(route`/rest/api/3/field`));
  const priorities = () =>
    cached(`${cacheKey()}:priorities`, now(), () =>
      client.get<{ id: string; name: string }[]>(route`/rest/api/3/priority`),
    );

  // Resolved ids depend on the configured names and ids, so the cache entry does too.
  const fieldIdsKey = (config: Config) => {
    const { impactNames, urgencyNames, impactFieldId, urgencyFieldId } = config.fields;
    return `${cacheKey()}:fieldIds:${JSON.stringify([impactNames, urgencyNames, impactFieldId, urgencyFieldId])}`;
  };

  async function optionsOf(field: JiraField): Promise<DetectedField> {
    try {
      const contexts = await client.get<{ values?: { id: string }[] }>(route`/rest/api/3/field/${field.id}/context`);
      const options = [];
      for (const ctx of contexts?.values ?? []) {
        const page = await client.get<{ values?: { id: unknown; value: unknown; disabled?: unknown }[] }>(
          route`/rest/api/3/field/${field.id}/context/${ctx.id}/option`,
        );
        options.push(...(page?.values ?? []));
      }
      return toDetectedField(field, options);
    } catch (e) {
      // Contexts need admin rights on some sites: the field is still a candidate, without options.
      if (e instanceof ForbiddenError || e instanceof NotFoundError) return toDetectedField(field, []);
      throw e;
    }
  }

  return {
    async getRequest(key, config) {
      const cacheId = fieldIdsKey(config);
      const known = peek<FieldIds>(cacheId, now());
      if (known) {
        const list = [...BASE_FIELDS, known.impact, known.urgency, known.requestType, known.participants]
          .filter((f): f is string => typeof f === 'string' && f.length > 0)
          .join(',');
        const issue = await orNull(() => client.get(route`/rest/api/3/issue/${key}?fields=${list}`));
        return issue === null ? null : toRequestFacts(issue, known);
      }
      // Cold: one wider read whose names and schema identify the fields, instead of a GET /field first.
      const issue = await orNull(() => client.get(route`/rest/api/3/issue/${key}?fields=*all&expand=names,schema`));
      if (issue === null) return null;
      const ids = resolveFieldIds(fieldsFromIssue(issue), config);
      // An issue lists only the fields of its own context: a field missing here may exist elsewhere on the
      // site, so an incomplete resolution is not cached (the next read is wide again, still one call).
      if (allFound(ids)) remember(cacheId, now(), ids);
      return toRequestFacts(issue, ids);
    },

    projectLead: (projectKey) => readProjectLead(client, projectKey, now(), cacheKey()),

    async getComment(issueKey, commentId) {
      const comment = await orNull(() => client.get(route`/rest/api/3/issue/${issueKey}/comment/${commentId}`));
      return comment === null ? null : toCommentFacts(comment);
    },

    async getSlaCycle(key, slaName) {
      const page = await orNull(() => client.get(route`/rest/servicedeskapi/request/${key}/sla?limit=${50}`));
      return page === null ? null : toSlaCycle(page, slaName);
    },

    async slaMetricNames(key) {
      try {
        return toSlaNames(await client.get(route`/rest/servicedeskapi/request/${key}/sla?limit=${50}`));
      } catch (e) {
        // Not a JSM request (a software project's issue), or hidden from the app: no metric to offer.
        if (e instanceof NotFoundError || e instanceof ForbiddenError || e instanceof BadRequestError) return [];
        throw e;
      }
    },

    async recentRequestKeys(projects, max) {
      const search = async (jql: string) => {
        const res = await client.request<{ issues?: unknown[] }>('POST', route`/rest/api/3/search/jql`, {
          body: { jql, fields: ['project'], maxResults: RECENT_WINDOW },
          idempotent: true,
        });
        return (res.body?.issues ?? []).map(toRecentRequest).filter((r) => r.key !== '');
      };
      let found;
      let wanted = max;
      try {
        found = await search(recentRequestsJql(projects));
      } catch (e) {
        // Jira refuses JQL naming a project that no longer exists: look at any project instead, and read one
        // request fewer so the whole call keeps its budget.
        if (!(e instanceof BadRequestError) || projects.length === 0) throw e;
        found = await search(recentRequestsJql([]));
        wanted = Math.max(1, max - 1);
      }
      // The newest request of each project, newest project first: SLA metrics are set per service project.
      const seen = new Set<string>();
      const keys: string[] = [];
      for (const r of found) {
        if (keys.length >= wanted) break;
        if (seen.has(r.projectKey)) continue;
        seen.add(r.projectKey);
        keys.push(r.key);
      }
      return keys;
    },

    async notify(key: string, email: Email): Promise<NotifyResult> {
      try {
        await client.request('POST', route`/rest/api/3/issue/${key}/notify`, {
          body: { subject: email.subject, textBody: email.textBody, htmlBody: email.htmlBody, to: email.to },
        });
        return { ok: true };
      } catch (e) {
        // 403: outgoing mail is disabled on the site. 400: a recipient Jira refuses (the caller, an empty assignee).
        if (e instanceof ForbiddenError || e instanceof BadRequestError || e instanceof NotFoundError) {
          const status = e.status ?? 0;
          return { ok: false, status, mailDisabled: status === 403 };
        }
        throw e;
      }
    },

    async setIssueProperty(key, propertyKey, value) {
      await client.request('PUT', route`/rest/api/3/issue/${key}/properties/${propertyKey}`, { body: value });
    },

    async addLabel(key, label) {
      await client.request('PUT', route`/rest/api/3/issue/${key}`, { body: { update: { labels: [{ add: label }] } } });
    },

    async addComment(key: string, body: AdfDoc, visibility: 'internal' | 'public') {
      const payload: Record<string, unknown> = { body };
      if (visibility === 'internal') payload.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
      const res = await client.request<{ id?: unknown }>('POST', route`/rest/api/3/issue/${key}/comment`, {
        body: payload,
      });
      return { id: String(res.body?.id ?? '') };
    },

    async raisePriority(key, currentPriorityId) {
      if (currentPriorityId === null) return;
      // GET /priority lists priorities from the highest down.
      const list = await priorities();
      const index = list.findIndex((p) => String(p.id) === currentPriorityId);
      if (index <= 0) return;
      await client.request('PUT', route`/rest/api/3/issue/${key}`, {
        body: { fields: { priority: { id: String(list[index - 1].id) } } },
      });
    },

    async transition(key, transitionId) {
      await client.request('POST', route`/rest/api/3/issue/${key}/transitions`, {
        body: { transition: { id: transitionId } },
      });
    },

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

    async detectFields(config) {
      const fields = await fieldList();
      const impact = candidateFields(fields, config.fields.impactNames);
      const urgency = candidateFields(fields, config.fields.urgencyNames);
      const options = new Map<string, DetectedField>();
      for (const f of new Set([...impact, ...urgency])) options.set(f.id, await optionsOf(f));
      return { impact: impact.map((f) => options.get(f.id)!), urgency: urgency.map((f) => options.get(f.id)!) };
    },

    async searchEscalations(startAt, maxResults) {
      // /search/jql pages with tokens, not offsets: walk the pages up to startAt + maxResults.
      const wanted = startAt + maxResults;
      const issues: unknown[] = [];
      let nextPageToken: string | undefined;
      let isLast = false;
      while (issues.length < wanted && !isLast) {
        const page = await client.request<{ issues?: unknown[]; nextPageToken?: string; isLast?: boolean }>(
          'POST',
          route`/rest/api/3/search/jql`,
          {
            body: {
              jql: ESCALATIONS_JQL,
              fields: ['summary'],
              properties: ['escalade'],
              maxResults: Math.min(100, wanted),
              nextPageToken,
            },
            idempotent: true,
          },
        );
        issues.push(...(page.body?.issues ?? []));
        nextPageToken = page.body?.nextPageToken;
        isLast = page.body?.isLast === true || !nextPageToken;
      }
      const items = issues.slice(startAt, wanted).map(toQueueItem);
      // Exact when the last page was reached; otherwise "at least one more page".
      const total = isLast ? issues.length : Math.max(issues.length, wanted) + 1;
      return { items, total };
    },
  };
}

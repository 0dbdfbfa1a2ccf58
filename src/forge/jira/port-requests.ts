/** The JiraPort's reads of a request: its facts (with field ids resolved and cached), a comment, its SLA. */
import { route } from '@forge/api';
import type { FieldIds, JiraPort } from '../../ports';
import { peek, remember } from './caches';
import type { Config } from '../../domain/config/schema';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import { allFound, fieldsFromIssue, resolveFieldIds } from './fields';
import { toCommentFacts, toRequestFacts, toSlaCycle, toSlaNames } from './map-rest';
import type { PortDeps } from './port-deps';

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

type RequestReads = Pick<JiraPort, 'getRequest' | 'getComment' | 'getSlaCycle' | 'slaMetricNames'>;

export function requestReads({ client, now, cacheKey }: PortDeps): RequestReads {
  // Resolved ids depend on the configured names and ids, so the cache entry does too.
  const fieldIdsKey = (config: Config) => {
    const { impactNames, urgencyNames, impactFieldId, urgencyFieldId } = config.fields;
    return `${cacheKey()}:fieldIds:${JSON.stringify([impactNames, urgencyNames, impactFieldId, urgencyFieldId])}`;
  };

  return {
    async getRequest(key, config) {
      const cacheId = fieldIdsKey(config);
      const known = peek<FieldIds>(cacheId, now());
      if (known) {
        const list = [
          ...BASE_FIELDS,
          known.impact,
          known.urgency,
          known.requestType,
          known.participants,
          known.organizations,
        ]
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
  };
}

/** The JiraPort's field detection: Impact and Urgency candidates with their options, for the admin page. */
import { route } from '@forge/api';
import type { DetectedField } from '../../contract';
import type { JiraPort } from '../../ports';
import { cached } from './caches';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import { recentRequestsJql } from './port-search';
import { candidateFields, toDetectedField, type JiraField } from './fields';
import type { PortDeps } from './port-deps';

type AllowedValue = { id: unknown; value: unknown; disabled?: unknown };

/**
 * Option values come from the editmeta of the newest request of the active projects (`allowedValues`, under
 * `read:jira-work`), not from the field's contexts and options, which need `manage:jira-configuration`, an
 * admin-consented scope the app does not ask for. Two calls, whatever the number of candidate fields.
 */
export function fieldDetection({ client, now, cacheKey }: PortDeps): Pick<JiraPort, 'detectFields'> {
  const fieldList = () =>
    cached(`${cacheKey()}:fields`, now(), () => client.get<JiraField[]>(route`/rest/api/3/field`));

  async function allowedValues(projects: string[]): Promise<Record<string, { allowedValues?: AllowedValue[] }>> {
    try {
      const res = await client.request<{ issues?: { key?: unknown }[] }>('POST', route`/rest/api/3/search/jql`, {
        body: { jql: recentRequestsJql(projects), fields: ['project'], maxResults: 1 },
        idempotent: true,
      });
      const key = res.body?.issues?.[0]?.key;
      if (typeof key !== 'string') return {};
      const meta = await client.get<{ fields?: Record<string, { allowedValues?: AllowedValue[] }> }>(
        route`/rest/api/3/issue/${key}/editmeta`,
      );
      return meta?.fields ?? {};
    } catch (e) {
      // No request to look at (a project that no longer exists, none visible): candidates without options.
      if (e instanceof ForbiddenError || e instanceof NotFoundError || e instanceof BadRequestError) return {};
      throw e;
    }
  }

  return {
    async detectFields(config) {
      const fields = await fieldList();
      const impact = candidateFields(fields, config.fields.impactNames);
      const urgency = candidateFields(fields, config.fields.urgencyNames);
      const meta = impact.length + urgency.length > 0 ? await allowedValues(config.projects) : {};
      const detected = (f: JiraField): DetectedField => toDetectedField(f, meta[f.id]?.allowedValues ?? []);
      return { impact: impact.map(detected), urgency: urgency.map(detected) };
    },
  };
}

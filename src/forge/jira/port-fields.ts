/** The JiraPort's field detection: Impact and Urgency candidates with their options, for the admin page. */
import { route } from '@forge/api';
import type { DetectedField } from '../../contract';
import type { JiraPort } from '../../ports';
import { cached } from './caches';
import { ForbiddenError, NotFoundError } from './errors';
import { candidateFields, toDetectedField, type JiraField } from './fields';
import type { PortDeps } from './port-deps';

export function fieldDetection({ client, now, cacheKey }: PortDeps): Pick<JiraPort, 'detectFields'> {
  const fieldList = () =>
    cached(`${cacheKey()}:fields`, now(), () => client.get<JiraField[]>(route`/rest/api/3/field`));

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
    async detectFields(config) {
      const fields = await fieldList();
      const impact = candidateFields(fields, config.fields.impactNames);
      const urgency = candidateFields(fields, config.fields.urgencyNames);
      const options = new Map<string, DetectedField>();
      for (const f of new Set([...impact, ...urgency])) options.set(f.id, await optionsOf(f));
      return { impact: impact.map((f) => options.get(f.id)!), urgency: urgency.map((f) => options.get(f.id)!) };
    },
  };
}

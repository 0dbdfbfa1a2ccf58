import Resolver, { type Request } from '@forge/resolver';
import { detectFields, getConfig, previewDelay, saveConfig, validateConfig } from '../../app/config-admin';
import { knownIds } from '../../app/known-ids';
import { listSlaMetrics } from '../../app/list-sla-metrics';
import { listOrganizations, listProjects, listRequestTypes } from '../../app/site-catalog';
import type { Outcome } from '../../app/outcome';
import type { ResolverContract, ResultOf } from '../../contract';
import type { Ports } from '../../app/ports-bundle';
import { createPorts } from '../platform';
import { guard } from './guard';
import { languageOf, readInvocation } from './invocation';
import {
  catalogPayload,
  emptyPayload,
  noKeysPayload,
  parsePayload,
  previewDelayPayload,
  requestTypesPayload,
  saveConfigPayload,
  validateConfigPayload,
} from './payloads';
import { errorOf, respond } from './respond';
import type { Lang } from '../../i18n/translate';
import type { z } from 'zod';

/**
 * Admin calls: the caller must hold Jira's ADMINISTER permission, asked as the user, before the
 * payload is even read (a non-admin learns nothing, not even about their input).
 */
function adminCall<K extends keyof ResolverContract['admin'], S extends z.ZodType>(
  name: K,
  schema: S,
  run: (ports: Ports, input: z.output<S>, lang: Lang) => Promise<Outcome<ResultOf<K>>> | Outcome<ResultOf<K>>,
) {
  return async (req: Request) => {
    const inv = readInvocation(req);
    const ports = createPorts('resolver');
    const lang = await languageOf(inv, ports);
    return guard(name, lang, async () => {
      if (!inv.caller) return errorOf('FORBIDDEN', lang);
      if (!(await ports.jira.isAdmin())) return errorOf('FORBIDDEN', lang);
      const parsed = parsePayload(schema, inv.payload);
      if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
      return respond(await run(ports, parsed.value, lang), lang);
    });
  };
}

const resolver = new Resolver();

resolver.define(
  'getConfig',
  adminCall('getConfig', emptyPayload, (ports) => getConfig(ports)),
);
resolver.define(
  'saveConfig',
  // Once saved, the site's ids that the policies use are read (as the admin, bounded): unknown ones are warnings.
  adminCall('saveConfig', saveConfigPayload, (ports, p, lang) =>
    saveConfig(ports, p.config, p.expectedVersion, { lang, known: (config) => knownIds(ports, config) }),
  ),
);
resolver.define(
  'validateConfig',
  adminCall('validateConfig', validateConfigPayload, (_ports, p, lang) => validateConfig(p.config, lang)),
);
resolver.define(
  'previewDelay',
  adminCall('previewDelay', previewDelayPayload, (ports, p) => previewDelay(ports, p)),
);
resolver.define(
  'detectFields',
  adminCall('detectFields', emptyPayload, (ports) => detectFields(ports)),
);
resolver.define(
  'listSlaMetrics',
  adminCall('listSlaMetrics', noKeysPayload, (ports) => listSlaMetrics(ports)),
);
resolver.define(
  'listProjects',
  adminCall('listProjects', catalogPayload, (ports, p) => listProjects(ports, p.start)),
);
resolver.define(
  'listRequestTypes',
  adminCall('listRequestTypes', requestTypesPayload, (ports, p) =>
    listRequestTypes(ports, p.serviceDeskId ?? p.projectKey ?? '', p.start),
  ),
);
resolver.define(
  'listOrganizations',
  adminCall('listOrganizations', catalogPayload, (ports, p) => listOrganizations(ports, p.start)),
);

export const adminResolver = resolver.getDefinitions();

import Resolver, { type Request } from '@forge/resolver';
import type { Outcome } from '../../app/outcome';
import type { ResolverContract, ResultOf } from '../../contract';
import type { Ports } from '../../app/ports-bundle';
import { rebuildStats } from '../../app/stats/backfill';
import { getGadgetOptions, getStats } from '../../app/stats/get-stats';
import type { Lang } from '../../i18n/translate';
import { DEFAULT_CONFIG } from '../../domain/config/defaults';
import { createPorts } from '../platform';
import { guard } from './guard';
import { languageOf, readInvocation } from './invocation';
import { localeOnlyPayload, parsePayload, rebuildStatsPayload, statsPayload } from './payloads';
import { errorOf, respond } from './respond';
import type { z } from 'zod';

/**
 * The analytics gadget (`escalade-gadget`). Only licensed accounts get in: customers and unlicensed
 * accounts are refused before anything is read. Which projects the viewer sees is then decided by one bulk
 * permission call as the user (in the use case). The language comes from the payload's `locale`.
 */
function gadgetCall<K extends keyof ResolverContract['gadget'], S extends z.ZodType<{ locale?: string }>>(
  name: K,
  schema: S,
  run: (ports: Ports, input: z.output<S>, lang: Lang) => Promise<Outcome<ResultOf<K>>>,
) {
  return async (req: Request) => {
    const inv = readInvocation(req);
    const ports = createPorts('resolver');
    // Customers and unlicensed accounts are refused before anything is read (the config included).
    if (!inv.caller || inv.caller.accountType !== 'licensed')
      return errorOf('FORBIDDEN', inv.requestedLang ?? DEFAULT_CONFIG.language);
    const lang = await languageOf(inv, ports);
    return guard(name, lang, async () => {
      const parsed = parsePayload(schema, inv.payload);
      if (!parsed.ok) return errorOf('INVALID_INPUT', lang, parsed.fields);
      return respond(await run(ports, parsed.value, lang), lang);
    });
  };
}

const resolver = new Resolver();

resolver.define(
  'getStats',
  gadgetCall('getStats', statsPayload, (ports, p, lang) => getStats(ports, p, lang)),
);
resolver.define(
  'getGadgetOptions',
  gadgetCall('getGadgetOptions', localeOnlyPayload, (ports, _p, lang) => getGadgetOptions(ports, lang)),
);

// Jira admins only (ADMINISTER, asked as the user): it writes every bucket of the site.
resolver.define(
  'rebuildStats',
  gadgetCall('rebuildStats', rebuildStatsPayload, async (ports, p) => {
    if (!(await ports.jira.isAdmin())) return { ok: false, code: 'FORBIDDEN' };
    const outcome = await rebuildStats(ports, { restart: p.restart, resume: p.resume });
    if (!outcome.ok) return outcome;
    const { done, records, steps, startedAt, updatedAt } = outcome.value;
    return { ok: true, value: { done, records, steps, startedAt, updatedAt } };
  }),
);

export const gadgetResolver = resolver.getDefinitions();

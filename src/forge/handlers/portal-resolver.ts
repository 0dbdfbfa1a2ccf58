import Resolver, { type Request } from '@forge/resolver';
import type { Outcome } from '../../app/outcome';
import type { ResolverContract, ResultOf } from '../../contract';
import type { Ports } from '../../app/ports-bundle';
import { escalate } from '../../app/escalate';
import { readPortalState } from '../../app/read-portal-state';
import { withdrawEscalation } from '../../app/withdraw';
import type { Caller } from '../../domain/facts';
import type { Lang } from '../../i18n/translate';
import { createPorts } from '../platform';
import { guard } from './guard';
import { contextIssueKey, languageOf, readInvocation } from './invocation';
import { emptyPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

type PortalCall<T> = (ports: Ports, key: string, caller: Caller, lang: Lang, payload: unknown) => Promise<Outcome<T>>;

/**
 * Customer calls. The request key is the module context's (`extension.request.key`), never the
 * payload's. Whether the caller is the reporter or a participant is checked on a fresh read as
 * the app (asUser does not work for every customer account), inside the use case, and a refusal
 * is one FORBIDDEN whatever the reason: no request, not theirs, bad context.
 */
function portalCall<K extends keyof ResolverContract['portal']>(name: K, run: PortalCall<ResultOf<K>>) {
  return async (req: Request) => {
    const inv = readInvocation(req);
    const ports = createPorts('resolver');
    const lang = await languageOf(inv, ports);
    return guard(name, lang, async () => {
      const key = contextIssueKey(inv.extension, 'request');
      if (!inv.caller || !key) return errorOf('FORBIDDEN', lang);
      return respond(await run(ports, key, inv.caller, lang, inv.payload), lang);
    });
  };
}

const resolver = new Resolver();

resolver.define(
  'getPortalState',
  portalCall('getPortalState', async (ports, key, caller, lang, payload) => {
    const parsed = parsePayload(emptyPayload, payload);
    if (!parsed.ok) return { ok: false, code: 'INVALID_INPUT', fields: parsed.fields };
    return readPortalState(ports, key, caller, lang);
  }),
);

// The payload ({ reasonId, details }) is checked by the domain, after eligibility.
resolver.define(
  'escalate',
  portalCall('escalate', (ports, key, caller, lang, payload) => escalate(ports, key, caller, payload, lang)),
);

// "I no longer need this escalation": `{ note? }` (at most 500 characters), checked by the domain after the state.
resolver.define(
  'withdrawEscalation',
  portalCall('withdrawEscalation', (ports, key, caller, lang, payload) =>
    withdrawEscalation(ports, key, caller, payload, lang),
  ),
);

export const portalResolver = resolver.getDefinitions();

import Resolver, { type Request } from '@forge/resolver';
import { acknowledge } from '../../app/acknowledge';
import { closeEscalation } from '../../app/close-escalation';
import type { Outcome } from '../../app/outcome';
import type { ResolverContract, ResultOf } from '../../contract';
import type { Ports } from '../../app/ports-bundle';
import { authorizeAgent, readAgentState } from '../../app/read-agent-state';
import type { Lang } from '../../i18n/translate';
import { createPorts } from '../platform';
import { guard } from './guard';
import { contextIssueKey, languageOf, readInvocation } from './invocation';
import { emptyPayload, parsePayload } from './payloads';
import { errorOf, respond } from './respond';

type AgentCall<T> = (ports: Ports, key: string, agentId: string, lang: Lang, payload: unknown) => Promise<Outcome<T>>;

/**
 * Agent calls on the issue of the module context (`extension.issue.key`). The caller must be a
 * licensed account and able to browse the issue, asked of Jira as the user (mypermissions),
 * before anything else is read.
 */
function agentCall<K extends keyof ResolverContract['agent']>(name: K, run: AgentCall<ResultOf<K>>) {
  return async (req: Request) => {
    const inv = readInvocation(req);
    const ports = createPorts('resolver');
    const lang = await languageOf(inv, ports);
    return guard(name, lang, async () => {
      const key = contextIssueKey(inv.extension, 'issue');
      // Agents hold a licence: a customer may browse their own request, but never the agents' view.
      if (!inv.caller || inv.caller.accountType !== 'licensed' || !key) return errorOf('FORBIDDEN', lang);
      const allowed = await authorizeAgent(ports, key);
      if (!allowed.ok) return respond(allowed, lang);
      // Agents read their own words ("no open escalation"), never the customer's ("cannot be escalated yet").
      return respond(await run(ports, key, inv.caller.accountId, lang, inv.payload), lang, 'agent');
    });
  };
}

const resolver = new Resolver();

resolver.define(
  'getAgentState',
  agentCall('getAgentState', async (ports, key, _agentId, lang, payload) => {
    const parsed = parsePayload(emptyPayload, payload);
    if (!parsed.ok) return { ok: false, code: 'INVALID_INPUT', fields: parsed.fields };
    return readAgentState(ports, key, lang);
  }),
);
// Notes are checked by the domain (decideAcknowledge / decideClose).
resolver.define(
  'acknowledge',
  agentCall('acknowledge', (ports, key, agentId, lang, payload) => acknowledge(ports, key, agentId, payload, lang)),
);
resolver.define(
  'closeEscalation',
  agentCall('closeEscalation', (ports, key, agentId, lang, payload) =>
    closeEscalation(ports, key, agentId, payload, lang),
  ),
);

export const agentResolver = resolver.getDefinitions();

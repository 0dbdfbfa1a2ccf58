import type { AgentState } from '../contract';
import { decideClose } from '../domain';
import type { Lang } from '../i18n/translate';
import { runAgentAction } from './agent-action';
import { closedPublicComment } from './messages';
import type { Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** An agent closes the escalation with a note; the customer is told if configured. */
export function closeEscalation(
  ports: Ports,
  key: string,
  agentId: string,
  input: unknown,
  lang: Lang,
): Promise<Outcome<AgentState>> {
  return runAgentAction(ports, key, lang, {
    decide: (record, now) => decideClose(record, now, input, agentId),
    customerComment: (ctx) =>
      ctx.config.escalation.notifyCustomerOnClose ? closedPublicComment({ ...ctx, lang: ctx.config.language }) : null,
  });
}

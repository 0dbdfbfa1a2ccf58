import type { AgentState } from '../contract';
import { decideAcknowledge } from '../domain';
import type { Lang } from '../i18n/translate';
import { runAgentAction } from './agent-action';
import { acknowledgedPublicComment } from './messages';
import type { Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** An agent takes the escalation in hand ("Prendre en charge"); the customer is told if configured. */
export function acknowledge(
  ports: Ports,
  key: string,
  agentId: string,
  input: unknown,
  lang: Lang,
): Promise<Outcome<AgentState>> {
  return runAgentAction(ports, key, lang, {
    decide: (record, now) => decideAcknowledge(record, now, input, agentId),
    customerComment: (ctx) =>
      ctx.config.escalation.notifyCustomerOnAcknowledge
        ? acknowledgedPublicComment({ ...ctx, lang: ctx.config.language })
        : null,
  });
}

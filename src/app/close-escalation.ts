import type { AgentState } from '../contract';
import { decideClose } from '../domain';
import type { Lang } from '../i18n/translate';
import { runAgentAction } from './agent-action';
import { closedPublicComment } from './messages';
import { closeReasonLabel } from './reason-label';
import type { Outcome } from './outcome';
import type { Ports } from './ports-bundle';

/** An agent closes the escalation with a closing reason and a note; the customer is told if configured. */
export function closeEscalation(
  ports: Ports,
  key: string,
  agentId: string,
  input: unknown,
  lang: Lang,
): Promise<Outcome<AgentState>> {
  return runAgentAction(ports, key, lang, {
    decide: (record, now, config) => decideClose(record, now, input, agentId, config),
    // The customer reads the closing reason, and the note only when the agent made it public.
    customerComment: (ctx) =>
      ctx.config.escalation.notifyCustomerOnClose
        ? closedPublicComment({
            ...ctx,
            lang: ctx.config.language,
            ...(ctx.entry.closeNotePublic && ctx.entry.closeNote ? { note: ctx.entry.closeNote } : {}),
            ...(ctx.entry.closeReasonId
              ? { closeReasonLabel: closeReasonLabel(ctx.config, ctx.entry.closeReasonId, ctx.config.language) }
              : {}),
          })
        : null,
  });
}

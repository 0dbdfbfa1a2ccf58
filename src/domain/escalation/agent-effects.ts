import type { Config } from '../config';
import type { AgentActionKind, AgentEffectName, AgentEffects, EscalationEntry, RequestRecord } from '../record';
import { currentEscalation } from './current';

/** The effects of an agent's action, in the order they run: the property, then the customer's comment. */
export const AGENT_EFFECT_NAMES: readonly AgentEffectName[] = ['issueProperty', 'customerComment'];

/** Where an entry records the effects of each action. */
export const AGENT_EFFECTS_FIELD = { acknowledge: 'acknowledgeEffects', close: 'closeEffects' } as const;

/** The effects an action starts with: pending when the admin turned them on, skipped otherwise. */
export function initialAgentEffects(config: Config, kind: AgentActionKind): AgentEffects {
  const tell =
    kind === 'acknowledge' ? config.escalation.notifyCustomerOnAcknowledge : config.escalation.notifyCustomerOnClose;
  return {
    issueProperty: config.escalation.effects.issueProperty ? 'pending' : 'skipped',
    customerComment: tell ? 'pending' : 'skipped',
  };
}

/** Still to do: pending (not run, or Jira was busy), or unknown (no answer: completed after a look). */
export const agentEffectNeedsWork = (status: AgentEffects[AgentEffectName]): boolean =>
  status === 'pending' || status === 'unknown';

/** The agents' actions whose effects are unfinished, on any level (the background completion's work list). */
export function agentEffectsLeft(record: RequestRecord): { level: number; kind: AgentActionKind }[] {
  const left: { level: number; kind: AgentActionKind }[] = [];
  for (const entry of record.escalations)
    for (const kind of ['acknowledge', 'close'] as const) {
      const effects = entry[AGENT_EFFECTS_FIELD[kind]];
      if (effects && AGENT_EFFECT_NAMES.some((n) => agentEffectNeedsWork(effects[n])))
        left.push({ level: entry.level, kind });
    }
  return left;
}

/**
 * The current escalation when `agentId` already recorded this action on it (a retry of the same click): the
 * retry then completes what is missing and answers with the current state, never CONFLICT or NOT_ELIGIBLE.
 */
export function recordedAction(record: RequestRecord, kind: AgentActionKind, agentId: string): EscalationEntry | null {
  const current = currentEscalation(record);
  if (!current) return null;
  if (kind === 'acknowledge') return current.acknowledgedBy === agentId ? current : null;
  return current.closedBy === agentId && !current.withdrawn ? current : null;
}

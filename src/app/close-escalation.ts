import { decideClose } from '../domain';
import { agentActionUseCase } from './agent-action';

/**
 * An agent closes the escalation with a closing reason and a note; the customer is told if configured (the closing
 * reason, and the note when the agent made it public: src/app/agent-effects.ts).
 */
export const closeEscalation = agentActionUseCase('close', (record, now, input, agentId, config) =>
  decideClose(record, now, input, agentId, config),
);

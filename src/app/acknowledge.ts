import { decideAcknowledge } from '../domain';
import { agentActionUseCase } from './agent-action';

/** An agent takes the escalation in hand ("Prendre en charge"); the customer is told if configured. */
export const acknowledge = agentActionUseCase('acknowledge', (record, now, input, agentId) =>
  decideAcknowledge(record, now, input, agentId),
);

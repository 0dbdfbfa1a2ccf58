import { decideAcknowledge } from '../domain';
import { agentActionUseCase } from './agent-action';
import { acknowledgedPublicComment } from './messages';

/** An agent takes the escalation in hand ("Prendre en charge"); the customer is told if configured. */
export const acknowledge = agentActionUseCase({
  decide: decideAcknowledge,
  notifyCustomer: (config) => config.escalation.notifyCustomerOnAcknowledge,
  comment: acknowledgedPublicComment,
});

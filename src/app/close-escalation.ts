import { decideClose } from '../domain';
import { agentActionUseCase } from './agent-action';
import { closedPublicComment } from './messages';

/** An agent closes the escalation with a note; the customer is told if configured. */
export const closeEscalation = agentActionUseCase({
  decide: decideClose,
  notifyCustomer: (config) => config.escalation.notifyCustomerOnClose,
  comment: closedPublicComment,
});

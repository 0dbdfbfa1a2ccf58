export { acknowledgeDueAt, acknowledgedInTime, isOpenUntaken, isOverdue } from './acknowledge-deadline';
export { currentEscalation } from './current';
export { decideAcknowledge, decideClose } from './decide-agent';
export { decideEscalation, EFFECT_NAMES, initialEffects } from './decide-escalation';
export { NOTE_MAX, parseAcknowledgeInput, parseCloseInput, parseEscalateInput } from './input';
export { isActiveProject, portalState } from './portal-state';
export { decideWithdraw, parseWithdrawInput, WITHDRAW_NOTE_MAX, type WithdrawDecision } from './withdraw';
export { ESCALATION_JQL, indexedDate, propertyFor } from './property';
export { decideSlaBreach, slaBreachJql, slaBreachWatched, type SlaBreachDecision } from './sla-breach';
export type {
  AgentDecision,
  EscaladeProperty,
  EscalationDecision,
  EscalationRefusalCode,
  InputFieldIssue,
  InputRefusal,
  InvalidInput,
  PortalDecision,
  PortalKind,
} from './types';

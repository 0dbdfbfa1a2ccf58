export { applyFollowUp, MAX_FOLLOW_UP_ENTRIES } from './apply-follow-up';
export { decideFollowUp } from './decide-follow-up';
export type { FollowUpDecision, FollowUpRecipients, IgnoreReason } from './types';

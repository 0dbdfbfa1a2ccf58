export type IgnoreReason = 'internal' | 'notParty' | 'assignee' | 'resolved' | 'alreadySeen' | 'app' | 'edited';

export interface FollowUpRecipients {
  /** The assignee's account id (the notify API's `to.assignee`), or null when unassigned. */
  assignee: string | null;
  groups: string[];
  accountIds: string[];
}

export type FollowUpDecision =
  | { kind: 'ignore'; reason: IgnoreReason }
  /** A follow-up, counted, but no email: `count` is its number (the n-th). */
  | { kind: 'record'; reason: 'cooldown' | 'unassignedNoRecipient'; count: number }
  /** A follow-up to email; `suppressed` follow-ups came in without an email since the last one. */
  | { kind: 'notify'; count: number; suppressed: number; recipients: FollowUpRecipients };

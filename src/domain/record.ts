/**
 * What the app stores per request (KVS, key `record:{issueKey}`). It holds account ids for the
 * agents' timeline, so it lives in app storage, never in the issue property.
 */

export type EffectName =
  'issueProperty' | 'label' | 'internalComment' | 'notify' | 'raisePriority' | 'transition' | 'publicComment';

/**
 * Per-effect completion, so a retry completes what is missing and repeats nothing done. `unknown`: the write
 * got no answer and Jira may have carried it out (docs/rules.md §8): an email is then never sent again, a
 * comment is looked for by its marker before it is written.
 */
export type EffectStatus = 'pending' | 'done' | 'failed' | 'skipped' | 'unknown';

/** `unknown`: notify got no answer; the email may have gone out ("delivery not confirmed") and is never resent. */
export type NotifyOutcome = 'sent' | 'none' | 'failed' | 'mailDisabled' | 'unknown';

export interface FollowUpEntry {
  commentId: string;
  authorId: string;
  at: string;
  /** Was an email sent for this one, and how it went. */
  notify: NotifyOutcome;
  /** Why no email: cooldown, no recipient… (i18n-free codes). */
  reason?: 'cooldown' | 'unassignedNoRecipient';
  /** Follow-ups counted since the previous email, included in this email. */
  suppressedBefore?: number;
}

/**
 * What the analytics need about the request, taken when the escalation is recorded, so that later steps
 * and a backfill count it under the same request type, organizations and policy. Absent on older records.
 */
export interface EscalationFacets {
  requestType: { id: string; name: string | null } | null;
  organizations: { id: string; name: string | null }[];
  policyId: string;
  /** Follow-ups counted on the request when it was escalated. */
  followUpsBefore: number;
}

/** How a step of the reminder went: done, or refused by Jira (final: never retried). */
export type ReminderStep = 'done' | 'failed';

/**
 * The one reminder sent when nobody acknowledged a level in time (docs/rules.md §7b). Each step is recorded
 * as soon as it is done, so a retry (the next background run) completes what is missing and repeats nothing.
 */
export interface AckReminder {
  /** When the deadline was found passed: the level is overdue from then on. */
  at: string;
  /** The reminder email's outcome, once it got one. */
  notify?: NotifyOutcome;
  /** The internal comment. */
  comment?: ReminderStep;
  /** The `escalade` property saying overdue. */
  property?: ReminderStep;
  /** The next level raised by the app (`escalation.autoRaiseOnAcknowledgeTimeout`); 'none' when off or none left. */
  raise?: ReminderStep | 'none';
}

/** Why the app escalated by itself, with no customer action. */
export type AutomaticCause = 'ackTimeout' | 'slaBreach';

export interface EscalationEntry {
  level: number;
  at: string;
  byAccountId: string;
  reasonId: string;
  details: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  acknowledgeNote?: string;
  closedAt?: string;
  closedBy?: string;
  closeNote?: string;
  /** The closing reason (`escalation.closeReasons`); absent on escalations closed before reasons existed. */
  closeReasonId?: string;
  /** The agent chose to show the closing note to the customer. */
  closeNotePublic?: boolean;
  /** The customer withdrew it ("no longer needed"): closed by them, `closedAt`/`closedBy`/`closeNote` say when and why. */
  withdrawn?: boolean;
  effects: Partial<Record<EffectName, EffectStatus>>;
  notify?: NotifyOutcome;
  facets?: EscalationFacets;
  /** Set when the app escalated by itself (`byAccountId` is then APP_ACTOR). */
  automatic?: AutomaticCause;
  /** When the acknowledgement deadline passed with no acknowledgement. */
  reminder?: AckReminder;
}

/** `byAccountId` of an escalation the app made by itself. */
export const APP_ACTOR = 'app:escalade';

export interface RequestRecord {
  issueKey: string;
  followUps: FollowUpEntry[];
  /** Total follow-ups ever counted (followUps may be trimmed to the newest entries). */
  followUpCount: number;
  lastEmailAt?: string;
  /** Follow-ups recorded without an email since the last email (cooldown). */
  suppressedSinceEmail: number;
  escalations: EscalationEntry[];
}

export function emptyRecord(issueKey: string): RequestRecord {
  return { issueKey, followUps: [], followUpCount: 0, suppressedSinceEmail: 0, escalations: [] };
}

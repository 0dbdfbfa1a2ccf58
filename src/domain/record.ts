/**
 * What the app stores per request (KVS, key `record:{issueKey}`). It holds account ids for the
 * agents' timeline, so it lives in app storage, never in the issue property.
 */

export type EffectName =
  'issueProperty' | 'label' | 'internalComment' | 'notify' | 'raisePriority' | 'transition' | 'publicComment';

/** Per-effect completion, so a retry completes what is missing and repeats nothing done. */
export type EffectStatus = 'pending' | 'done' | 'failed' | 'skipped';

export type NotifyOutcome = 'sent' | 'none' | 'failed' | 'mailDisabled';

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
  effects: Partial<Record<EffectName, EffectStatus>>;
  notify?: NotifyOutcome;
  facets?: EscalationFacets;
}

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

/**
 * The agent panel's part of the resolver contract: the state, its timeline, and the acknowledge and close payloads.
 * Re-exported by src/contract.ts, which maps them to their functions; import them from there.
 */
import type { PortalKind } from './domain/escalation/types';
import type { EffectName, EffectStatus, NotifyOutcome } from './domain/record';

export interface TimelineNotify {
  outcome: NotifyOutcome;
  /** Display names of who was emailed, when known. */
  recipients?: string[];
}

export type TimelineEntry =
  | {
      type: 'followUp';
      at: string;
      by: { accountId: string; displayName: string };
      commentId: string;
      notify: TimelineNotify;
      reason?: 'cooldown' | 'unassignedNoRecipient';
    }
  | {
      type: 'escalation';
      at: string;
      by: { accountId: string; displayName: string };
      level: number;
      reasonId: string;
      reasonLabel: string;
      details: string;
      notify?: TimelineNotify;
      /** Why no email was sent: escalation emails turned off, or nobody to email. */
      reason?: 'notifyOff' | 'noRecipient';
      effects: Partial<Record<EffectName, EffectStatus>>;
    }
  | { type: 'acknowledged'; at: string; by: { accountId: string; displayName: string }; level: number; note?: string }
  /** Nobody acknowledged the level in time: the one reminder (its email's outcome once known). */
  | {
      type: 'overdue';
      at: string;
      by: { accountId: string; displayName: string };
      level: number;
      notify?: TimelineNotify;
    }
  | {
      type: 'closed';
      at: string;
      by: { accountId: string; displayName: string };
      level: number;
      note: string;
      reasonLabel?: string;
      notePublic?: boolean;
    }
  | { type: 'withdrawn'; at: string; by: { accountId: string; displayName: string }; level: number; note?: string };

export interface AgentState {
  requestKey: string;
  kind: PortalKind;
  critical: boolean;
  eligibleAt?: string;
  nextLevelAt?: string;
  level: number;
  maxLevel: number;
  acknowledged: boolean;
  closed: boolean;
  followUps: { count: number; lastAt?: string };
  timeline: TimelineEntry[];
  /** JQL that lists escalated requests, for a queue or filter. */
  jql: string;
  /** The closing reasons offered when closing, in the caller's language. */
  closeReasons: { id: string; label: string; noteRequired: boolean }[];
  /** The support policy that applies to the request, and why (docs/rules.md §12). */
  policy: AppliedPolicyView;
}

/** A named value of the request that a policy's match found (a request type, an organization). */
export interface MatchedValue {
  id: string;
  name: string | null;
}

export interface AppliedPolicyView {
  /** A configured policy's id, or "default" (the top-level settings). */
  id: string;
  /** Its name in the caller's language; null for the default policy. */
  name: string | null;
  /** For each non-empty list of its match, the request's value it found; null for the default policy. */
  matchedOn: { project?: string; requestType?: MatchedValue; organization?: MatchedValue } | null;
}

export interface AcknowledgePayload {
  note?: string;
}

export interface ClosePayload {
  reasonId: string;
  note?: string;
  /** Show the note to the customer. */
  notePublic?: boolean;
}

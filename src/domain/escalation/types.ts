import type { Classification } from '../policy';
import type { EscalationEntry } from '../record';
import type { Outcome } from '../outcome';

export type PortalKind = 'critical' | 'waiting' | 'eligible' | 'escalated' | 'resolved' | 'inactive';

/** What the request's escalation looks like at `now`. Holds no SLA data and no personal data. */
export interface PortalDecision {
  kind: PortalKind;
  /** When the customer can escalate (the first level, or the next one after a closed escalation). */
  eligibleAt?: Date;
  /** When the next level becomes possible, once there is an escalation. */
  nextLevelAt?: Date;
  canEscalate: boolean;
  /** Current escalation level, 0 = none. */
  level: number;
  /** The level the next escalation would have, or null when there is none left (or none possible). */
  nextLevel: number | null;
  maxLevel: number;
  followUps: { count: number; lastAt?: string };
  /** True while "a follow-up is required first" holds the first escalation back. */
  followUpRequired: boolean;
  classification: Classification;
}

/** The `escalade` issue property: readable by anyone who sees the issue, so no personal data. */
export interface EscaladeProperty {
  state: 'none' | 'escalated' | 'acknowledged' | 'closed' | 'withdrawn';
  level: number;
  escalatedAt: string | null;
  acknowledgedAt: string | null;
  /** The acknowledgement deadline passed and nobody took the current level in hand (indexed: escaladeOverdue). */
  overdue: boolean;
  followUps: number;
  /** The support policy that applies to the request: a policy's id, or "default" (indexed: escaladePolicy). */
  policy: string;
}

/** A rejected input field: dotted path and an i18n key under `rules.input.*`, with its parameters. */
export interface InputFieldIssue {
  path: string;
  key: string;
  params?: Record<string, number | string>;
}

/** Input refused: the fields at fault. */
export interface InputRefusal {
  code: 'INVALID_INPUT';
  fields: InputFieldIssue[];
}

export type InvalidInput = { ok: false } & InputRefusal;

export type EscalationRefusalCode =
  'FORBIDDEN' | 'NOT_ELIGIBLE' | 'CRITICAL' | 'RESOLVED' | 'ALREADY_ESCALATED' | 'MAX_LEVEL';

export type EscalationDecision = Outcome<
  { level: number; entry: EscalationEntry; property: EscaladeProperty },
  InputRefusal | { code: EscalationRefusalCode }
>;

export type AgentDecision = Outcome<
  { entry: EscalationEntry; property: EscaladeProperty },
  InputRefusal | { code: 'NOT_ELIGIBLE' | 'CONFLICT' }
>;

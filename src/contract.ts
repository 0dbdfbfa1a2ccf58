/**
 * The resolver contract shared by the backend (src/forge) and the Custom UIs (static/*).
 * Type-only: the UIs import nothing else from src/ (except src/i18n).
 * Module keys and function keys here are fixed: the sandbox, tests and UIs rely on them.
 */
import type { Config } from './domain/config/schema';
import type { EffectName, NotifyOutcome } from './domain/record';

export type { Config } from './domain/config/schema';

export const MODULE_KEYS = {
  portal: 'portal-panel',
  agent: 'agent-panel',
  admin: 'admin-page',
  queue: 'escalations-queue',
  trigger: 'follow-up-trigger',
  gadget: 'escalade-gadget',
} as const;

export type ErrorCode =
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'NOT_ELIGIBLE'
  | 'CRITICAL'
  | 'RESOLVED'
  | 'ALREADY_ESCALATED'
  | 'MAX_LEVEL'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  /** withdrawEscalation: no open escalation to withdraw (none, closed, or already withdrawn). */
  | 'NOTHING_TO_WITHDRAW';

export interface FieldError {
  /**
   * Dotted path in the payload that was refused, e.g. "details" (escalate) or
   * "config.calendar.hours.0.end" (saveConfig, validateConfig, previewDelay).
   */
  path: string;
  message: string;
}

export interface ResolverError {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export type Result<T> = T | ResolverError;

export function isError<T>(r: Result<T>): r is ResolverError {
  return typeof r === 'object' && r !== null && 'error' in r;
}

export type { PortalKind } from './domain/escalation/types';
import type { PortalKind } from './domain/escalation/types';
import type { StatsFigures } from './domain/stats/summarize';

export interface PortalEscalation {
  level: number;
  at: string;
  reasonId: string;
  /** Reason label in the caller's language. */
  reasonLabel: string;
  acknowledgedAt?: string;
  closedAt?: string;
  nextLevelAt?: string;
  /**
   * True once the escalation email went out to someone. False: nobody was emailed (yet), so the portal
   * says the escalation is recorded and in the support team's queue, never "will be notified".
   */
  notified: boolean;
}

/** One step of the request's escalations, for the customer (no level numbers, no names). */
export interface PortalHistoryStep {
  kind: 'escalated' | 'acknowledged' | 'closed' | 'withdrawn';
  at: string;
  /** The escalation's reason, or the closing reason. */
  reasonLabel?: string;
  /** The agent's closing note, only when they made it public. */
  note?: string;
}

/** `withdrawEscalation`: the customer no longer needs the open escalation. */
export interface WithdrawPayload {
  note?: string;
}

export interface PortalState {
  requestKey: string;
  kind: PortalKind;
  /** When the link appears; absent when the admin hides it, or once eligible/escalated. */
  eligibleAt?: string;
  critical?: { phone: string; message: string; openingHours: string };
  followUps: { count: number; lastAt?: string };
  escalation?: PortalEscalation;
  /** Every escalation step so far, oldest first; it stays after closing. */
  history?: PortalHistoryStep[];
  canEscalate: boolean;
  /** True when "a follow-up is required first" holds the link back. */
  followUpRequired?: boolean;
  maxLevel: number;
  reasons: { id: string; label: string; detailsRequired: boolean }[];
  details: { min: number; max: number };
}

export interface EscalatePayload {
  reasonId: string;
  details: string;
}

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
      effects: Partial<Record<EffectName, 'pending' | 'done' | 'failed' | 'skipped'>>;
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

export interface ConfigEnvelope {
  config: Config;
  /** Optimistic-concurrency counter: 0 before the first save. */
  version: number;
}

export interface SaveConfigPayload {
  config: unknown;
  expectedVersion: number;
}

/** `validateConfig({ config })`: the import check of the admin page; saves nothing. */
export interface ValidateConfigResult {
  valid: true;
  /** The configuration as it will be saved: migrated from an older schema when needed. */
  config: Config;
}

export interface PreviewDelayPayload {
  impact: string | null;
  urgency: string | null;
  requestTypeId?: string | null;
  /** ISO date; defaults to now. */
  createdAt?: string;
  /** Preview against an unsaved config from the editor; defaults to the stored one. */
  config?: unknown;
}

export interface PreviewDelayResult {
  critical: boolean;
  delayHours?: number;
  eligibleAt?: string;
}

export interface DetectedField {
  id: string;
  name: string;
  options: { id: string; value: string }[];
}

export interface DetectFieldsResult {
  impact: DetectedField[];
  urgency: DetectedField[];
}

/** `listSlaMetrics()`: the SLA metric names found on the newest requests, distinct and sorted. */
export interface SlaMetricsResult {
  names: string[];
}

export interface QueueItem {
  key: string;
  summary: string;
  level: number;
  escalatedAt: string;
  ageMinutes: number;
  acknowledged: boolean;
  /** Nobody took it in hand within the acknowledgement deadline: listed first, with a lozenge. */
  overdue: boolean;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  startAt: number;
  pageSize: number;
}

/** Resolver function keys per module. */
export const FUNCTION_KEYS = {
  portal: ['getPortalState', 'escalate', 'withdrawEscalation'],
  agent: ['getAgentState', 'acknowledge', 'closeEscalation'],
  admin: ['getConfig', 'saveConfig', 'validateConfig', 'previewDelay', 'detectFields', 'listSlaMetrics'],
  queue: ['listEscalations', 'exportEscalations'],
  gadget: ['getStats', 'getGadgetOptions', 'rebuildStats'],
} as const;

/** `getStats`: dates are local days (`YYYY-MM-DD`, inclusive) in the calendar's time zone. */
export interface StatsPayload {
  from: string;
  to: string;
  /** Default: every project the viewer can browse (among the app's active projects). */
  projectKeys?: string[];
  policyId?: string | null;
  locale?: string;
}

export interface StatsDurations {
  /** Calendar (wall-clock) minutes; null without data. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Timer minutes (business hours of the calendar, or wall minutes in 24x7 mode). */
  timerMedianMinutes: number | null;
  timerP90Minutes: number | null;
}

export interface StatsRanked {
  id: string;
  label: string;
  count: number;
}

export interface StatsResult {
  from: string;
  to: string;
  /** The Mondays of the weeks counted: figures are kept per week, so the period is read as whole weeks. */
  weeks: string[];
  /** The projects counted: those asked for (or all) that the viewer can browse. */
  projectKeys: string[];
  policyId: string | null;
  totals: StatsFigures['totals'];
  byReason: { reasonId: string; label: string; count: number }[];
  byWeek: StatsFigures['byWeek'];
  timeToAcknowledge: StatsDurations;
  timeToClose: StatsDurations;
  acknowledgedInTime: { within: number; withDeadline: number; share: number | null };
  /** Escalated requests ÷ requests created in the same weeks and projects (approximate count). */
  rate: { escalatedRequests: number; createdRequests: number | null; rate: number | null };
  topRequestTypes: StatsRanked[];
  topOrganizations: StatsRanked[];
  followUpsPerEscalatedRequest: number | null;
}

/** `getGadgetOptions({ locale? })`: what the gadget's edit mode offers. */
export interface GadgetOptions {
  projects: string[];
  policies: { id: string; label: string }[];
  /** Jira admins may rebuild the analytics from the records (`rebuildStats`). */
  canRebuild: boolean;
}

/**
 * `rebuildStats({ restart?, resume?, locale? })` (Jira admins): one bounded run of the rebuild; call again until
 * `done`. `restart` starts over; `resume` goes on with an unfinished rebuild or starts a new one after a finished
 * one; neither goes on with an unfinished one and leaves a finished one as it is.
 */
export interface RebuildStatsResult {
  done: boolean;
  /** Requests and steps counted since the rebuild started. */
  records: number;
  steps: number;
  startedAt: string;
  updatedAt: string;
}

/** The gadget's saved configuration (`extension.gadgetConfiguration`, set by the edit mode's `view.submit`). */
export interface GadgetConfiguration {
  period: '4w' | '12w' | '12m' | 'custom';
  from?: string;
  to?: string;
  projectKeys?: string[];
  policyId?: string | null;
}

/**
 * `exportEscalations({ cursor?, locale? })`: one page of the CSV export (the header on the first page), rows of the
 * projects the viewer can browse. Call again with `cursor` until `done`; the UI joins the pages behind a UTF-8 BOM.
 */
export interface ExportPage {
  csv: string;
  rows: number;
  cursor: string | null;
  done: boolean;
}

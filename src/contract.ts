/**
 * The resolver contract shared by the backend (src/forge) and the Custom UIs (static/*).
 * Type-only: the UIs import nothing else from src/ (except src/i18n).
 * Module keys and function keys here are fixed: the sandbox, tests and UIs rely on them.
 */

export type { Config } from './domain/config/schema';
export type * from './contract-analytics';
export type * from './contract-agent';
export type * from './contract-admin';
export type * from './contract-catalog';
import type { ExportPage, GadgetOptions, RebuildStatsResult, StatsPayload, StatsResult } from './contract-analytics';
import type { AcknowledgePayload, AgentState, ClosePayload } from './contract-agent';
import type {
  ConfigEnvelope,
  DetectFieldsResult,
  PreviewDelayPayload,
  PreviewDelayResult,
  SaveConfigResult,
  SaveConfigPayload,
  SlaMetricsResult,
  ValidateConfigResult,
} from './contract-admin';
import type { CatalogPageResult, CatalogPayload, RequestTypesPayload } from './contract-catalog';

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
  /** Open escalations the viewer can see (Jira's approximate count, as the viewer): rows of projects they cannot browse are not counted. */
  total: number;
  /** Where this page starts among the viewer's rows (0 for the first page): the UI numbers rows with it. */
  startAt: number;
  pageSize: number;
  /** Jira's token for the next page, to send back as `pageToken`; null on the last page. */
  nextPageToken: string | null;
}

/**
 * `listEscalations({ pageToken?, startAt?, pageSize? })`: a page of the queue (page size default 25, at most 100).
 * A page costs one search whatever its rank: `pageToken` (from the previous page's `nextPageToken`) says which page;
 * `startAt` only numbers its rows. Without a token the answer is the first page (`startAt` 0).
 */
export interface ListEscalationsPayload {
  pageToken?: string;
  startAt?: number;
  pageSize?: number;
}

/** A function that takes no input (any payload key other than `locale` is ignored or refused). */
export type NoPayload = Record<never, never>;

/**
 * Every resolver function, per module: what its payload may hold and what it answers on success (a failure is
 * always a `ResolverError`). The UIs' bridge and the tests' sandbox harness are typed by this map, so calling an
 * unknown function, sending a wrong payload or misreading an answer fails the type-check.
 */
export interface ResolverContract {
  portal: {
    getPortalState: { payload: NoPayload; result: PortalState };
    escalate: { payload: EscalatePayload; result: PortalState };
    withdrawEscalation: { payload: WithdrawPayload; result: PortalState };
  };
  agent: {
    getAgentState: { payload: NoPayload; result: AgentState };
    acknowledge: { payload: AcknowledgePayload; result: AgentState };
    closeEscalation: { payload: ClosePayload; result: AgentState };
  };
  admin: {
    getConfig: { payload: NoPayload; result: ConfigEnvelope };
    saveConfig: { payload: SaveConfigPayload; result: SaveConfigResult };
    validateConfig: { payload: { config: unknown }; result: ValidateConfigResult };
    previewDelay: { payload: PreviewDelayPayload; result: PreviewDelayResult };
    detectFields: { payload: NoPayload; result: DetectFieldsResult };
    listSlaMetrics: { payload: NoPayload; result: SlaMetricsResult };
    listProjects: { payload: CatalogPayload; result: CatalogPageResult };
    listRequestTypes: { payload: RequestTypesPayload; result: CatalogPageResult };
    listOrganizations: { payload: CatalogPayload; result: CatalogPageResult };
  };
  queue: {
    listEscalations: { payload: ListEscalationsPayload; result: QueuePage };
    exportEscalations: { payload: { cursor?: string | null }; result: ExportPage };
  };
  gadget: {
    getStats: { payload: StatsPayload; result: StatsResult };
    getGadgetOptions: { payload: NoPayload; result: GadgetOptions };
    rebuildStats: { payload: { restart?: boolean; resume?: boolean }; result: RebuildStatsResult };
  };
}

export type ModuleName = keyof ResolverContract;

/** All functions in one map (function keys are unique across modules). */
export type ResolverFunctions = ResolverContract['portal'] &
  ResolverContract['agent'] &
  ResolverContract['admin'] &
  ResolverContract['queue'] &
  ResolverContract['gadget'];

export type FunctionKey = keyof ResolverFunctions;

/** The payload of `K`: its own keys, plus the `locale` every function accepts. */
export type PayloadOf<K extends FunctionKey> = ResolverFunctions[K]['payload'] & { locale?: string };

/** What `K` answers on success. */
export type ResultOf<K extends FunctionKey> = ResolverFunctions[K]['result'];

/** Resolver function keys per module, as values (for tests that walk every function). */
export const FUNCTION_KEYS = {
  portal: ['getPortalState', 'escalate', 'withdrawEscalation'],
  agent: ['getAgentState', 'acknowledge', 'closeEscalation'],
  admin: [
    'getConfig',
    'saveConfig',
    'validateConfig',
    'previewDelay',
    'detectFields',
    'listSlaMetrics',
    'listProjects',
    'listRequestTypes',
    'listOrganizations',
  ],
  queue: ['listEscalations', 'exportEscalations'],
  gadget: ['getStats', 'getGadgetOptions', 'rebuildStats'],
} as const satisfies { [M in ModuleName]: readonly (keyof ResolverContract[M])[] };

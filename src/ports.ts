/**
 * The small interfaces the use cases (src/app) need. Adapters in src/forge implement them over
 * @forge/api and @forge/kvs; tests may use the sandbox (preferred) or tiny in-memory versions.
 */
import type { CatalogPageResult, DetectedField, QueueItem } from './contract';
import type { Config } from './domain/config/schema';
import type { Outcome } from './domain/outcome';
import type { CommentFacts, RequestFacts, SlaCycle } from './domain/facts';
import type { RequestRecord } from './domain/record';
import type { StatsBucket } from './domain/stats';

/**
 * The failures the app understands, raised by the adapters (src/forge) and never defined by them:
 * - `transient`: worth a later retry (rate limit, 5xx, timeout, a busy lease); `retryAfterSeconds` says when;
 * - `refused`: the product said no (4xx: not found, forbidden, bad input); retrying changes nothing.
 * Adapters may subclass it to say more (e.g. the Jira client's NotFoundError); the app branches on `kind` only.
 */
export class PortFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'transient' | 'refused',
    /** HTTP status, or null when no response came back (timeout, network, a lease). */
    readonly status: number | null,
    /** For transient failures: how long to wait before retrying. */
    readonly retryAfterSeconds: number = 0,
    /**
     * A write that got no answer (a timeout, a dropped connection): the product may have carried it out.
     * It is transient, but the write is never repeated blindly (docs/rules.md §8, "outcome unknown").
     */
    readonly outcomeUnknown: boolean = false,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** True for the failures worth a later retry by the platform (429, 5xx, timeouts, busy leases). */
export function isTransient(e: unknown): e is PortFailure {
  return e instanceof PortFailure && e.kind === 'transient';
}

/** True for a write that may have been carried out although no answer came back (a timed-out POST). */
export function isOutcomeUnknown(e: unknown): e is PortFailure {
  return e instanceof PortFailure && e.outcomeUnknown;
}

/** True when the product refused the call (4xx): a retry would be refused too. */
export function isRefusal(e: unknown): e is PortFailure {
  return e instanceof PortFailure && e.kind === 'refused';
}

export interface Clock {
  now(): Date;
}

/** An Atlassian Document Format document, as Jira's comment API takes it. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface Email {
  subject: string;
  textBody: string;
  htmlBody: string;
  to: {
    assignee?: boolean;
    reporter?: boolean;
    users?: { accountId: string }[];
    groups?: { name: string }[];
  };
}

/** What the notify API said: 204 → sent; 403 → mail disabled; 400 → rejected (bad recipient). */
export type NotifyResult = Outcome<'sent', { status: number; mailDisabled: boolean }>;

/** A configuration save: the new version, or CONFLICT when another save came first. */
export type SaveConfigResult = Outcome<{ version: number }, { code: 'CONFLICT' }>;

/** Field ids resolved for a site (by configured id, else by name). */
export interface FieldIds {
  impact: string | null;
  urgency: string | null;
  /** JSM "Request Type" (vp-origin) and "Request participants" fields, found by schema; absent = not read. */
  requestType?: string | null;
  participants?: string | null;
  /** JSM "Organizations" (sd-customer-organizations), found by schema; absent = not read. */
  organizations?: string | null;
}

/**
 * The site's lists for the admin's pickers (src/forge/jira/port-catalog.ts): one JSM call per page, made as the
 * calling user (the admin), so they list what the admin may see. `limit` is at most 50.
 */
export interface CatalogPort {
  /** GET /rest/servicedeskapi/servicedesk: service projects (id = project key, with their service desk id). */
  serviceProjects(start: number, limit: number): Promise<CatalogPageResult>;
  /** GET /rest/servicedeskapi/servicedesk/{serviceDeskId or project key}/requesttype. */
  requestTypes(serviceDesk: string, start: number, limit: number): Promise<CatalogPageResult>;
  /** GET /rest/servicedeskapi/organization. */
  organizations(start: number, limit: number): Promise<CatalogPageResult>;
}

/**
 * Product (Jira/JSM) access. Every method is one REST call unless noted, made as the app,
 * except `canBrowse` and `isAdmin`, made as the calling user. Failures throw a PortFailure
 * (transient or refused, above).
 */
export interface JiraPort extends CatalogPort {
  /**
   * One call, null on 404. Warm (field ids cached for this config): GET /rest/api/3/issue/{key}?fields=…
   * with the base fields and those ids. Cold: `?fields=*all&expand=names,schema`, which also finds the
   * ids (configured ids, else Impact/Urgency by name, Request Type and participants by schema) and
   * caches them per warm container.
   */
  getRequest(key: string, config: Config): Promise<RequestFacts | null>;
  getComment(issueKey: string, commentId: string): Promise<CommentFacts | null>;
  /** The project's lead (GET /rest/api/3/project/{key}, cached per warm container); null when none or hidden. */
  projectLead(projectKey: string): Promise<string | null>;
  /** The ongoing cycle of the named SLA, or null when there is none. */
  getSlaCycle(key: string, slaName: string): Promise<SlaCycle | null>;
  notify(key: string, email: Email): Promise<NotifyResult>;
  setIssueProperty(key: string, propertyKey: string, value: unknown): Promise<void>;
  addLabel(key: string, label: string): Promise<void>;
  /** Adds a comment; `marker` becomes its `escalade.effect` comment property (src/app/comment-markers.ts). */
  addComment(key: string, body: AdfDoc, visibility: 'internal' | 'public', marker?: string): Promise<{ id: string }>;
  /**
   * The `escalade.effect` markers on the app's comments among the issue's newest 100: GET …/comment
   * (orderBy -created), then, when some are the app's, POST /rest/api/3/comment/list?expand=properties.
   * One or two calls.
   */
  commentMarkers(key: string): Promise<Set<string>>;
  /** Raises the priority one step (reads the priority list, then edits the issue). */
  raisePriority(key: string, currentPriorityId: string | null): Promise<void>;
  transition(key: string, transitionId: string): Promise<void>;
  /** Display names for the agents' timeline; unknown ids are left out. */
  displayNames(accountIds: string[]): Promise<Map<string, string>>;
  /** As the user: can they browse this issue? */
  canBrowse(key: string): Promise<boolean>;
  /** As the user: do they hold ADMINISTER? */
  isAdmin(): Promise<boolean>;
  /** GET /rest/api/3/field, then options of the candidate select fields. */
  detectFields(config: Config): Promise<{ impact: DetectedField[]; urgency: DetectedField[] }>;
  /**
   * Keys of the newest requests (`ORDER BY created DESC`), one per project, at most `max`: one JQL search of
   * the given projects (any project when the list is empty). A second search, without the project clause, only
   * when Jira refuses the first (a listed project that no longer exists); it then returns one key fewer.
   */
  recentRequestKeys(projects: string[], max: number): Promise<string[]>;
  /** Names of the SLA metrics of one request (GET …/request/{key}/sla); [] when it is not a JSM request. */
  slaMetricNames(key: string): Promise<string[]>;
  /** As the user, one bulk call (POST /rest/api/3/permissions/project): keys of the projects they may browse. */
  browsableProjects(): Promise<string[]>;
  /** Requests created in these projects on [fromDate, toDate) (`YYYY-MM-DD`): POST /rest/api/3/search/approximate-count. */
  countCreated(projects: string[], fromDate: string, toDate: string): Promise<number>;
  /** Summaries of at most 100 issues, by key: POST /rest/api/3/issue/bulkfetch as the app; issues gone are left out. */
  summaries(keys: string[]): Promise<Map<string, string>>;
  /**
   * Keys of at most `max` requests whose named SLA breached and that were never escalated, oldest first: one JQL
   * search (`slaBreachJql`, docs/rules.md §7c) in the given projects (any when empty).
   */
  slaBreachedKeys(slaName: string, projects: string[], max: number): Promise<string[]>;
  /**
   * One page of the escalations queue (JQL on the indexed `escalade` property, as the app): one search whatever
   * the page, from Jira's `nextPageToken` of the previous page (null = the first page).
   */
  searchEscalations(
    pageToken: string | null,
    maxResults: number,
  ): Promise<{ items: Omit<QueueItem, 'ageMinutes'>[]; nextPageToken: string | null }>;
  /** How many open escalations the invoking user can see: `search/approximate-count` as the user. */
  countEscalations(): Promise<number>;
}

export interface StoredConfig {
  config: Config;
  /** 0 when nothing was ever saved (the defaults are in use). */
  version: number;
}

/** App storage (KVS). */
export interface Store {
  getConfig(): Promise<StoredConfig>;
  /** Atomic compare-and-set on the version: the new version, or a CONFLICT refusal. */
  saveConfig(config: Config, expectedVersion: number): Promise<SaveConfigResult>;
  getRecord(issueKey: string): Promise<RequestRecord>;
  /**
   * Read-modify-write of one request's record under a short per-issue lock, so concurrent
   * follow-ups and escalations never lose an update. `change` may be called again on contention.
   */
  updateRecord(issueKey: string, change: (record: RequestRecord) => RequestRecord): Promise<RequestRecord>;
  /** Atomic "first one wins" (keyPolicy FAIL_IF_EXISTS). True for the single winner. */
  claim(key: string, ttlSeconds?: number): Promise<boolean>;
  release(key: string): Promise<void>;
  /** Keys of the live claims that start with `prefix` (one query, at most `max`, eventually consistent). */
  listClaims(prefix: string, max: number): Promise<string[]>;
}

/** One analytics bucket: a project's week (its Monday, in the calendar's time zone). */
export interface BucketRef {
  projectKey: string;
  weekStart: string;
}

/** Where a backfill stands: the record cursor to resume from, and what it counted so far. */
export interface BackfillState {
  cursor: string | null;
  done: boolean;
  records: number;
  steps: number;
  startedAt: string;
  updatedAt: string;
}

/** Analytics storage (KVS): per project × week buckets, and the records' listing for a backfill. */
export interface StatsStore {
  /** Read-modify-write of one bucket under a short lease; a change that returns its input writes nothing. */
  updateBucket(ref: BucketRef, change: (bucket: StatsBucket) => StatsBucket): Promise<void>;
  /** The buckets that exist among `refs`, read in batches (KVS reads grow with refs, never with escalations). */
  readBuckets(refs: BucketRef[]): Promise<StatsBucket[]>;
  /** One page of request records in key order, from `cursor` (null = the start); cursor null at the end. */
  listRecords(cursor: string | null, limit: number): Promise<{ records: RequestRecord[]; cursor: string | null }>;
  getBackfill(): Promise<BackfillState | null>;
  setBackfill(state: BackfillState): Promise<void>;
}

import type { CommentEvent, RestRequest, RestResponse, SandboxUser } from '../jira/types';

/** What the host needs from the fake Jira (FakeJira implements it; tests may use a small double). */
export interface JiraBackend {
  handle(req: RestRequest): RestResponse;
  users(): SandboxUser[];
}

export type { CommentEvent, RestRequest, RestResponse, SandboxUser };

export interface CallRecord {
  method: string;
  path: string;
  as: 'app' | 'user';
  status: number;
  at: string;
  kind: 'product' | 'kvs';
  invocationId?: string;
  /** For user calls: the account the call acted as. */
  accountId?: string;
}

export interface Fault {
  pathPattern: string;
  status: number;
  count: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  method?: string;
  /**
   * The call never answers: the invocation is stuck for good, as when the platform stops a function at its
   * time limit or its container dies. Nothing after that call runs (no `finally`, no lease release).
   */
  hang?: boolean;
}

export type EventStatus = 'queued' | 'running' | 'done' | 'failed' | 'retrying' | 'skipped';

export interface EventRecord {
  id: string;
  type: string;
  status: EventStatus;
  attempts: number;
  issueKey?: string;
  commentId?: string;
  /** Set on a replayed delivery: the id of the event it repeats. */
  replayOf?: string;
  /** The last failure (thrown message, or the InvocationError's retry options). */
  lastError?: string;
}

export interface InvokeRequest {
  moduleKey: string;
  functionKey: string;
  accountId: string;
  extension?: Record<string, unknown>;
  payload?: unknown;
}

/** One running function invocation, carried by AsyncLocalStorage. */
export interface Invocation {
  invocationId: string;
  moduleKey: string;
  /** The calling user, for asUser(); absent for triggers. */
  accountId?: string;
  startedAt: number;
  limitMs: number;
}

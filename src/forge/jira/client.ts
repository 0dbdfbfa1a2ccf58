import { asApp, asUser, FetchError, ProxyRequestError, type RequestInit, type Route } from '@forge/api';
import {
  BadRequestError,
  ForbiddenError,
  JiraError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
} from './errors';
import { INVOCATION_LIMIT_MS, runtimeRemainingMs } from './remaining-time';
import {
  backoffMs,
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  toRetryAfterSeconds,
  type RetryPolicy,
} from './retry';

/** Who makes the call: the app (`asApp()`) or the invoking user (`asUser()`). */
export type Principal = 'app' | 'user';

export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** One HTTP exchange with Jira. Injectable so the retry logic is testable without jest.mock. */
export type Send = (path: Route, init: RequestInit, as: Principal) => Promise<TransportResponse>;

/** The real transport: @forge/api's product fetch. */
export const forgeSend: Send = (path, init, as) => (as === 'user' ? asUser() : asApp()).requestJira(path, init);

export interface JiraClientOptions {
  send?: Send;
  /** Waits between attempts; tests inject a fake that only advances their clock. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Monotonic milliseconds for the deadline. Defaults to `performance.now()`:
   * real elapsed time, untouched by a host that patches `Date` (the sandbox moves its clock).
   */
  now?: () => number;
  /** Remaining invocation time from the runtime, or null when unknown. */
  runtimeRemainingMs?: () => number | null;
  /**
   * Fallback when the runtime cannot tell the remaining time: the invocation's limit minus what
   * it already used, e.g. `INVOCATION_LIMIT_MS.productTrigger` for a client made as the trigger starts.
   * Default 25 s (a resolver).
   */
  timeLimitMs?: number;
  /** Same fallback as an epoch-ms deadline (see `invocationDeadline`); wins over timeLimitMs. */
  deadline?: number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  /** Ceiling of one HTTP call; also bounded by the remaining time. */
  callTimeoutMs?: number;
  /** Time kept in reserve to record the outcome and answer after the last call. */
  safetyMarginMs?: number;
}

export interface RequestOptions {
  body?: unknown;
  as?: Principal;
  /**
   * Whether a timed-out call may be sent again. Defaults to true except for POST: a POST that
   * timed out may have been applied (a comment, an email), so it is reported, not repeated.
   */
  idempotent?: boolean;
}

export interface JiraResponse<T> {
  status: number;
  body: T;
}

export interface JiraClient {
  request<T = unknown>(method: string, path: Route, options?: RequestOptions): Promise<JiraResponse<T>>;
  get<T = unknown>(path: Route, options?: Omit<RequestOptions, 'body'>): Promise<T>;
}

/** Shortest useful call: below this, the client gives up instead of starting one. */
const MIN_CALL_MS = 500;

class CallTimeoutError extends Error {}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isTransportFailure(e: unknown): boolean {
  return e instanceof CallTimeoutError || e instanceof FetchError || e instanceof ProxyRequestError;
}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new CallTimeoutError(`no response within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Jira's error shape: `{ errorMessages: string[], errors: { field: message } }`. */
function jiraMessages(body: unknown): { errorMessages: string[]; errors: Record<string, string> } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errorMessages = Array.isArray(b.errorMessages) ? b.errorMessages.map(String) : [];
  const errors: Record<string, string> = {};
  if (typeof b.errors === 'object' && b.errors !== null) {
    for (const [k, v] of Object.entries(b.errors)) errors[k] = String(v);
  }
  return { errorMessages, errors };
}

function refusal(status: number, body: unknown, label: string): JiraError {
  if (status === 404) return new NotFoundError(`${label} → 404`, status, label);
  if (status === 401 || status === 403) return new ForbiddenError(`${label} → ${status}`, status, label);
  if (status >= 400 && status < 500) {
    const { errorMessages, errors } = jiraMessages(body);
    const detail = [...errorMessages, ...Object.values(errors)].join('; ');
    return new BadRequestError(
      `${label} → ${status}${detail ? `: ${detail}` : ''}`,
      status,
      label,
      errorMessages,
      errors,
    );
  }
  return new JiraError(`${label} → ${status}`, status, label);
}

/**
 * The one Jira/JSM REST client. Retries 429 (honouring `Retry-After`, `0` included) and
 * 500/502/503/504 or timeouts (exponential backoff with jitter), at most `maxAttempts` times,
 * and never sleeps past the invocation's remaining time: when it cannot wait, it throws
 * `RateLimitedError`/`UnavailableError` with the wait it would have needed.
 */
/** Why an attempt failed, when another may follow: rate-limited or not, the status (null: transport), the wait. */
interface Failure {
  rateLimited: boolean;
  status: number | null;
  waitMs: number;
}

interface Attempt {
  method: string;
  path: Route;
  as: Principal;
  label: string;
  idempotent: boolean;
  headers: Record<string, string>;
  payload: string | undefined;
}

interface Transport {
  send: Send;
  callTimeoutMs: number;
  policy: RetryPolicy;
  random: () => number;
}

/** One attempt: the answer, a `Failure` worth retrying, or a throw (a refusal, a 5xx that is not retried). */
async function attemptOnce<T>(
  t: Transport,
  a: Attempt,
  attempt: number,
  budgetMs: number,
): Promise<JiraResponse<T> | Failure> {
  try {
    const res = await withTimeout(
      (signal) => t.send(a.path, { method: a.method, headers: a.headers, body: a.payload, signal }, a.as),
      Math.min(t.callTimeoutMs, budgetMs),
    );
    const body = parseBody(await res.text());
    if (res.status >= 200 && res.status < 300) return { status: res.status, body: body as T };
    if (!isRetryableStatus(res.status)) {
      if (res.status >= 500)
        throw new UnavailableError(`${a.label} → ${res.status}`, res.status, a.label, toRetryAfterSeconds(0));
      throw refusal(res.status, body, a.label);
    }
    const retryAfter = parseRetryAfter(res.headers.get('Retry-After'), Date.now());
    return {
      rateLimited: res.status === 429,
      status: res.status,
      waitMs: retryAfter ?? backoffMs(attempt, t.policy, t.random),
    };
  } catch (e) {
    if (!isTransportFailure(e)) throw e;
    const waitMs = backoffMs(attempt, t.policy, t.random);
    // A write that got no answer may have been carried out: never sent again from here, and said so.
    if (!a.idempotent)
      throw new UnavailableError(
        `${a.label}: ${(e as Error).message}`,
        null,
        a.label,
        toRetryAfterSeconds(waitMs),
        true,
      );
    return { rateLimited: false, status: null, waitMs };
  }
}

/** The error once the client stops retrying: out of attempts, or no time left to wait. */
function gaveUp(a: Attempt, failure: Failure, attempt: number, outOfAttempts: boolean): Error {
  const why = outOfAttempts ? `after ${attempt} attempts` : 'and no time left to wait';
  const seconds = toRetryAfterSeconds(failure.waitMs);
  if (failure.rateLimited) return new RateLimitedError(`${a.label} → 429 ${why}`, a.label, seconds);
  return new UnavailableError(`${a.label} → ${failure.status ?? 'timeout'} ${why}`, failure.status, a.label, seconds);
}

export function createJiraClient(options: JiraClientOptions = {}): JiraClient {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => performance.now());
  const readRuntime = options.runtimeRemainingMs ?? runtimeRemainingMs;
  const transport: Transport = {
    send: options.send ?? forgeSend,
    callTimeoutMs: options.callTimeoutMs ?? 10_000,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    random: options.random ?? Math.random,
  };
  const margin = options.safetyMarginMs ?? 1_000;
  // Converted once to the monotonic scale, so a moved Date (sandbox clock) cannot stretch it.
  const deadline =
    now() +
    (options.deadline !== undefined
      ? options.deadline - Date.now()
      : (options.timeLimitMs ?? INVOCATION_LIMIT_MS.resolver));

  const remainingMs = (): number => Math.min(readRuntime() ?? Infinity, deadline - now());

  async function request<T>(method: string, path: Route, opts: RequestOptions = {}): Promise<JiraResponse<T>> {
    const a: Attempt = {
      method,
      path,
      as: opts.as ?? 'app',
      label: `${method} ${path.value.split('?')[0]}`,
      idempotent: opts.idempotent ?? method !== 'POST',
      headers: {
        Accept: 'application/json',
        ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      payload: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    };
    for (let attempt = 1; ; attempt++) {
      const budget = remainingMs() - margin;
      if (budget < MIN_CALL_MS) {
        throw new UnavailableError(`${a.label}: no time left in the invocation`, null, a.label, toRetryAfterSeconds(0));
      }
      const result = await attemptOnce<T>(transport, a, attempt, budget);
      if (!('waitMs' in result)) return result;
      const outOfAttempts = attempt >= transport.policy.maxAttempts;
      const outOfTime = result.waitMs + margin + MIN_CALL_MS > remainingMs();
      if (outOfAttempts || outOfTime) throw gaveUp(a, result, attempt, outOfAttempts);
      await sleep(result.waitMs);
    }
  }

  return {
    request,
    get: async <T>(path: Route, opts: Omit<RequestOptions, 'body'> = {}) => (await request<T>('GET', path, opts)).body,
  };
}

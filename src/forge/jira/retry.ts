/**
 * Pure retry arithmetic for the Jira client: which statuses are worth retrying, how long to wait,
 * and how to read `Retry-After`. No clock, no timers: the client injects them.
 */

export interface RetryPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number;
  /** First backoff for 5xx/timeouts; doubles on each retry (exponential). */
  baseDelayMs: number;
  /** Ceiling of one backoff wait. */
  maxDelayMs: number;
}

/** Four attempts, 0.4 s → 0.8 s → 1.6 s (±50 % jitter): fits well inside a 25 s resolver. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 5_000 };

/** 429 and the 5xx that mean "try again": 500, 502, 503, 504. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * `Retry-After` in milliseconds: delta-seconds (Jira sends an integer, which can be `0`) or an
 * HTTP date. Null when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null;
  const trimmed = header.trim();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/**
 * Wait before retry number `retry` (1 = the first retry): exponential with "equal jitter", i.e.
 * half fixed, half random, so concurrent invocations do not retry in lockstep.
 */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Seconds to suggest to the platform (InvocationError.retryAfter): whole, at least 1, at most 900. */
export function toRetryAfterSeconds(ms: number): number {
  return Math.min(900, Math.max(1, Math.ceil(ms / 1000)));
}

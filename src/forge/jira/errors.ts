/**
 * Typed failures of Jira/JSM REST calls. Use cases and handlers branch on the class, never on a
 * status number: `RateLimitedError` and `UnavailableError` carry `retryAfterSeconds` so the trigger
 * can hand the platform an `InvocationError({ retryAfter })`.
 */
export class JiraError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when no response came back (timeout, network). */
    readonly status: number | null,
    /** Method and path of the call, for logs (no body: it may hold personal data). */
    readonly request: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: the issue, comment or resource does not exist or is not visible to the caller. */
export class NotFoundError extends JiraError {}

/** 401/403: the caller (app or user) lacks the permission. */
export class ForbiddenError extends JiraError {}

/** 400 (and other refusals in 4xx): Jira rejected the input; its messages are kept. */
export class BadRequestError extends JiraError {
  constructor(
    message: string,
    status: number,
    request: string,
    readonly errorMessages: string[],
    readonly errors: Record<string, string>,
  ) {
    super(message, status, request);
  }
}

/** 429 after the client's own retries, or when waiting would outlive the invocation. */
export class RateLimitedError extends JiraError {
  constructor(
    message: string,
    request: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429, request);
  }
}

/** 5xx or timeouts after the client's own retries, or when waiting would outlive the invocation. */
export class UnavailableError extends JiraError {
  constructor(
    message: string,
    status: number | null,
    request: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, status, request);
  }
}

/** True for the failures worth a later retry by the platform (429, 5xx, timeouts). */
export function isTransient(e: unknown): e is RateLimitedError | UnavailableError {
  return e instanceof RateLimitedError || e instanceof UnavailableError;
}

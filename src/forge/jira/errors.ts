import { PortFailure } from '../../ports';

export { isTransient } from '../../ports';

/**
 * Typed failures of Jira/JSM REST calls: the app's PortFailure (src/ports.ts), transient or refused,
 * with the call they came from. The adapter branches on the class, the app on `kind`, never on a
 * status number: `RateLimitedError` and `UnavailableError` carry `retryAfterSeconds` so the trigger
 * can hand the platform an `InvocationError({ retryAfter })`.
 */
export class JiraError extends PortFailure {
  constructor(
    message: string,
    /** HTTP status, or null when no response came back (timeout, network). */
    status: number | null,
    /** Method and path of the call, for logs (no body: it may hold personal data). */
    readonly request: string,
    kind: 'transient' | 'refused' = 'refused',
    retryAfterSeconds = 0,
    outcomeUnknown = false,
  ) {
    super(message, kind, status, retryAfterSeconds, outcomeUnknown);
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
  constructor(message: string, request: string, retryAfterSeconds: number) {
    super(message, 429, request, 'transient', retryAfterSeconds);
  }
}

/**
 * 5xx or timeouts after the client's own retries, or when waiting would outlive the invocation.
 * `outcomeUnknown`: a write (POST) that got no answer, which Jira may have carried out.
 */
export class UnavailableError extends JiraError {
  constructor(
    message: string,
    status: number | null,
    request: string,
    retryAfterSeconds: number,
    outcomeUnknown = false,
  ) {
    super(message, status, request, 'transient', retryAfterSeconds, outcomeUnknown);
  }
}

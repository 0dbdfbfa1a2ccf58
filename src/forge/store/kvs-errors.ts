import { ForgeKvsAPIError } from '@forge/kvs';
import { PortFailure } from '../../ports';

/**
 * True when a `kvs.set(…, { keyPolicy: 'FAIL_IF_EXISTS' })` failed because the key exists.
 * @forge/kvs 1.6 has no constant for it: the service answers HTTP 409 and the package rethrows
 * the body as `ForgeKvsAPIError` (`code` from the body, `responseDetails.status` = 409). The code
 * has been seen as `KEY_ALREADY_EXISTS` (the sandbox) and reported as `KEY_CONFLICT`; a plain set
 * has no other reason to conflict, so the 409 itself is the test. Anything else is rethrown.
 */
export function isKeyExistsError(e: unknown): boolean {
  return e instanceof ForgeKvsAPIError && e.responseDetails?.status === 409 && e.code !== 'CONDITIONAL_CHECK_FAILED';
}

/**
 * A per-issue or config lock stayed taken longer than the store waits (~3 s): retry later.
 * A transient PortFailure, not a Jira error: handlers treat it like any busy dependency (the
 * resolver answers UNAVAILABLE, the trigger asks the platform for a retry).
 */
export class LockTimeoutError extends PortFailure {
  constructor(readonly lockKey: string) {
    super(`Lock ${lockKey} is busy`, 'transient', null, 5);
  }
}
